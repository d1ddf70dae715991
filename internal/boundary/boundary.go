// Package boundary is the one table of the quotas the checks enforce: for
// each, a configuration at its limit, which AWS accepts and every surface
// must pass, and one just past it, which AWS refuses and every surface must
// fail with that quota. The core, data source, function and saved-plan tests
// all run it, and a test fails when a checked quota of the catalog has no
// row, so a new quota cannot be added without its boundary.
//
// Values use the flat argument names of the lambdaquota data sources, which
// the check functions accept too; AWS converts a row to the AWS provider's
// resource shapes for saved plans.
package boundary

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/ziptest"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// Kind is the data source a row's arguments belong to.
type Kind string

const (
	Function    Kind = "function"
	Layer       Kind = "layer"
	VPC         Kind = "vpc"
	Account     Kind = "account"
	Policy      Kind = "function_policy"
	EventSource Kind = "event_source"
	// FunctionURL rows are a function and its aws_lambda_function_url,
	// which only a saved plan shows together.
	FunctionURL Kind = "function_url"
	// PollerGroup rows are Kafka mappings of one poller group ("mappings",
	// each of "pollers"), and ManagedKafka rows Kafka mappings to a function
	// on Lambda Managed Instances: only a saved plan shows them together.
	PollerGroup  Kind = "poller_group"
	ManagedKafka Kind = "managed_kafka"
	// Integration rows are an API Gateway integration of a REST API
	// ("endpoint_types", "response_transfer_mode", "request_parameters") or,
	// with "http", an HTTP API, its "timeout_milliseconds", and
	// the function it invokes ("function_timeout",
	// "function_tenant_isolation_mode"); RESTAPI and HTTPAPI rows an API's
	// members by count ("resources", "stages", "routes", "integrations")
	// and its "policy". Only a saved plan shows them together.
	Integration Kind = "integration"
	RESTAPI     Kind = "rest_api"
	HTTPAPI     Kind = "http_api"
	// RuntimeChange rows are a function created or updated ("change") on a
	// runtime on a day ("today"), which only a saved plan knows.
	RuntimeChange Kind = "runtime_change"
	// FunctionUpdate rows are a deployed function ("before") and an
	// in-place update of it ("after"), which only a saved plan shows.
	FunctionUpdate Kind = "function_update"
	// Functions rows are a fleet (lambdaquota_functions).
	Functions Kind = "functions"
	// CapacityProvider rows are an aws_lambda_capacity_provider, and
	// CapacityProviders rows a Region's count of them: only saved plans
	// show them.
	CapacityProvider  Kind = "capacity_provider"
	CapacityProviders Kind = "capacity_providers"
)

// Row is one quota at its boundary.
type Row struct {
	Quota quota.ID
	Kind  Kind
	// At is at the limit and passes; Past is one past it and fails with a
	// violation of Reported.
	At, Past map[string]cty.Value
	// Reported is the quota Past violates: Quota, except for a quota that
	// another's limit is derived from (concurrent_executions and the floor).
	Reported quota.ID
}

// args are a data source's arguments by name.
type args = map[string]cty.Value

// Name is the row's name in test output and configurations.
func (r Row) Name() string { return string(r.Quota) }

