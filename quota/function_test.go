package quota_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/ziptest"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// violated returns the ids of the violated quotas, sorted.
func violated(r quota.Result) []quota.ID {
	var ids []quota.ID
	for _, f := range r.Findings {
		if f.Kind == quota.Violation {
			ids = append(ids, f.Quota)
		}
	}
	slices.Sort(ids)
	return ids
}

func ids(s ...quota.ID) []quota.ID {
	slices.Sort(s)
	return s
}

// functionCases are the function category's cases, by quota.
func functionCases(t *testing.T) map[quota.ID][]quotaCase {
	dir := t.TempDir()
	l := quota.DefaultLimits()
	str := func(k int) quota.Value[string] { return quota.Known(strings.Repeat("a", k)) }
	list := func(k int) quota.Strings { return quota.KnownStrings(make([]string, k)...) }
	n, s := quota.Known[int64], quota.Known[string]
	on, off, unknown := quota.Known(true), quota.Known(false), quota.Unknown[bool]()
	lmi := on
	fn := func(f quota.Function) quota.Result { return quota.CheckFunction(l, f).Result }
	pollers := func(source string, lo, hi int64) quota.Result {
		e := quota.EventSource{Source: s(source), MaximumPollers: n(hi), NotSQS: source != quota.SourceSQS}
		if lo >= 0 {
			e.MinimumPollers = n(lo)
		}
		return quota.CheckEventSource(l, e)
	}
	onRuntime := func(runtime string, change quota.Change, today string) quota.Result {
		return quota.CheckFunction(l, quota.Function{Runtime: s(runtime), Lifecycle: quota.RuntimeUse{Today: date(today), Change: change}}).Result
	}
	update := func(before, after quota.Function) quota.Result {
		return quota.CheckFunctionUpdate(l, quota.FunctionUpdate{Before: before, After: after})
	}
	env := func(keys ...string) quota.StringMap {
		m := map[string]string{}
		for _, k := range keys {
			m[k] = "v"
		}
		return quota.KnownStringMap(m)
	}
	tags := func(k int, extra ...string) quota.StringMap {
		m := map[string]string{}
		for i := range k {
			m[fmt.Sprintf("tag%02d", i)] = "x"
		}
		for _, e := range extra {
			m[e] = "x"
		}
		return quota.KnownStringMap(m)
	}
	// writtenOnly is tags_all still unknown (default tags unknown), with
	// the tags users wrote as its known part.
	writtenOnly := func(m quota.StringMap) quota.StringMap { return quota.StringMap{Unknown: true, V: m.V} }
	sensitive := func(m quota.StringMap) quota.StringMap { m.Sensitive = true; return m }
	snap := func(f quota.Function) quota.Function {
		f.SnapStart, f.Runtime, f.PackageType = on, s("java21"), s(quota.PackageTypeZip)
		return f
	}
	zipped := func(size int64) quota.Value[string] {
		return s(ziptest.WriteSized(t, dir, fmt.Sprintf("z%d.zip", size), size, 1000))
	}
	unzipped := func(size uint64) quota.Value[string] {
		return s(ziptest.Write(t, dir, fmt.Sprintf("u%d.zip", size), ziptest.Entry{Name: "a", Size: size}))
	}
	return map[quota.ID][]quotaCase{
		quota.FunctionMemoryMinMB: {{"128", fn(quota.Function{MemorySize: n(128)}), passes}, {"127", fn(quota.Function{MemorySize: n(127)}), fails},
			{"negative", fn(quota.Function{MemorySize: n(-1)}), fails},
			{"100 on either platform", fn(quota.Function{ManagedInstances: unknown, MemorySize: n(100)}), fails},
			{"unknown", fn(quota.Function{MemorySize: quota.Unknown[int64]()}), waits}},
		quota.FunctionMemoryMaxMB: {{"10240", fn(quota.Function{MemorySize: n(10240)}), passes}, {"10241", fn(quota.Function{MemorySize: n(10241)}), fails},
			{"16384 on standard Lambda", fn(quota.Function{MemorySize: n(16384)}), fails},
			{"16384 on an unknown platform", fn(quota.Function{ManagedInstances: unknown, MemorySize: n(16384)}), waits}},
		quota.FunctionTimeoutMinSeconds: {{"1", fn(quota.Function{Timeout: n(1)}), passes}, {"0", fn(quota.Function{Timeout: n(0)}), fails}},
		quota.FunctionTimeoutMaxSeconds: {{"900", fn(quota.Function{Timeout: n(900)}), passes}, {"901", fn(quota.Function{Timeout: n(901)}), fails}},
		quota.LMIFunctionMemoryMinMB: {{"2048", fn(quota.Function{ManagedInstances: lmi, MemorySize: n(2048)}), passes},
			{"2047", fn(quota.Function{ManagedInstances: lmi, MemorySize: n(2047)}), fails}},
		quota.LMIFunctionMemoryMaxMB: {{"32768", fn(quota.Function{ManagedInstances: lmi, MemorySize: n(32768)}), passes},
			{"32769", fn(quota.Function{ManagedInstances: lmi, MemorySize: n(32769)}), fails},
			{"40000 on either platform", fn(quota.Function{ManagedInstances: unknown, MemorySize: n(40000)}), fails}},
		quota.LMIFunctionTimeoutMaxSeconds: {{"5400", fn(quota.Function{ManagedInstances: lmi, Timeout: n(5400)}), passes},
			{"5401", fn(quota.Function{ManagedInstances: lmi, Timeout: n(5401)}), fails}},
		quota.LMIMemoryGiBPerVCPUMin: {{"2", fn(quota.Function{ManagedInstances: lmi, MemoryGiBPerVCPU: quota.Known(2.0)}), passes},
			{"1.9", fn(quota.Function{ManagedInstances: lmi, MemoryGiBPerVCPU: quota.Known(1.9)}), fails},
			{"ignored on standard Lambda", fn(quota.Function{ManagedInstances: off, MemoryGiBPerVCPU: quota.Known(1.0)}), passes}},
		quota.LMIMemoryGiBPerVCPUMax: {{"8", fn(quota.Function{ManagedInstances: lmi, MemoryGiBPerVCPU: quota.Known(8.0)}), passes},
			{"8.1", fn(quota.Function{ManagedInstances: lmi, MemoryGiBPerVCPU: quota.Known(8.1)}), fails},
			{"unknown", fn(quota.Function{ManagedInstances: lmi, MemoryGiBPerVCPU: quota.Unknown[float64]()}), waits}},
		quota.LMIEnvironmentConcurrencyMin: {{"1", fn(quota.Function{ManagedInstances: lmi, EnvironmentMaxConcurrency: n(1)}), passes},
			{"0", fn(quota.Function{ManagedInstances: lmi, EnvironmentMaxConcurrency: n(0)}), fails}},
		quota.LMIEnvironmentConcurrencyMax: {{"1600", fn(quota.Function{ManagedInstances: lmi, EnvironmentMaxConcurrency: n(1600)}), passes},
			{"1601", fn(quota.Function{ManagedInstances: lmi, EnvironmentMaxConcurrency: n(1601)}), fails}},
		quota.EphemeralStorageMinMB: {{"512", fn(quota.Function{EphemeralStorageSize: n(512)}), passes}, {"511", fn(quota.Function{EphemeralStorageSize: n(511)}), fails}},
		quota.EphemeralStorageMaxMB: {{"10240", fn(quota.Function{EphemeralStorageSize: n(10240)}), passes},
			{"10241", fn(quota.Function{EphemeralStorageSize: n(10241)}), fails}},
		quota.DurableExecutionTimeoutMinSeconds: {{"1", fn(quota.Function{DurableExecutionTimeout: n(1)}), passes},
			{"0", fn(quota.Function{DurableExecutionTimeout: n(0)}), fails}},
		quota.DurableExecutionTimeoutMaxSeconds: {{"one year", fn(quota.Function{DurableExecutionTimeout: n(31622400)}), passes},
			{"one year and a second", fn(quota.Function{DurableExecutionTimeout: n(31622401)}), fails}},
		quota.DurableRetentionPeriodMinDays: {{"1", fn(quota.Function{DurableRetentionPeriod: n(1)}), passes},
			{"0", fn(quota.Function{DurableRetentionPeriod: n(0)}), fails}},
		quota.DurableRetentionPeriodMaxDays: {{"90", fn(quota.Function{DurableRetentionPeriod: n(90)}), passes},
			{"91", fn(quota.Function{DurableRetentionPeriod: n(91)}), fails}},
		quota.EnvironmentVariablesMaxBytes: {{"4096", fn(quota.Function{EnvironmentVariables: quota.KnownStringMap(envOfSize(4096))}), passes},
			{"4097", fn(quota.Function{EnvironmentVariables: quota.KnownStringMap(envOfSize(4097))}), fails},
			{"4097 and sensitive", fn(quota.Function{EnvironmentVariables: sensitive(quota.KnownStringMap(envOfSize(4097)))}), fails},
			{"unknown map", fn(quota.Function{EnvironmentVariables: quota.Unknown[map[string]quota.Value[string]]()}), waits}},
		quota.EnvironmentVariableKeyPattern: {{"AB", fn(quota.Function{EnvironmentVariables: env("AB")}), passes},
			{"starting with a digit", fn(quota.Function{EnvironmentVariables: env("1X")}), fails},
			{"one letter", fn(quota.Function{EnvironmentVariables: env("A")}), fails},
			{"unknown map", fn(quota.Function{EnvironmentVariables: quota.Unknown[map[string]quota.Value[string]]()}), waits}},
		quota.EnvironmentVariableReservedKeys: {
			{"settable keys", fn(quota.Function{EnvironmentVariables: env("TZ", "AWS_LAMBDA_EXEC_WRAPPER", "LANG", "PATH", "NODE_OPTIONS", "LD_LIBRARY_PATH")}), passes},
			{"AWS_REGION", fn(quota.Function{EnvironmentVariables: env("AWS_REGION")}), fails},
			{"AWS_REGION, sensitive", fn(quota.Function{EnvironmentVariables: sensitive(env("AWS_REGION"))}), fails}},
		quota.FunctionLayersMax: {{"5", fn(quota.Function{Layers: list(5)}), passes}, {"6", fn(quota.Function{Layers: list(6)}), fails},
			{"3 ARNs and an unknown list of packages", fn(quota.Function{Layers: list(3), LayerFilenames: quota.Unknown[[]quota.Value[string]]()}), waits}},
		quota.ZippedPackageMaxBytes: {{"50 MB", fn(quota.Function{Filename: zipped(52428800)}), passes},
			{"50 MB and a byte", fn(quota.Function{Filename: zipped(52428801)}), fails},
			{"50 MB and a byte through S3", fn(quota.Function{Filename: zipped(52428801), UploadedViaS3: on}), passes}},
		quota.UnzippedPackageMaxBytes: {{"250 MB", fn(quota.Function{Filename: unzipped(262144000)}), passes},
			{"250 MB and a byte", fn(quota.Function{Filename: unzipped(262144001)}), fails},
			{"declared layers at the limit", fn(quota.Function{LayerUnzippedBytes: n(262144000)}), passes},
			{"declared layers over", fn(quota.Function{LayerUnzippedBytes: n(262144001)}), fails}},
		quota.ContainerImageMaxBytes: {{"10 GB", fn(quota.Function{PackageType: s("Image"), ImageSizeBytes: n(10737418240)}), passes},
			{"10 GB and a byte", fn(quota.Function{PackageType: s("Image"), ImageSizeBytes: n(10737418241)}), fails},
			{"not an image", fn(quota.Function{ImageSizeBytes: n(10737418241)}), passes}},
		quota.FunctionSubnetsMax: {{"16", fn(quota.Function{SubnetIDs: list(16)}), passes}, {"17", fn(quota.Function{SubnetIDs: list(17)}), fails},
			{"unknown", fn(quota.Function{SubnetIDs: quota.Unknown[[]quota.Value[string]]()}), waits}},
		quota.FunctionSecurityGroupsMax: {{"5", fn(quota.Function{SecurityGroupIDs: list(5)}), passes}, {"6", fn(quota.Function{SecurityGroupIDs: list(6)}), fails}},
		quota.FunctionArchitecturesMax: {{"1", fn(quota.Function{Architectures: quota.KnownStrings("arm64")}), passes},
			{"2", fn(quota.Function{Architectures: quota.KnownStrings("arm64", "x86_64")}), fails}},
		quota.FunctionNameMaxLength: {{"64", fn(quota.Function{Name: str(64)}), passes}, {"65", fn(quota.Function{Name: str(65)}), fails},
			{"unknown", fn(quota.Function{Name: quota.Unknown[string]()}), waits}},
		quota.HandlerMaxLength: {{"128", fn(quota.Function{Handler: str(128)}), passes}, {"129", fn(quota.Function{Handler: str(129)}), fails}},
		quota.HandlerPattern: {{"index.handler", fn(quota.Function{Handler: s("index.handler")}), passes},
			{"a space", fn(quota.Function{Handler: s("index. handler")}), fails},
			{"unknown", fn(quota.Function{Handler: quota.Unknown[string]()}), waits}},
		quota.DescriptionMaxLength: {{"256 two-byte characters", fn(quota.Function{Description: s(strings.Repeat("é", 256))}), passes},
			{"257", fn(quota.Function{Description: str(257)}), fails}},
		quota.FunctionTagsMax: {{"50", fn(quota.Function{Tags: tags(50)}), passes}, {"51", fn(quota.Function{Tags: tags(51)}), fails},
			{"50 and AWS's own", fn(quota.Function{Tags: tags(50, "aws:cloudformation:stack-name")}), passes},
			{"51 written, default tags unknown", fn(quota.Function{Tags: writtenOnly(tags(51))}), fails},
			{"45 written, default tags unknown", fn(quota.Function{Tags: writtenOnly(tags(45))}), waits},
			{"51, sensitive", fn(quota.Function{Tags: sensitive(tags(51))}), fails},
			{"unknown", fn(quota.Function{Tags: quota.Unknown[map[string]quota.Value[string]]()}), waits}},
		quota.TagKeyMaxLength: {{"128", fn(quota.Function{Tags: tags(0, strings.Repeat("k", 128))}), passes},
			{"129", fn(quota.Function{Tags: tags(0, strings.Repeat("k", 129))}), fails},
			{"128 two-byte characters", fn(quota.Function{Tags: tags(0, strings.Repeat("é", 128))}), passes},
			{"129 written, default tags unknown", fn(quota.Function{Tags: writtenOnly(tags(0, strings.Repeat("k", 129)))}), fails},
			{"default tags unknown", fn(quota.Function{Tags: writtenOnly(tags(1))}), waits}},
		quota.TagValueMaxLength: {{"256", fn(quota.Function{Tags: quota.KnownStringMap(map[string]string{"team": strings.Repeat("v", 256)})}), passes},
			{"257", fn(quota.Function{Tags: quota.KnownStringMap(map[string]string{"team": strings.Repeat("v", 257)})}), fails},
			{"an unknown value", fn(quota.Function{Tags: quota.Known(map[string]quota.Value[string]{"team": quota.Unknown[string]()})}), waits}},
		quota.TagKeyReserved: {{"aws-team", fn(quota.Function{Tags: tags(0, "aws-team")}), passes},
			{"aws:team", fn(quota.Function{Tags: tags(0, "aws:team")}), fails},
			{"AWS:team, in another case", fn(quota.Function{Tags: tags(0, "AWS:team")}), fails},
			{"an empty key", fn(quota.Function{Tags: tags(0, "")}), fails},
			{"aws:team, sensitive", fn(quota.Function{Tags: sensitive(tags(0, "aws:team"))}), fails}},
		quota.CreateOnlySettings: {
			{"durable timeout changed", update(quota.Function{DurableExecutionTimeout: n(60)}, quota.Function{DurableExecutionTimeout: n(120)}), passes},
			{"durable_config added", update(quota.Function{}, quota.Function{DurableExecutionTimeout: n(120)}), fails},
			{"durable_config removed", update(quota.Function{DurableExecutionTimeout: n(60)}, quota.Function{}), fails},
			{"tenancy_config added", update(quota.Function{}, quota.Function{TenantIsolation: on}), fails},
			{"tenancy kept", update(quota.Function{TenantIsolation: on}, quota.Function{TenantIsolation: on}), passes},
			{"durable_config unknown", update(quota.Function{}, quota.Function{DurableExecutionTimeout: quota.Unknown[int64]()}), waits}},
		quota.RuntimeCreateBlocked: {
			{"python3.13, created", onRuntime("python3.13", quota.ChangeCreate, "2026-12-07"), passes},
			{"nodejs12.x, created", onRuntime("nodejs12.x", quota.ChangeCreate, "2026-12-07"), fails},
			{"python3.9, created the day before its block-create date", onRuntime("python3.9", quota.ChangeCreate, "2027-01-31"), passes},
			{"python3.9, created on its block-create date", onRuntime("python3.9", quota.ChangeCreate, "2027-02-01"), fails},
			{"nodejs12.x, on a surface that cannot tell create from update", onRuntime("nodejs12.x", quota.ChangeUnknown, "2026-12-07"), passes},
			{"a runtime no table knows, created", onRuntime("nodejs99.x", quota.ChangeCreate, "2026-12-07"), passes},
			{"an unknown runtime, created", quota.CheckFunction(l, quota.Function{Runtime: quota.Unknown[string](),
				Lifecycle: quota.RuntimeUse{Today: date("2026-12-07"), Change: quota.ChangeCreate}}).Result, waits}},
		quota.RuntimeUpdateBlocked: {
			{"python3.9, updated the day before its block-update date", onRuntime("python3.9", quota.ChangeUpdate, "2027-03-02"), passes},
			{"python3.9, updated on its block-update date", onRuntime("python3.9", quota.ChangeUpdate, "2027-03-03"), fails},
			{"nodejs12.x, updated", onRuntime("nodejs12.x", quota.ChangeUpdate, "2026-12-07"), fails},
			{"nodejs14.x, updated before its block-update date", onRuntime("nodejs14.x", quota.ChangeUpdate, "2026-12-07"), passes}},
		quota.SQSPollersMin: {
			{"SQS with 2 and 2", pollers(quota.SourceSQS, 2, 2), passes}, {"SQS with a minimum of 1", pollers(quota.SourceSQS, 1, 10), fails},
			{"SQS with a maximum of 1", pollers(quota.SourceSQS, -1, 1), fails}, {"Kafka with 1 and 1", pollers(quota.SourceKafka, 1, 1), passes},
			{"a source not known yet", quota.CheckEventSource(l, quota.EventSource{Source: quota.Unknown[string](), MaximumPollers: n(1)}), waits}},
		quota.SQSPollersMax:   {{"SQS with 10,000", pollers(quota.SourceSQS, 2, 10000), passes}, {"SQS with 10,001", pollers(quota.SourceSQS, 2, 10001), fails}},
		quota.KafkaPollersMin: {{"Kafka with 1", pollers(quota.SourceKafka, 1, 5), passes}, {"Kafka with 0", pollers(quota.SourceKafka, 0, 5), fails}},
		quota.KafkaPollersMax: {{"Kafka with 2,000", pollers(quota.SourceKafka, 1, 2000), passes}, {"Kafka with 2,001", pollers(quota.SourceKafka, 1, 2001), fails},
			{"Kinesis (no provisioned mode)", pollers("", 1, 5000), passes}},
		quota.SnapStartRuntime: {{"java21", fn(snap(quota.Function{})), passes},
			{"python3.11", fn(snap(quota.Function{Runtime: s("python3.11")})), passes},
			{"nodejs22.x", fn(quota.Function{SnapStart: on, Runtime: s("nodejs22.x"), PackageType: s(quota.PackageTypeZip)}), fails},
			{"unknown runtime", fn(quota.Function{SnapStart: on, Runtime: quota.Unknown[string]()}), waits}},
		quota.SnapStartEphemeralStorage: {{"512 MB", fn(snap(quota.Function{EphemeralStorageSize: n(512)})), passes},
			{"513 MB", fn(snap(quota.Function{EphemeralStorageSize: n(513)})), fails},
			{"1 GB, SnapStart unknown", fn(quota.Function{SnapStart: unknown, EphemeralStorageSize: n(1024)}), waits}},
		quota.SnapStartFileSystem: {{"without EFS", fn(snap(quota.Function{})), passes}, {"with EFS", fn(snap(quota.Function{FileSystem: on})), fails},
			{"EFS unknown", fn(snap(quota.Function{FileSystem: unknown})), waits}},
		quota.SnapStartProvisionedConcurrency: {{"none", fn(snap(quota.Function{})), passes},
			{"5", fn(snap(quota.Function{ProvisionedConcurrentExecutions: n(5)})), fails}},
		quota.TenantIsolationSnapStart: {{"alone", fn(quota.Function{TenantIsolation: on}), passes},
			{"with SnapStart", fn(snap(quota.Function{TenantIsolation: on})), fails}},
		quota.TenantIsolationProvisionedConcurrency: {{"alone", fn(quota.Function{TenantIsolation: on}), passes},
			{"with 1 provisioned", fn(quota.Function{TenantIsolation: on, ProvisionedConcurrentExecutions: n(1)}), fails},
			{"isolation unknown", fn(quota.Function{TenantIsolation: unknown, ProvisionedConcurrentExecutions: n(1)}), waits}},
		quota.TenantIsolationEventSource: {{"a shared function", quota.CheckEventSource(l, quota.EventSource{FunctionTenantIsolation: off}), passes},
			{"an isolated function", quota.CheckEventSource(l, quota.EventSource{FunctionTenantIsolation: on}), fails}},
		quota.TenantIsolationFunctionURL: {{"a shared function", quota.CheckFunctionURL(l, quota.FunctionURL{FunctionTenantIsolation: off}), passes},
			{"an isolated function", quota.CheckFunctionURL(l, quota.FunctionURL{FunctionTenantIsolation: on}), fails}},
		quota.ProvisionedConcurrencyWithinReserved: {
			{"10 of 10", quota.CheckProvisionedConcurrency(l, quota.ProvisionedConcurrency{ProvisionedConcurrentExecutions: n(10), ReservedConcurrentExecutions: n(10)}), passes},
			{"11 of 10", quota.CheckProvisionedConcurrency(l, quota.ProvisionedConcurrency{ProvisionedConcurrentExecutions: n(11), ReservedConcurrentExecutions: n(10)}), fails},
			{"10 of 10 on a function", fn(quota.Function{ReservedConcurrentExecutions: n(10), ProvisionedConcurrentExecutions: n(10)}), passes}},
		quota.SQSVisibilityTimeoutMin: {
			{"equal to the timeout", quota.CheckEventSource(l, quota.EventSource{VisibilityTimeoutSeconds: n(180), FunctionTimeout: n(180)}), passes},
			{"one short", quota.CheckEventSource(l, quota.EventSource{VisibilityTimeoutSeconds: n(179), FunctionTimeout: n(180)}), fails},
			{"defaults: 30 against 3", quota.CheckEventSource(l, quota.EventSource{}), passes},
			{"default visibility against 31", quota.CheckEventSource(l, quota.EventSource{FunctionTimeout: n(31)}), fails},
			{"not a queue", quota.CheckEventSource(l, quota.EventSource{FunctionTimeout: n(31), NotSQS: true}), passes}},
	}
}

