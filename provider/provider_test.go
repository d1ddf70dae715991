package provider

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
)

// testAccProtoV6ProviderFactories serves the provider in-process to the real
// CLI named by TF_ACC_TERRAFORM_PATH.
var testAccProtoV6ProviderFactories = map[string]func() (tfprotov6.ProviderServer, error){
	"lambdaquota": newTestServer,
}

// newTestServer serves a new provider for each CLI run, so that parallel
// tests never share what one provider's validation saw.
func newTestServer() (tfprotov6.ProviderServer, error) {
	return NewServer("test")()
}

// testAccPreCheck refuses to let terraform-plugin-testing download a CLI:
// the project's scripts provide one (see GNUmakefile).
func testAccPreCheck(t *testing.T) {
	t.Helper()
	if os.Getenv("TF_ACC_TERRAFORM_PATH") == "" {
		t.Fatal("TF_ACC_TERRAFORM_PATH must name a terraform or tofu binary; run `make testacc`")
	}
}

// accTest runs the steps on the real CLI. The last step must pass, since
// the test's final destroy uses its configuration.
func accTest(t *testing.T, steps ...resource.TestStep) {
	t.Helper()
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { testAccPreCheck(t) },
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps:                    steps,
	})
}

// expectError matches an error message that the CLI may have wrapped: each
// space in s matches any run of white space.
func expectError(s string) *regexp.Regexp {
	return regexp.MustCompile(strings.ReplaceAll(s, " ", `\s+`))
}

func stateValue(addr, attr string, v knownvalue.Check) statecheck.StateCheck {
	return statecheck.ExpectKnownValue(addr, tfjsonpath.New(attr), v)
}