// Rows returns the table. Packages are written to a temporary directory of
// tb: the zipped quota needs real 50 MB files.
func Rows(tb testing.TB) []Row {
	tb.Helper()
	dir := tb.TempDir()
	zipped := func(size int64) cty.Value {
		return cty.StringVal(ziptest.WriteSized(tb, dir, fmt.Sprintf("zipped-%d.zip", size), size, 1024))
	}
	unzipped := func(size uint64) cty.Value {
		return cty.StringVal(ziptest.WriteSized(tb, dir, fmt.Sprintf("unzipped-%d.zip", size), 4096, size))
	}
	n, s := cty.NumberIntVal, cty.StringVal
	repeat := func(c string, k int) cty.Value { return s(strings.Repeat(c, k)) }
	list := func(prefix string, k int) cty.Value {
		vals := make([]cty.Value, k)
		for i := range vals {
			vals[i] = s(fmt.Sprintf("%s%d", prefix, i))
		}
		return cty.ListVal(vals)
	}
	regional := cty.ListVal([]cty.Value{s("REGIONAL")})
	msk := s("arn:aws:kafka:us-east-1:123456789012:cluster/orders/6357e0b2-0e6a-4b86-a0b4-70df934c2e31-5")
	tags := func(k int) cty.Value {
		m := map[string]cty.Value{}
		for i := range k {
			m[fmt.Sprintf("tag%02d", i)] = s("x")
		}
		return cty.MapVal(m)
	}
	env := func(kv ...string) cty.Value {
		m := map[string]cty.Value{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = s(kv[i+1])
		}
		return cty.MapVal(m)
	}
	numbers := func(vs ...int64) cty.Value {
		vals := make([]cty.Value, len(vs))
		for i, v := range vs {
			vals[i] = n(v)
		}
		return cty.ListVal(vals)
	}
	// fn is a function named api with the given arguments; lmi one on
	// Lambda Managed Instances.
	fn := func(m args) args {
		if _, ok := m["function_name"]; !ok {
			m["function_name"] = s("api")
		}
		return m
	}
	lmi := func(m args) args {
		m["capacity_provider_arn"] = s("arn:aws:lambda:us-east-1:123456789012:capacity-provider:cp")
		return fn(m)
	}
	// snap is a function with SnapStart on a runtime that has it; tenant one
	// isolated per tenant.
	snap := func(m args) args {
		m["snap_start_apply_on"] = s("PublishedVersions")
		if _, ok := m["runtime"]; !ok {
			m["runtime"] = s("java21")
		}
		return fn(m)
	}
	tenant := func(m args) args {
		m["tenant_isolation_mode"] = s("PER_TENANT")
		return fn(m)
	}
	efs := s("arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-1")
	layer := func(k string, v cty.Value) map[string]cty.Value {
		return map[string]cty.Value{"layer_name": s("deps"), k: v}
	}
	runtimes := func(k int) cty.Value { return list("runtime", k) }
	// {"KK":"..."} is 9 bytes besides the value.
	const envOverhead = 9
	rows := []Row{
		{Quota: quota.FunctionMemoryMinMB, Kind: Function, At: fn(args{"memory_size": n(128)}), Past: fn(args{"memory_size": n(127)})},
		{Quota: quota.FunctionMemoryMaxMB, Kind: Function, At: fn(args{"memory_size": n(10240)}), Past: fn(args{"memory_size": n(10241)})},
		{Quota: quota.FunctionTimeoutMinSeconds, Kind: Function, At: fn(args{"timeout": n(1)}), Past: fn(args{"timeout": n(0)})},
		{Quota: quota.FunctionTimeoutMaxSeconds, Kind: Function, At: fn(args{"timeout": n(900)}), Past: fn(args{"timeout": n(901)})},
		{Quota: quota.EnvironmentVariablesMaxBytes, Kind: Function,
			At:   fn(args{"environment_variables": env("KK", strings.Repeat("v", 4096-envOverhead))}),
			Past: fn(args{"environment_variables": env("KK", strings.Repeat("v", 4097-envOverhead))})},
		{Quota: quota.FunctionLayersMax, Kind: Function,
			At: fn(args{"layers": list("arn:aws:lambda:us-east-1:123456789012:layer:l", 5)}), Past: fn(args{"layers": list("arn:aws:lambda:us-east-1:123456789012:layer:l", 6)})},
		{Quota: quota.ZippedPackageMaxBytes, Kind: Function, At: fn(args{"filename": zipped(52428800)}), Past: fn(args{"filename": zipped(52428801)})},
		{Quota: quota.UnzippedPackageMaxBytes, Kind: Function, At: fn(args{"filename": unzipped(262144000)}), Past: fn(args{"filename": unzipped(262144001)})},
		{Quota: quota.ContainerImageMaxBytes, Kind: Function,
			At: fn(args{"package_type": s("Image"), "image_size_bytes": n(10737418240)}), Past: fn(args{"package_type": s("Image"), "image_size_bytes": n(10737418241)})},
		{Quota: quota.EphemeralStorageMinMB, Kind: Function, At: fn(args{"ephemeral_storage_size": n(512)}), Past: fn(args{"ephemeral_storage_size": n(511)})},
		{Quota: quota.EphemeralStorageMaxMB, Kind: Function, At: fn(args{"ephemeral_storage_size": n(10240)}), Past: fn(args{"ephemeral_storage_size": n(10241)})},
		{Quota: quota.FunctionSubnetsMax, Kind: Function,
			At:   fn(args{"subnet_ids": list("subnet-", 16), "security_group_ids": list("sg-", 1)}),
			Past: fn(args{"subnet_ids": list("subnet-", 17), "security_group_ids": list("sg-", 1)})},
		{Quota: quota.FunctionSecurityGroupsMax, Kind: Function,
			At:   fn(args{"subnet_ids": list("subnet-", 1), "security_group_ids": list("sg-", 5)}),
			Past: fn(args{"subnet_ids": list("subnet-", 1), "security_group_ids": list("sg-", 6)})},
		{Quota: quota.FunctionNameMaxLength, Kind: Function, At: fn(args{"function_name": repeat("a", 64)}), Past: fn(args{"function_name": repeat("a", 65)})},
		{Quota: quota.HandlerMaxLength, Kind: Function, At: fn(args{"handler": repeat("h", 128)}), Past: fn(args{"handler": repeat("h", 129)})},
		{Quota: quota.DescriptionMaxLength, Kind: Function, At: fn(args{"description": repeat("d", 256)}), Past: fn(args{"description": repeat("d", 257)})},
		{Quota: quota.FunctionArchitecturesMax, Kind: Function,
			At: fn(args{"architectures": cty.ListVal([]cty.Value{s("arm64")})}), Past: fn(args{"architectures": cty.ListVal([]cty.Value{s("arm64"), s("x86_64")})})},
		{Quota: quota.LMIFunctionMemoryMinMB, Kind: Function, At: lmi(args{"memory_size": n(2048)}), Past: lmi(args{"memory_size": n(2047)})},
		{Quota: quota.LMIFunctionMemoryMaxMB, Kind: Function, At: lmi(args{"memory_size": n(32768)}), Past: lmi(args{"memory_size": n(32769)})},
		{Quota: quota.LMIFunctionTimeoutMaxSeconds, Kind: Function, At: lmi(args{"timeout": n(5400)}), Past: lmi(args{"timeout": n(5401)})},
		{Quota: quota.LMIMemoryGiBPerVCPUMin, Kind: Function,
			At: lmi(args{"execution_environment_memory_gib_per_vcpu": n(2)}), Past: lmi(args{"execution_environment_memory_gib_per_vcpu": cty.NumberFloatVal(1.9)})},
		{Quota: quota.LMIMemoryGiBPerVCPUMax, Kind: Function,
			At: lmi(args{"execution_environment_memory_gib_per_vcpu": n(8)}), Past: lmi(args{"execution_environment_memory_gib_per_vcpu": cty.NumberFloatVal(8.1)})},
		{Quota: quota.LMIEnvironmentConcurrencyMin, Kind: Function,
			At: lmi(args{"per_execution_environment_max_concurrency": n(1)}), Past: lmi(args{"per_execution_environment_max_concurrency": n(0)})},
		{Quota: quota.LMIEnvironmentConcurrencyMax, Kind: Function,
			At: lmi(args{"per_execution_environment_max_concurrency": n(1600)}), Past: lmi(args{"per_execution_environment_max_concurrency": n(1601)})},
		{Quota: quota.DurableExecutionTimeoutMinSeconds, Kind: Function,
			At: fn(args{"durable_execution_timeout": n(1)}), Past: fn(args{"durable_execution_timeout": n(0)})},
		{Quota: quota.DurableExecutionTimeoutMaxSeconds, Kind: Function,
			At: fn(args{"durable_execution_timeout": n(31622400)}), Past: fn(args{"durable_execution_timeout": n(31622401)})},
		{Quota: quota.DurableRetentionPeriodMinDays, Kind: Function,
			At: fn(args{"durable_retention_period": n(1)}), Past: fn(args{"durable_retention_period": n(0)})},
		{Quota: quota.DurableRetentionPeriodMaxDays, Kind: Function,
			At: fn(args{"durable_retention_period": n(90)}), Past: fn(args{"durable_retention_period": n(91)})},
		{Quota: quota.SnapStartRuntime, Kind: Function, At: snap(args{"runtime": s("python3.12")}), Past: snap(args{"runtime": s("python3.11")})},
		{Quota: quota.SnapStartEphemeralStorage, Kind: Function,
			At: snap(args{"ephemeral_storage_size": n(512)}), Past: snap(args{"ephemeral_storage_size": n(513)})},
		{Quota: quota.SnapStartFileSystem, Kind: Function, At: snap(args{}), Past: snap(args{"file_system_arn": efs})},
		{Quota: quota.SnapStartProvisionedConcurrency, Kind: Function, At: snap(args{}), Past: snap(args{"provisioned_concurrent_executions": n(1)})},
		{Quota: quota.TenantIsolationSnapStart, Kind: Function, At: tenant(args{}), Past: tenant(snap(args{}))},
		{Quota: quota.TenantIsolationProvisionedConcurrency, Kind: Function,
			At: tenant(args{}), Past: tenant(args{"provisioned_concurrent_executions": n(1)})},
		{Quota: quota.HandlerPattern, Kind: Function, At: fn(args{"handler": s("index.handler")}), Past: fn(args{"handler": s("index handler")})},
		{Quota: quota.EnvironmentVariableKeyPattern, Kind: Function, At: fn(args{"environment_variables": env("AB", "x")}), Past: fn(args{"environment_variables": env("A", "x")})},
		{Quota: quota.EnvironmentVariableReservedKeys, Kind: Function, At: fn(args{"environment_variables": env("TZ", "x")}), Past: fn(args{"environment_variables": env("AWS_REGION", "x")})},
		// Keys beginning with aws: are AWS's own: a look-alike may be set.
		{Quota: quota.FunctionTagsMax, Kind: Function, At: fn(args{"tags": tags(50)}), Past: fn(args{"tags": tags(51)})},
		{Quota: quota.TagKeyMaxLength, Kind: Function,
			At: fn(args{"tags": env(strings.Repeat("k", 128), "v")}), Past: fn(args{"tags": env(strings.Repeat("k", 129), "v")})},
		{Quota: quota.TagValueMaxLength, Kind: Function,
			At: fn(args{"tags": env("team", strings.Repeat("v", 256))}), Past: fn(args{"tags": env("team", strings.Repeat("v", 257))})},
		{Quota: quota.TagKeyReserved, Kind: Function, At: fn(args{"tags": env("aws-team", "x")}), Past: fn(args{"tags": env("aws:team", "x")})},
		// The day before a runtime's block date, and the day itself.
		{Quota: quota.RuntimeCreateBlocked, Kind: RuntimeChange, At: args{"runtime": s("python3.9"), "change": s("create"), "today": s("2027-01-31")},
			Past: args{"runtime": s("python3.9"), "change": s("create"), "today": s("2027-02-01")}},
		{Quota: quota.RuntimeUpdateBlocked, Kind: RuntimeChange, At: args{"runtime": s("python3.9"), "change": s("update"), "today": s("2027-03-02")},
			Past: args{"runtime": s("python3.9"), "change": s("update"), "today": s("2027-03-03")}},
		// An update may change durable_config's numbers, not add it.
		{Quota: quota.CreateOnlySettings, Kind: FunctionUpdate,
			At: args{"before": cty.ObjectVal(args{"function_name": s("api"), "durable_execution_timeout": n(60)}),
				"after": cty.ObjectVal(args{"function_name": s("api"), "durable_execution_timeout": n(120)})},
			Past: args{"before": cty.ObjectVal(args{"function_name": s("api")}),
				"after": cty.ObjectVal(args{"function_name": s("api"), "durable_execution_timeout": n(120)})}},
		{Quota: quota.ProvisionedConcurrencyWithinReserved, Kind: Function,
			At:   fn(args{"reserved_concurrent_executions": n(10), "provisioned_concurrent_executions": n(10)}),
			Past: fn(args{"reserved_concurrent_executions": n(10), "provisioned_concurrent_executions": n(11)})},
		{Quota: quota.LayerCompatibleRuntimesMax, Kind: Layer, At: layer("compatible_runtimes", runtimes(15)), Past: layer("compatible_runtimes", runtimes(16))},
		{Quota: quota.LayerCompatibleArchitecturesMax, Kind: Layer,
			At: layer("compatible_architectures", list("arch", 2)), Past: layer("compatible_architectures", list("arch", 3))},
		{Quota: quota.LayerDescriptionMaxLength, Kind: Layer, At: layer("description", repeat("d", 256)), Past: layer("description", repeat("d", 257))},
		{Quota: quota.LayerLicenseMaxLength, Kind: Layer, At: layer("license_info", repeat("l", 512)), Past: layer("license_info", repeat("l", 513))},
		{Quota: quota.SQSVisibilityTimeoutMin, Kind: EventSource,
			At:   map[string]cty.Value{"visibility_timeout_seconds": n(60), "function_timeout": n(60)},
			Past: map[string]cty.Value{"visibility_timeout_seconds": n(59), "function_timeout": n(60)}},
		{Quota: quota.TenantIsolationEventSource, Kind: EventSource,
			At:   map[string]cty.Value{"visibility_timeout_seconds": n(60), "function_timeout": n(60)},
			Past: map[string]cty.Value{"visibility_timeout_seconds": n(60), "function_timeout": n(60), "function_tenant_isolation_mode": s("PER_TENANT")}},
		{Quota: quota.SQSPollersMin, Kind: EventSource,
			At:   args{"visibility_timeout_seconds": n(60), "function_timeout": n(60), "minimum_pollers": n(2), "maximum_pollers": n(2)},
			Past: args{"visibility_timeout_seconds": n(60), "function_timeout": n(60), "minimum_pollers": n(1), "maximum_pollers": n(2)}},
		{Quota: quota.SQSPollersMax, Kind: EventSource,
			At:   args{"visibility_timeout_seconds": n(60), "function_timeout": n(60), "maximum_pollers": n(10000)},
			Past: args{"visibility_timeout_seconds": n(60), "function_timeout": n(60), "maximum_pollers": n(10001)}},
		{Quota: quota.KafkaPollersMin, Kind: EventSource,
			At: args{"event_source_arn": msk, "minimum_pollers": n(1)}, Past: args{"event_source_arn": msk, "minimum_pollers": n(0)}},
		{Quota: quota.KafkaPollersMax, Kind: EventSource,
			At: args{"event_source_arn": msk, "maximum_pollers": n(2000)}, Past: args{"event_source_arn": msk, "maximum_pollers": n(2001)}},
		{Quota: quota.PollerGroupMappingsMax, Kind: PollerGroup, At: args{"mappings": n(100), "pollers": n(1)}, Past: args{"mappings": n(101), "pollers": n(1)}},
		{Quota: quota.PollerGroupPollersMax, Kind: PollerGroup, At: args{"mappings": n(10), "pollers": n(200)}, Past: args{"mappings": n(10), "pollers": n(201)}},
		{Quota: quota.LMIKafkaMappingsMax, Kind: ManagedKafka, At: args{"mappings": n(100)}, Past: args{"mappings": n(101)}},
		{Quota: quota.RESTIntegrationTimeoutMaxMs, Kind: Integration, At: args{"endpoint_types": regional, "timeout_milliseconds": n(29000)},
			Past: args{"endpoint_types": regional, "timeout_milliseconds": n(29001)}},
		{Quota: quota.EdgeIntegrationTimeoutMaxMs, Kind: Integration, At: args{"timeout_milliseconds": n(29000)}, Past: args{"timeout_milliseconds": n(29001)}},
		{Quota: quota.StreamingIntegrationTimeoutMaxMs, Kind: Integration, At: args{"response_transfer_mode": s("STREAM"), "timeout_milliseconds": n(900000)},
			Past: args{"response_transfer_mode": s("STREAM"), "timeout_milliseconds": n(900001)}},
		{Quota: quota.HTTPIntegrationTimeoutMaxMs, Kind: Integration, At: args{"http": cty.True, "timeout_milliseconds": n(30000)},
			Past: args{"http": cty.True, "timeout_milliseconds": n(30001)}},
		{Quota: quota.TenantIsolationHTTPAPI, Kind: Integration, At: args{"http": cty.True},
			Past: args{"http": cty.True, "function_tenant_isolation_mode": s("PER_TENANT")}},
		{Quota: quota.TenantIsolationRESTHeader, Kind: Integration,
			At: args{"function_tenant_isolation_mode": s("PER_TENANT"), "request_parameters": cty.MapVal(map[string]cty.Value{
				"integration.request.header.X-Amz-Tenant-Id": s("context.authorizer.tenant")})},
			Past: args{"function_tenant_isolation_mode": s("PER_TENANT")}},
		{Quota: quota.RESTResourcesMax, Kind: RESTAPI, At: args{"resources": n(300)}, Past: args{"resources": n(301)}},
		{Quota: quota.RESTAuthorizersMax, Kind: RESTAPI, At: args{"authorizers": n(10)}, Past: args{"authorizers": n(11)}},
		{Quota: quota.RESTStagesMax, Kind: RESTAPI, At: args{"stages": n(10)}, Past: args{"stages": n(11)}},
		{Quota: quota.RESTPolicyMaxLength, Kind: RESTAPI, At: args{"policy": repeat("p", 8192)}, Past: args{"policy": repeat("p", 8193)}},
		{Quota: quota.HTTPRoutesMax, Kind: HTTPAPI, At: args{"routes": n(300)}, Past: args{"routes": n(301)}},
		{Quota: quota.HTTPIntegrationsMax, Kind: HTTPAPI, At: args{"integrations": n(300)}, Past: args{"integrations": n(301)}},
		{Quota: quota.HTTPStagesMax, Kind: HTTPAPI, At: args{"stages": n(10)}, Past: args{"stages": n(11)}},
		{Quota: quota.TenantIsolationFunctionURL, Kind: FunctionURL, At: args{}, Past: args{"tenant_isolation_mode": s("PER_TENANT")}},
		{Quota: quota.CapacityProviderFunctionVersionsMax, Kind: Functions, At: onCapacityProvider(100), Past: onCapacityProvider(101)},
		{Quota: quota.CapacityProviderMaxVCPUMin, Kind: CapacityProvider, At: args{"max_vcpu_count": n(2)}, Past: args{"max_vcpu_count": n(1)}},
		{Quota: quota.CapacityProviderMaxVCPUMax, Kind: CapacityProvider, At: args{"max_vcpu_count": n(15000)}, Past: args{"max_vcpu_count": n(15001)}},
		{Quota: quota.CapacityProvidersMax, Kind: CapacityProviders, At: args{"count": n(1000)}, Past: args{"count": n(1001)}},
		{Quota: quota.PermissionStatementIDMaxLength, Kind: Policy,
			At: policy(permission("statement_id", strings.Repeat("s", 100))), Past: policy(permission("statement_id", strings.Repeat("s", 101)))},
		{Quota: quota.PermissionStatementIDPattern, Kind: Policy,
			At: policy(permission("statement_id", "Allow-S3_1")), Past: policy(permission("statement_id", "Allow.S3"))},
		{Quota: quota.UnreservedConcurrencyMin, Kind: Account,
			At: map[string]cty.Value{"reserved_concurrent_executions": numbers(500, 400)}, Past: map[string]cty.Value{"reserved_concurrent_executions": numbers(500, 401)}},
		{Quota: quota.ConcurrentExecutions, Kind: Account, Reported: quota.UnreservedConcurrencyMin,
			At:   map[string]cty.Value{"reserved_concurrent_executions": numbers(450), "provisioned_concurrent_executions": numbers(450)},
			Past: map[string]cty.Value{"reserved_concurrent_executions": numbers(450), "provisioned_concurrent_executions": numbers(451)}},
		{Quota: quota.CodeStorageMaxBytes, Kind: Account,
			At: map[string]cty.Value{"existing_code_storage_bytes": n(322122547200)}, Past: map[string]cty.Value{"existing_code_storage_bytes": n(322122547201)}},
		{Quota: quota.ENIsPerVPC, Kind: VPC, At: vpc(249), Past: vpc(250)},
	}
	at, past := policyAtLimit(tb)
	rows = append(rows, Row{Quota: quota.ResourcePolicyMaxBytes, Kind: Policy, At: at, Past: past})
	for i := range rows {
		if rows[i].Reported == "" {
			rows[i].Reported = rows[i].Quota
		}
	}
	return rows
}