// TestCheckFunctionFindsEveryViolation: one function that breaks several
// quotas gets one finding for each.
func TestCheckFunctionFindsEveryViolation(t *testing.T) {
	t.Parallel()
	n := quota.Known[int64]
	rep := quota.CheckFunction(quota.DefaultLimits(), quota.Function{MemorySize: n(1), Timeout: n(1000),
		Layers: quota.KnownStrings(make([]string, 9)...), Handler: quota.Known(strings.Repeat("h", 200)), Tags: quota.KnownStringMap(map[string]string{"aws:x": "y"})})
	want := ids(quota.FunctionMemoryMinMB, quota.FunctionTimeoutMaxSeconds, quota.FunctionLayersMax, quota.HandlerMaxLength, quota.TagKeyReserved)
	if got := violated(rep.Result); !slices.Equal(got, want) {
		t.Fatalf("violations = %v, want %v; findings: %v", got, want, rep.Findings)
	}
}

func TestCheckFunctionPackages(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	zipAt := ziptest.WriteSized(t, dir, "at.zip", 52428800, 1000)
	zipOver := ziptest.WriteSized(t, dir, "over.zip", 52428801, 1000)
	unzAt := ziptest.Write(t, dir, "unz-at.zip", ziptest.Entry{Name: "a", Size: 262144000})
	unzOver := ziptest.Write(t, dir, "unz-over.zip", ziptest.Entry{Name: "a", Size: 262144001})
	half := ziptest.Write(t, dir, "half.zip", ziptest.Entry{Name: "a", Size: 131072000})
	corrupt := ziptest.Write(t, dir, "corrupt.zip")
	if err := writeFile(corrupt, "not a zip"); err != nil {
		t.Fatal(err)
	}
	s := quota.Known[string]
	tests := map[string]struct {
		fn         quota.Function
		want       []quota.ID
		wantKind   quota.Kind
		wantTotal  quota.Value[int64]
		wantZipped quota.Value[int64]
	}{
		"zipped at limit":       {fn: quota.Function{Filename: s(zipAt)}, wantZipped: quota.Known[int64](52428800), wantTotal: quota.Known[int64](1000)},
		"zipped over":           {fn: quota.Function{Filename: s(zipOver)}, want: ids(quota.ZippedPackageMaxBytes), wantZipped: quota.Known[int64](52428801), wantTotal: quota.Known[int64](1000)},
		"zipped over via S3":    {fn: quota.Function{Filename: s(zipOver), UploadedViaS3: quota.Known(true)}, wantZipped: quota.Known[int64](52428801), wantTotal: quota.Known[int64](1000)},
		"unzipped at limit":     {fn: quota.Function{Filename: s(unzAt)}, wantTotal: quota.Known[int64](262144000)},
		"unzipped over":         {fn: quota.Function{Filename: s(unzOver)}, want: ids(quota.UnzippedPackageMaxBytes), wantTotal: quota.Known[int64](262144001)},
		"code plus layers at":   {fn: quota.Function{Filename: s(half), LayerFilenames: quota.KnownStrings(half)}, wantTotal: quota.Known[int64](262144000)},
		"code plus layers over": {fn: quota.Function{Filename: s(half), LayerFilenames: quota.KnownStrings(half), LayerUnzippedBytes: quota.Known[int64](1)}, want: ids(quota.UnzippedPackageMaxBytes), wantTotal: quota.Known[int64](262144001)},
		"missing file warns":    {fn: quota.Function{Filename: s(dir + "/later.zip")}, wantKind: quota.Skipped, wantTotal: quota.Unknown[int64](), wantZipped: quota.Unknown[int64]()},
		"corrupt file errs":     {fn: quota.Function{Filename: s(corrupt)}, wantKind: quota.InvalidInput, wantTotal: quota.Unknown[int64](), wantZipped: quota.Unknown[int64]()},
		"directory errs":        {fn: quota.Function{Filename: s(dir)}, wantKind: quota.InvalidInput, wantTotal: quota.Unknown[int64](), wantZipped: quota.Unknown[int64]()},
		"certain despite unknown layer": {fn: quota.Function{Filename: s(unzOver), LayerFilenames: quota.Known([]quota.Value[string]{quota.Unknown[string]()})},
			want: ids(quota.UnzippedPackageMaxBytes), wantTotal: quota.Unknown[int64]()},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			rep := quota.CheckFunction(quota.DefaultLimits(), tc.fn)
			if got := violated(rep.Result); !slices.Equal(got, tc.want) {
				t.Fatalf("violations = %v, want %v; findings: %v", got, tc.want, rep.Findings)
			}
			if tc.wantKind != quota.Violation && (len(rep.Findings) != 1 || rep.Findings[0].Kind != tc.wantKind || !strings.Contains(rep.Findings[0].Detail, tc.fn.Filename.V)) {
				t.Fatalf("findings = %v, want one of kind %v naming the file", rep.Findings, tc.wantKind)
			}
			if rep.TotalUnzippedBytes != tc.wantTotal {
				t.Fatalf("total unzipped = %+v, want %+v", rep.TotalUnzippedBytes, tc.wantTotal)
			}
			if tc.wantZipped.Set || tc.wantZipped.Unknown {
				if rep.PackageZippedBytes != tc.wantZipped {
					t.Fatalf("zipped = %+v, want %+v", rep.PackageZippedBytes, tc.wantZipped)
				}
			}
		})
	}
}

