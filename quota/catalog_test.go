package quota_test

import (
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

func TestDefaultCatalogValues(t *testing.T) {
	t.Parallel()
	want := map[quota.ID]int64{
		"function_memory_min_mb": 128, "function_memory_max_mb": 10240, "function_timeout_max_seconds": 900,
		"environment_variables_max_bytes": 4096, "function_layers_max": 5, "zipped_package_max_bytes": 52428800,
		"unzipped_package_max_bytes": 262144000, "container_image_max_bytes": 10737418240,
		"ephemeral_storage_min_mb": 512, "ephemeral_storage_max_mb": 10240, "resource_policy_max_bytes": 20480,
		"function_subnets_max": 16, "function_security_groups_max": 5, "function_name_max_length": 64,
		"handler_max_length": 128, "description_max_length": 256, "layer_compatible_runtimes_max": 15,
		"layer_compatible_architectures_max": 2, "concurrent_executions": 1000, "unreserved_concurrency_min": 100,
		"code_storage_max_bytes": 322122547200, "enis_per_vpc": 250, "invocation_payload_sync_max_bytes": 6291456,
		"invocation_payload_async_max_bytes": 1048576, "file_descriptors_max": 1024, "processes_threads_max": 1024,
	}
	l := quota.DefaultLimits()
	for id, v := range want {
		if got := l.Value(id); got != v {
			t.Errorf("%s = %d, want %d", id, got, v)
		}
	}
}

func TestCatalogIDConstantsExist(t *testing.T) {
	t.Parallel()
	c := quota.DefaultCatalog()
	for _, id := range []quota.ID{
		quota.FunctionMemoryMinMB, quota.FunctionMemoryMaxMB, quota.FunctionTimeoutMinSeconds, quota.FunctionTimeoutMaxSeconds,
		quota.EnvironmentVariablesMaxBytes, quota.FunctionLayersMax, quota.ZippedPackageMaxBytes, quota.UnzippedPackageMaxBytes,
		quota.ContainerImageMaxBytes, quota.EphemeralStorageMinMB, quota.EphemeralStorageMaxMB, quota.ResourcePolicyMaxBytes,
		quota.FunctionSubnetsMax, quota.FunctionSecurityGroupsMax, quota.FunctionNameMaxLength, quota.HandlerMaxLength,
		quota.DescriptionMaxLength, quota.FunctionArchitecturesMax, quota.LayerCompatibleRuntimesMax,
		quota.LayerCompatibleArchitecturesMax, quota.ConcurrentExecutions, quota.UnreservedConcurrencyMin,
		quota.CodeStorageMaxBytes, quota.ENIsPerVPC,
	} {
		q, ok := c.Lookup(id)
		if !ok {
			t.Errorf("catalog lacks %s", id)
			continue
		}
		if !q.Checked() {
			t.Errorf("%s is checked by the provider but marked reference", id)
		}
	}
}

func TestCatalogAdjustableQuotasHaveServiceQuotaCodes(t *testing.T) {
	t.Parallel()
	for _, q := range quota.DefaultCatalog().Quotas() {
		// Snapshots read Lambda's Service Quotas (--service-code lambda) by
		// code; API Gateway's raised values are stated by id instead.
		if q.Category == quota.CategoryAPIGateway {
			if q.ServiceQuotaCode != "" {
				t.Errorf("%s: a service_quota_code no snapshot reads", q.ID)
			}
		} else if q.Adjustable != (q.ServiceQuotaCode != "") {
			t.Errorf("%s: adjustable=%v but service_quota_code=%q", q.ID, q.Adjustable, q.ServiceQuotaCode)
		}
		if !strings.HasPrefix(q.Source, "https://docs.aws.amazon.com/") {
			t.Errorf("%s: source %q is not an AWS doc", q.ID, q.Source)
		}
	}
}

// minimalCatalog is the smallest valid catalog.
const minimalCatalog = `quota "a_max" {
  name = "A"
  category = "function"
  value = 10
  unit = "bytes"
  bound = "max"
  adjustable = false
  description = "d"
  source = "s"
  title = "T"
  remedy = "R"
}
`

func TestParseCatalogRejectsMalformed(t *testing.T) {
	t.Parallel()
	const ok = minimalCatalog
	if _, err := quota.ParseCatalog([]byte(ok), "ok.hcl"); err != nil {
		t.Fatalf("valid catalog refused: %v", err)
	}
	tests := map[string]struct{ src, want string }{
		"syntax":            {`quota "x" {`, "Unclosed"},
		"unknown field":     {strings.Replace(ok, `title = "T"`, `titel = "T"`, 1), "Unsupported argument"},
		"missing value":     {strings.Replace(ok, "value = 10\n", "", 1), "value must be positive"},
		"wrong type":        {strings.Replace(ok, "value = 10", `value = "ten"`, 1), "number is required"},
		"zero value":        {strings.Replace(ok, "value = 10", "value = 0", 1), "must be positive"},
		"bad bound":         {strings.Replace(ok, `bound = "max"`, `bound = "upper"`, 1), "bound must be"},
		"rule with a value": {strings.Replace(strings.Replace(ok, "value = 10", "value = 3", 1), `bound = "max"`, `bound = "rule"`, 1), "a rule has no value"},
		"bad category":      {strings.Replace(ok, `category = "function"`, `category = "lambda"`, 1), "unknown category"},
		"checked no fix":    {strings.Replace(ok, `remedy = "R"`, "", 1), "title and a remedy"},
		"duplicate":         {ok + ok, "defined twice"},
		"bad pair": {ok + strings.NewReplacer(`"a_max"`, `"a_min"`, `bound = "max"`, `bound = "min"`, "value = 10", "value = 11\n  paired_max = \"a_max\"").Replace(ok),
			"exceeds"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := quota.ParseCatalog([]byte(tc.src), "bad.hcl")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func BenchmarkParseCatalog(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := quota.ParseEmbeddedCatalog(); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzParseCatalog: any source parses into a valid catalog or an error,
// never a panic.
func FuzzParseCatalog(f *testing.F) {
	f.Add([]byte(minimalCatalog))
	f.Add([]byte(`quota "x" { value = 1e400 }`))
	f.Add([]byte(`quota "x" "y" {}`))
	f.Fuzz(func(t *testing.T, src []byte) {
		c, err := quota.ParseCatalog(src, "fuzz.hcl")
		if err != nil {
			return
		}
		for _, q := range c.Quotas() {
			if q.Value <= 0 || q.ID == "" {
				t.Fatalf("invalid quota accepted: %+v", q)
			}
		}
	})
}