// capacityProviderARN is the capacity provider of the Functions rows.
const capacityProviderARN = "arn:aws:lambda:us-east-1:123456789012:capacity-provider:cp"

// onCapacityProvider is a fleet of n functions published on one capacity
// provider.
func onCapacityProvider(n int) map[string]cty.Value {
	fns := map[string]cty.Value{}
	for i := range n {
		fns[fmt.Sprintf("f%03d", i)] = cty.ObjectVal(map[string]cty.Value{"function_name": cty.StringVal(fmt.Sprintf("f%03d", i)),
			"capacity_provider_arn": cty.StringVal(capacityProviderARN), "publish": cty.True})
	}
	return map[string]cty.Value{"functions": cty.ObjectVal(fns)}
}

// functionARN is the function whose policy the Policy rows measure.
const functionARN = "arn:aws:lambda:us-east-1:123456789012:function:api"

func permission(kv ...string) cty.Value {
	m := map[string]cty.Value{"action": cty.StringVal("lambda:InvokeFunction"), "principal": cty.StringVal("s3.amazonaws.com")}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = cty.StringVal(kv[i+1])
	}
	return cty.ObjectVal(m)
}

func policy(perms ...cty.Value) map[string]cty.Value {
	return map[string]cty.Value{"function_arn": cty.StringVal(functionARN), "permissions": cty.TupleVal(perms)}
}