func TestCheckFunctionUnknowns(t *testing.T) {
	t.Parallel()
	l := quota.DefaultLimits()
	rep := quota.CheckFunction(l, quota.Function{
		MemorySize:           quota.Unknown[int64](),
		Timeout:              quota.Known[int64](901),
		EnvironmentVariables: quota.Unknown[map[string]quota.Value[string]](),
		Layers:               quota.Known([]quota.Value[string]{quota.Unknown[string](), quota.Unknown[string](), quota.Unknown[string](), quota.Unknown[string](), quota.Unknown[string](), quota.Unknown[string]()}),
		Filename:             quota.Unknown[string](),
	})
	if got := violated(rep.Result); !slices.Equal(got, ids(quota.FunctionTimeoutMaxSeconds, quota.FunctionLayersMax)) {
		t.Fatalf("violations = %v: certain ones must be reported despite unknowns", got)
	}
	for _, id := range []quota.ID{quota.FunctionMemoryMaxMB, quota.EnvironmentVariablesMaxBytes, quota.UnzippedPackageMaxBytes} {
		if !slices.Contains(rep.Undecided, id) {
			t.Errorf("undecided = %v, lacks %s", rep.Undecided, id)
		}
	}
	if rep.EnvironmentVariablesBytes.IsKnown() || rep.TotalUnzippedBytes.IsKnown() {
		t.Errorf("measurements of unknown inputs must be unknown: %+v", rep)
	}
}