func TestProviderSchemaIsValid(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	server, err := testAccProtoV6ProviderFactories["lambdaquota"]()
	if err != nil {
		t.Fatal(err)
	}
	resp, err := server.GetProviderSchema(ctx, &tfprotov6.GetProviderSchemaRequest{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range resp.Diagnostics {
		t.Errorf("schema diagnostic: %s: %s", d.Summary, d.Detail)
	}
	if got := len(resp.DataSourceSchemas); got != 10 {
		t.Errorf("%d data sources, want 10", got)
	}
	if got := len(resp.Functions); got != 19 {
		t.Errorf("%d functions, want 19", got)
	}
}

func TestAccProviderQuotaOverrides(t *testing.T) {
	limits := func(provider string) string {
		return provider + "\ndata \"lambdaquota_limits\" \"this\" {}\n"
	}
	accTest(t,
		resource.TestStep{
			Config:      limits(`provider "lambdaquota" { quotas = { eni_per_vpc = 300 } }`),
			ExpectError: expectError(`Invalid Quota Override[\s\S]*"eni_per_vpc"\]: no such quota; valid ids are:[\s\S]*enis_per_vpc`),
		},
		resource.TestStep{
			Config:      limits(`provider "lambdaquota" { quotas = { environment_variables_max_bytes = 8192 } }`),
			ExpectError: expectError(`"environment_variables_max_bytes"\]: AWS does not let this quota be raised, so it may only be lowered from 4096`),
		},
		resource.TestStep{
			Config:      limits(`provider "lambdaquota" { quotas = { ephemeral_storage_min_mb = 256 } }`),
			ExpectError: expectError(`"ephemeral_storage_min_mb"\]: AWS does not let this minimum be lowered`),
		},
		resource.TestStep{
			Config:      limits(`provider "lambdaquota" { quotas = { enis_per_vpc = 250.5 } }`),
			ExpectError: expectError(`"enis_per_vpc"\]: the value must be a positive whole number, got 250.5`),
		},
		resource.TestStep{
			Config:      limits(`provider "lambdaquota" { quotas = { concurrent_executions = -1 } }`),
			ExpectError: expectError(`"concurrent_executions"\]: the value must be a positive whole number, got -1`),
		},
		resource.TestStep{
			Config:      limits(`provider "lambdaquota" { quotas = { function_memory_min_mb = 4096, function_memory_max_mb = 3008 } }`),
			ExpectError: expectError(`"function_memory_min_mb"\]: the minimum 4096 may not exceed function_memory_max_mb, which is 3008`),
		},
		resource.TestStep{
			Config:      limits(`provider "lambdaquota" { warn_at_percent = 150 }`),
			ExpectError: expectError(`Invalid Percentage[\s\S]*warn_at_percent must be more than 0 and at most 100, got 150`),
		},
		resource.TestStep{
			Config: limits(`provider "lambdaquota" {
  quotas = { enis_per_vpc = 1000, function_memory_max_mb = 3008, concurrent_executions = 50 }
}`),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue("data.lambdaquota_limits.this", "quotas", knownvalue.MapPartial(map[string]knownvalue.Check{
					"enis_per_vpc":                    knownvalue.Int64Exact(1000),
					"function_memory_max_mb":          knownvalue.Int64Exact(3008),
					"concurrent_executions":           knownvalue.Int64Exact(50),
					"unreserved_concurrency_min":      knownvalue.Int64Exact(100),
					"environment_variables_max_bytes": knownvalue.Int64Exact(4096),
				})),
			},
		},
	)
}

func TestAccLimitsDataSourceDefaults(t *testing.T) {
	want := map[string]knownvalue.Check{}
	for id, v := range map[string]int64{
		"function_memory_min_mb": 128, "function_memory_max_mb": 10240, "function_timeout_max_seconds": 900,
		"environment_variables_max_bytes": 4096, "function_layers_max": 5, "zipped_package_max_bytes": 52428800,
		"unzipped_package_max_bytes": 262144000, "container_image_max_bytes": 10737418240,
		"ephemeral_storage_min_mb": 512, "ephemeral_storage_max_mb": 10240, "resource_policy_max_bytes": 20480,
		"function_subnets_max": 16, "function_security_groups_max": 5, "function_name_max_length": 64,
		"handler_max_length": 128, "description_max_length": 256, "layer_compatible_runtimes_max": 15,
		"layer_compatible_architectures_max": 2, "concurrent_executions": 1000, "unreserved_concurrency_min": 100,
		"code_storage_max_bytes": 322122547200, "enis_per_vpc": 250, "invocation_payload_sync_max_bytes": 6291456,
		"invocation_payload_async_max_bytes": 1048576, "file_descriptors_max": 1024, "processes_threads_max": 1024,
	} {
		want[id] = knownvalue.Int64Exact(v)
	}
	accTest(t, resource.TestStep{
		Config: `data "lambdaquota_limits" "this" {}`,
		ConfigStateChecks: []statecheck.StateCheck{
			stateValue("data.lambdaquota_limits.this", "quotas", knownvalue.MapPartial(want)),
			statecheck.ExpectKnownValue("data.lambdaquota_limits.this", tfjsonpath.New("catalog").AtSliceIndex(0), knownvalue.ObjectExact(map[string]knownvalue.Check{
				"id":                 knownvalue.StringExact("function_memory_min_mb"),
				"name":               knownvalue.StringExact("Function memory (minimum)"),
				"category":           knownvalue.StringExact("function"),
				"value":              knownvalue.Int64Exact(128),
				"default":            knownvalue.Int64Exact(128),
				"unit":               knownvalue.StringExact("MB"),
				"bound":              knownvalue.StringExact("min"),
				"adjustable":         knownvalue.Bool(false),
				"service_quota_code": knownvalue.StringExact(""),
				"description":        knownvalue.StringRegexp(regexp.MustCompile(`smallest memory`)),
				"source":             knownvalue.StringRegexp(regexp.MustCompile(`^https://docs\.aws\.amazon\.com/lambda/`)),
			})),
		},
	})
}