// vpc is one function's ENI in a VPC, plus other ENIs.
func vpc(others int64) map[string]cty.Value {
	fn := cty.ObjectVal(map[string]cty.Value{
		"subnet_ids": cty.ListVal([]cty.Value{cty.StringVal("subnet-a")}), "security_group_ids": cty.ListVal([]cty.Value{cty.StringVal("sg-a")})})
	return map[string]cty.Value{"vpc_id": cty.StringVal("vpc-a"), "functions": cty.TupleVal([]cty.Value{fn}), "other_enis": cty.NumberIntVal(others)}
}

// policyAtLimit is a policy of exactly 20,480 bytes, and the same one byte
// longer, measured by the core: the last statement's source_arn is padded.
func policyAtLimit(tb testing.TB) (at, past map[string]cty.Value) {
	tb.Helper()
	perms := make([]quota.Permission, 0, 60)
	k := func(s string) quota.Value[string] { return quota.Known(s) }
	for i := range 60 {
		perms = append(perms, quota.Permission{StatementID: k(fmt.Sprintf("AllowS3-%02d", i)), Action: k("lambda:InvokeFunction"),
			Principal: k("s3.amazonaws.com"), SourceARN: k(fmt.Sprintf("arn:aws:s3:::bucket-%02d", i))})
	}
	size := func() int64 {
		return quota.CheckPolicy(quota.DefaultLimits(), quota.Policy{FunctionARN: k(functionARN), Permissions: quota.Known(perms)}).PolicyBytes.V
	}
	last := &perms[len(perms)-1]
	for pad := 20480 - size(); pad > 0; pad = 20480 - size() {
		last.SourceARN = k(last.SourceARN.V + strings.Repeat("x", int(pad)))
	}
	if size() != 20480 {
		tb.Fatalf("boundary: the policy is %d bytes, want 20,480", size())
	}
	toCty := func(extra string) map[string]cty.Value {
		vals := make([]cty.Value, len(perms))
		for i, p := range perms {
			arn := p.SourceARN.V
			if i == len(perms)-1 {
				arn += extra
			}
			vals[i] = permission("statement_id", p.StatementID.V, "source_arn", arn)
		}
		return policy(vals...)
	}
	return toCty(""), toCty("x")
}