func TestCheckFunctionOverridesAndWarnings(t *testing.T) {
	t.Parallel()
	l, errs := quota.DefaultLimits().WithOverrides(map[string]float64{"function_memory_max_mb": 3008})
	if errs != nil {
		t.Fatal(errs)
	}
	rep := quota.CheckFunction(l, quota.Function{MemorySize: quota.Known[int64](4096)})
	f, ok := rep.Violation(quota.FunctionMemoryMaxMB)
	if !ok || f.Limit != 3008 || !strings.Contains(f.Detail, "as stated in your quotas (AWS's default is 10,240 MB)") {
		t.Fatalf("override not applied or not explained: %+v", rep.Findings)
	}
	l.WarnAtPercent = 90
	rep = quota.CheckFunction(l, quota.Function{EnvironmentVariables: quota.KnownStringMap(envOfSize(3800)), MemorySize: quota.Known[int64](1024)})
	if len(rep.Findings) != 1 || rep.Findings[0].Kind != quota.NearLimit || !strings.Contains(rep.Findings[0].Detail, "92.7% of the 4,096 bytes") ||
		!strings.Contains(rep.Findings[0].Detail, "296 bytes of headroom") {
		t.Fatalf("want one near-limit warning for the environment, got %v", rep.Findings)
	}
}