// Resource is one resource of the AWS provider, as a saved plan holds it.
type Resource struct {
	Type, Name string
	Values     map[string]cty.Value
	// Deployed resources are in the prior state and unchanged by the plan.
	Deployed bool
	// Before, when set, is the deployed object an in-place update changes.
	Before map[string]cty.Value
	// PlanDay, when set, is the day the plan is made (YYYY-MM-DD).
	PlanDay string
	// Refs are arguments a configuration writes as references to other
	// resources (rest_api_id = aws_api_gateway_rest_api.api.id), whose
	// values in Values are what a plan shows once they are known.
	Refs map[string]string
}

// AWS is a row's arguments as the AWS provider's resources; ok is false for
// a row whose arguments no resource holds (a container image's size, other
// ENIs, existing code storage), which a saved plan cannot show.
func AWS(kind Kind, a map[string]cty.Value) (resources []Resource, ok bool) {
	s := cty.StringVal
	block := func(attrs map[string]cty.Value) cty.Value { return cty.ListVal([]cty.Value{cty.ObjectVal(attrs)}) }
	switch kind {
	case Function:
		fn := map[string]cty.Value{}
		var provisioned cty.Value
		rows := decode.AttributesOf("aws_lambda_function")
		for k, v := range a {
			row, ok := rows.Argument(k)
			switch {
			case k == "provisioned_concurrent_executions":
				provisioned = v
			case !ok || len(row.Path) == 0 || row.Type == "bool" && row.Path[0] != k:
				// Only options give it, or the resource has it in another form.
				return nil, false
			case row.Computed:
				fn[row.Config] = v
			default:
				setPath(fn, row.Path, v)
			}
		}
		out := []Resource{{Type: "aws_lambda_function", Name: "api", Values: fn}}
		if provisioned != cty.NilVal {
			out = append(out, Resource{Type: "aws_lambda_provisioned_concurrency_config", Name: "live", Values: map[string]cty.Value{
				"function_name": fn["function_name"], "qualifier": s("live"), "provisioned_concurrent_executions": provisioned}})
		}
		return out, true
	case RuntimeChange:
		fn := map[string]cty.Value{"function_name": s("api"), "s3_bucket": s("code"), "runtime": a["runtime"]}
		r := Resource{Type: "aws_lambda_function", Name: "api", Values: fn, PlanDay: a["today"].AsString()}
		if a["change"].AsString() == "update" {
			before := maps.Clone(fn)
			before["description"] = s("before")
			r.Before = before
		}
		return []Resource{r}, true
	case Integration:
		const arn = "arn:aws:lambda:us-east-1:123456789012:function:api"
		fn := map[string]cty.Value{"function_name": s("api"), "arn": s(arn)}
		if t, ok := a["function_timeout"]; ok {
			fn["timeout"] = t
		}
		if mode, ok := a["function_tenant_isolation_mode"]; ok {
			fn["tenancy_config"] = block(map[string]cty.Value{"tenant_isolation_mode": mode})
		}
		out := []Resource{{Type: "aws_lambda_function", Name: "api", Values: fn}}
		integration := map[string]cty.Value{}
		for _, k := range []string{"timeout_milliseconds", "response_transfer_mode", "request_parameters"} {
			if v, ok := a[k]; ok {
				integration[k] = v
			}
		}
		if h, ok := a["http"]; ok && h.True() {
			integration["api_id"], integration["integration_type"], integration["integration_uri"] = s("h1"), s("AWS_PROXY"), s(arn)
			return append(out, Resource{Type: "aws_apigatewayv2_api", Name: "api", Values: map[string]cty.Value{"id": s("h1"), "name": s("api"),
				"protocol_type": s("HTTP")}}, Resource{Type: "aws_apigatewayv2_integration", Name: "api", Values: integration,
				Refs: map[string]string{"api_id": "aws_apigatewayv2_api.api.id", "integration_uri": "aws_lambda_function.api.arn"}}), true
		}
		api := map[string]cty.Value{"id": s("r1"), "name": s("api")}
		if types, ok := a["endpoint_types"]; ok {
			api["endpoint_configuration"] = block(map[string]cty.Value{"types": types})
		}
		integration["rest_api_id"], integration["resource_id"], integration["http_method"], integration["type"] = s("r1"), s("root"), s("POST"), s("AWS_PROXY")
		integration["uri"] = s("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/" + arn + "/invocations")
		return append(out, Resource{Type: "aws_api_gateway_rest_api", Name: "api", Values: api},
			Resource{Type: "aws_api_gateway_integration", Name: "api", Values: integration,
				Refs: map[string]string{"rest_api_id": "aws_api_gateway_rest_api.api.id", "uri": "aws_lambda_function.api.invoke_arn"}}), true
	case RESTAPI, HTTPAPI:
		count := func(k string) int64 {
			v, ok := a[k]
			if !ok {
				return 0
			}
			n, _ := v.AsBigFloat().Int64()
			return n
		}
		api := map[string]cty.Value{"id": s("a1"), "name": s("api")}
		if p, ok := a["policy"]; ok {
			api["policy"] = p
		}
		typ, ref := "aws_api_gateway_rest_api", "rest_api_id"
		members := map[string]string{"resources": "aws_api_gateway_resource", "stages": "aws_api_gateway_stage", "authorizers": "aws_api_gateway_authorizer"}
		if kind == HTTPAPI {
			api["protocol_type"] = s("HTTP")
			typ, ref = "aws_apigatewayv2_api", "api_id"
			members = map[string]string{"routes": "aws_apigatewayv2_route", "integrations": "aws_apigatewayv2_integration", "stages": "aws_apigatewayv2_stage"}
		}
		out := []Resource{{Type: typ, Name: "api", Values: api}}
		for _, k := range slices.Sorted(maps.Keys(members)) {
			for i := range count(k) {
				v := map[string]cty.Value{ref: s("a1")}
				refs := map[string]string{ref: typ + ".api.id"}
				switch members[k] {
				case "aws_api_gateway_resource":
					v["parent_id"], v["path_part"] = s("root"), s(fmt.Sprintf("p%03d", i))
				case "aws_api_gateway_stage":
					v["stage_name"], v["deployment_id"] = s(fmt.Sprintf("s%02d", i)), s("d1")
				case "aws_apigatewayv2_route":
					v["route_key"] = s(fmt.Sprintf("GET /p%03d", i))
				case "aws_apigatewayv2_integration":
					v["integration_type"] = s("HTTP_PROXY")
				case "aws_apigatewayv2_stage", "aws_api_gateway_authorizer":
					v["name"] = s(fmt.Sprintf("s%02d", i))
				}
				out = append(out, Resource{Type: members[k], Name: fmt.Sprintf("%s%03d", k, i), Values: v, Refs: refs})
			}
		}
		return out, true
	case FunctionUpdate:
		before, ok1 := AWS(Function, a["before"].AsValueMap())
		after, ok2 := AWS(Function, a["after"].AsValueMap())
		if !ok1 || !ok2 || len(before) != 1 || len(after) != 1 {
			return nil, false
		}
		after[0].Before = before[0].Values
		return after, true
	case Layer:
		return []Resource{{Type: "aws_lambda_layer_version", Name: "deps", Values: a}}, true
	case EventSource:
		worker := map[string]cty.Value{"function_name": s("worker"), "timeout": a["function_timeout"]}
		if mode, ok := a["function_tenant_isolation_mode"]; ok {
			worker["tenancy_config"] = block(map[string]cty.Value{"tenant_isolation_mode": mode})
		}
		source := s("arn:aws:sqs:us-east-1:123456789012:jobs")
		if arn, ok := a["event_source_arn"]; ok {
			source = arn
		}
		mapping := map[string]cty.Value{"event_source_arn": source, "function_name": s("worker")}
		pollers := map[string]cty.Value{}
		for _, k := range []string{"minimum_pollers", "maximum_pollers"} {
			if v, ok := a[k]; ok {
				pollers[k] = v
			}
		}
		if len(pollers) > 0 {
			mapping["provisioned_poller_config"] = block(pollers)
		}
		out := []Resource{{Type: "aws_lambda_function", Name: "worker", Values: worker},
			{Type: "aws_lambda_event_source_mapping", Name: "jobs", Values: mapping}}
		if strings.Contains(source.AsString(), ":sqs:") {
			out = append(out, Resource{Type: "aws_sqs_queue", Name: "jobs", Values: map[string]cty.Value{"name": s("jobs"),
				"arn": source, "visibility_timeout_seconds": a["visibility_timeout_seconds"]}})
		}
		return out, true
	case PollerGroup:
		n, _ := a["mappings"].AsBigFloat().Int64()
		out := []Resource{{Type: "aws_lambda_function", Name: "consumer", Values: map[string]cty.Value{"function_name": s("consumer")}}}
		for i := range n {
			out = append(out, Resource{Type: "aws_lambda_event_source_mapping", Name: fmt.Sprintf("m%03d", i), Values: map[string]cty.Value{
				"event_source_arn": s(fmt.Sprintf("arn:aws:kafka:us-east-1:123456789012:cluster/c%03d/uuid", i)), "function_name": s("consumer"),
				"provisioned_poller_config": block(map[string]cty.Value{"maximum_pollers": a["pollers"], "poller_group_name": s("orders")})}})
		}
		return out, true
	case ManagedKafka:
		n, _ := a["mappings"].AsBigFloat().Int64()
		out := []Resource{{Type: "aws_lambda_function", Name: "consumer", Values: map[string]cty.Value{"function_name": s("consumer"),
			"capacity_provider_config": block(map[string]cty.Value{"lambda_managed_instances_capacity_provider_config": block(map[string]cty.Value{
				"capacity_provider_arn": s("arn:aws:lambda:us-east-1:123456789012:capacity-provider:cp")})})}}}
		for i := range n {
			out = append(out, Resource{Type: "aws_lambda_event_source_mapping", Name: fmt.Sprintf("m%03d", i), Values: map[string]cty.Value{
				"event_source_arn": s(fmt.Sprintf("arn:aws:kafka:us-east-1:123456789012:cluster/c%03d/uuid", i)), "function_name": s("consumer")}})
		}
		return out, true
	case FunctionURL:
		fn := map[string]cty.Value{"function_name": s("api")}
		if mode, ok := a["tenant_isolation_mode"]; ok {
			fn["tenancy_config"] = block(map[string]cty.Value{"tenant_isolation_mode": mode})
		}
		return []Resource{{Type: "aws_lambda_function", Name: "api", Values: fn},
			{Type: "aws_lambda_function_url", Name: "api", Values: map[string]cty.Value{"function_name": s("api"), "authorization_type": s("AWS_IAM")}}}, true
	case Functions:
		var out []Resource
		for key, fn := range a["functions"].AsValueMap() {
			r, ok := AWS(Function, fn.AsValueMap())
			if !ok {
				return nil, false
			}
			r[0].Name = key
			out = append(out, r...)
		}
		return out, true
	case CapacityProvider:
		return []Resource{{Type: "aws_lambda_capacity_provider", Name: "cp", Values: map[string]cty.Value{"name": s("cp"),
			"capacity_provider_scaling_config": block(map[string]cty.Value{"max_vcpu_count": a["max_vcpu_count"]})}}}, true
	case CapacityProviders:
		n, _ := a["count"].AsBigFloat().Int64()
		out := make([]Resource, n)
		for i := range out {
			out[i] = Resource{Type: "aws_lambda_capacity_provider", Name: fmt.Sprintf("cp%04d", i),
				Values: map[string]cty.Value{"name": s(fmt.Sprintf("cp%04d", i))}}
		}
		return out, true
	case Policy:
		out := []Resource{{Type: "aws_lambda_function", Name: "api", Deployed: true,
			Values: map[string]cty.Value{"function_name": s("api"), "arn": a["function_arn"]}}}
		for i, p := range a["permissions"].AsValueSlice() {
			attrs := p.AsValueMap()
			attrs["function_name"] = s("api")
			out = append(out, Resource{Type: "aws_lambda_permission", Name: fmt.Sprintf("p%d", i), Values: attrs})
		}
		return out, true
	case Account:
		if _, ok := a["existing_code_storage_bytes"]; ok {
			return nil, false
		}
		var out []Resource
		for key, attr := range map[string]string{"reserved": "reserved_concurrent_executions", "provisioned": "provisioned_concurrent_executions"} {
			list, ok := a[attr]
			if !ok {
				continue
			}
			for i, v := range list.AsValueSlice() {
				name := fmt.Sprintf("%s-%d", key, i)
				fn := map[string]cty.Value{"function_name": s(name)}
				if key == "reserved" {
					fn["reserved_concurrent_executions"] = v
				} else {
					out = append(out, Resource{Type: "aws_lambda_provisioned_concurrency_config", Name: name, Values: map[string]cty.Value{
						"function_name": s(name), "qualifier": s("live"), "provisioned_concurrent_executions": v}})
				}
				out = append(out, Resource{Type: "aws_lambda_function", Name: name, Values: fn})
			}
		}
		return out, true
	}
	return nil, false
}

// setPath sets an AWS provider's value at a path through blocks, each a
// list of one object.
func setPath(obj map[string]cty.Value, path []string, v cty.Value) {
	if len(path) == 1 {
		obj[path[0]] = v
		return
	}
	inner := map[string]cty.Value{}
	if b, ok := obj[path[0]]; ok {
		inner = b.AsValueSlice()[0].AsValueMap()
	}
	setPath(inner, path[1:], v)
	obj[path[0]] = cty.ListVal([]cty.Value{cty.ObjectVal(inner)})
}

// HCL writes resources as a configuration: lists of objects, the AWS
// provider's blocks, as nested blocks.
func HCL(resources []Resource) string {
	f := hclwrite.NewEmptyFile()
	for _, r := range resources {
		values := maps.Clone(r.Values)
		body := f.Body().AppendNewBlock("resource", []string{r.Type, r.Name}).Body()
		for _, k := range slices.Sorted(maps.Keys(r.Refs)) {
			delete(values, k)
			var traversal hcl.Traversal
			for i, part := range strings.Split(r.Refs[k], ".") {
				if i == 0 {
					traversal = append(traversal, hcl.TraverseRoot{Name: part})
				} else {
					traversal = append(traversal, hcl.TraverseAttr{Name: part})
				}
			}
			body.SetAttributeTraversal(k, traversal)
		}
		writeBody(body, values)
	}
	return string(f.Bytes())
}