func TestCheckFunctionInvalidInputs(t *testing.T) {
	t.Parallel()
	rep := quota.CheckFunction(quota.DefaultLimits(), quota.Function{
		Name:                         quota.Known("bad name!"),
		PackageType:                  quota.Known("Jar"),
		ReservedConcurrentExecutions: quota.Known[int64](-2),
	})
	var summaries []string
	for _, f := range rep.Findings {
		if f.Kind != quota.InvalidInput {
			t.Fatalf("unexpected finding %v", f)
		}
		summaries = append(summaries, f.Summary)
	}
	slices.Sort(summaries)
	want := []string{"Invalid Lambda Function Name", "Invalid Lambda Package Type", "Invalid Reserved Concurrency"}
	if !slices.Equal(summaries, want) {
		t.Fatalf("summaries = %v, want %v", summaries, want)
	}
}

func TestCheckLayer(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	over := ziptest.Write(t, dir, "layer.zip", ziptest.Entry{Name: "python/x", Size: 262144001})
	l := quota.DefaultLimits()
	rep := quota.CheckLayer(l, quota.Layer{
		Name:                    quota.Known("deps"),
		Filename:                quota.Known(over),
		CompatibleRuntimes:      quota.KnownStrings(make([]string, 16)...),
		CompatibleArchitectures: quota.KnownStrings("x86_64", "arm64"),
	})
	if got := violated(rep.Result); !slices.Equal(got, ids(quota.LayerCompatibleRuntimesMax, quota.UnzippedPackageMaxBytes)) {
		t.Fatalf("violations = %v", got)
	}
	if rep.UnzippedBytes != quota.Known[int64](262144001) {
		t.Fatalf("unzipped = %+v", rep.UnzippedBytes)
	}
	f, _ := rep.Violation(quota.UnzippedPackageMaxBytes)
	if !strings.Contains(f.Detail, `layer "deps"`) || !strings.Contains(f.Detail, "262,144,001 bytes (250 MB), 1 byte more than the 262,144,000 bytes (250 MB)") {
		t.Fatalf("detail = %q", f.Detail)
	}
}