func writeBody(body *hclwrite.Body, values map[string]cty.Value) {
	for _, k := range slices.Sorted(maps.Keys(values)) {
		v := values[k]
		if blocks, ok := objectList(v); ok {
			for _, b := range blocks {
				writeBody(body.AppendNewBlock(k, nil).Body(), b.AsValueMap())
			}
			continue
		}
		body.SetAttributeValue(k, v)
	}
}

// objectList is a list of objects: how a resource holds its blocks.
func objectList(v cty.Value) ([]cty.Value, bool) {
	t := v.Type()
	if !v.IsKnown() || v.IsNull() || !t.IsListType() && !t.IsTupleType() || v.LengthInt() == 0 {
		return nil, false
	}
	elems := v.AsValueSlice()
	for _, e := range elems {
		if !e.Type().IsObjectType() {
			return nil, false
		}
	}
	return elems, true
}

// ResourceRows are the rows of the given quotas that the AWS provider's
// resources can show, as those resources at the limit and one past it:
// the table's rows, with a module's functions in one VPC for ENIs per VPC
// (each on its own subnet and one they share) and one function's
// reservation for the floor, which the table gives as account totals.
func ResourceRows(tb testing.TB, ids []quota.ID) map[quota.ID][2][]Resource {
	tb.Helper()
	out := map[quota.ID][2][]Resource{}
	for _, row := range Rows(tb) {
		if !slices.Contains(ids, row.Reported) || row.Kind == Account || row.Kind == VPC {
			continue
		}
		at, ok1 := AWS(row.Kind, row.At)
		past, ok2 := AWS(row.Kind, row.Past)
		if ok1 && ok2 {
			out[row.Reported] = [2][]Resource{at, past}
		}
	}
	s := cty.StringVal
	fleet := func(n int) []Resource {
		out := make([]Resource, n)
		for i := range out {
			out[i] = Resource{Type: "aws_lambda_function", Name: fmt.Sprintf("f%d", i), Values: map[string]cty.Value{
				"function_name": s(fmt.Sprintf("f%d", i)),
				"vpc_config": cty.ListVal([]cty.Value{cty.ObjectVal(map[string]cty.Value{
					"subnet_ids":         cty.ListVal([]cty.Value{s("subnet-shared"), s(fmt.Sprintf("subnet-%d", i))}),
					"security_group_ids": cty.ListVal([]cty.Value{s("sg")}),
				})}),
			}}
		}
		return out
	}
	if slices.Contains(ids, quota.ENIsPerVPC) {
		out[quota.ENIsPerVPC] = [2][]Resource{fleet(249), fleet(250)}
	}
	reserved := func(n int64) []Resource {
		return []Resource{{Type: "aws_lambda_function", Name: "api", Values: map[string]cty.Value{
			"function_name": s("api"), "reserved_concurrent_executions": cty.NumberIntVal(n)}}}
	}
	if slices.Contains(ids, quota.UnreservedConcurrencyMin) {
		out[quota.UnreservedConcurrencyMin] = [2][]Resource{reserved(900), reserved(901)}
	}
	return out
}