func TestLayerCountWithPackages(t *testing.T) {
	t.Parallel()
	arns := func(n int) quota.Strings {
		s := make([]string, n)
		for i := range s {
			s[i] = "arn"
		}
		return quota.KnownStrings(s...)
	}
	tests := map[string]struct {
		fn   quota.Function
		want bool
	}{
		"5 ARNs and 5 packages, the same layers": {quota.Function{Layers: arns(5), LayerFilenames: quota.KnownStrings("a", "b", "c", "d", "e")}, false},
		"6 packages":                             {quota.Function{LayerFilenames: quota.KnownStrings("a", "b", "c", "d", "e", "f")}, true},
		"6 packages, ARNs unknown":               {quota.Function{Layers: quota.Unknown[[]quota.Value[string]](), LayerFilenames: quota.KnownStrings("a", "b", "c", "d", "e", "f")}, true},
		"5 packages, ARNs unknown":               {quota.Function{Layers: quota.Unknown[[]quota.Value[string]](), LayerFilenames: quota.KnownStrings("a", "b", "c", "d", "e")}, false},
		"6 ARNs, 1 package":                      {quota.Function{Layers: arns(6), LayerFilenames: quota.KnownStrings("a")}, true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, got := quota.CheckFunction(quota.DefaultLimits(), tc.fn).Violation(quota.FunctionLayersMax)
			if got != tc.want {
				t.Fatalf("violation = %v, want %v", got, tc.want)
			}
		})
	}
}

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}
