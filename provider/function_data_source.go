package provider

import (
	"context"
	"maps"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var _ datasource.DataSourceWithValidateConfig = &functionDataSource{}

// functionDataSource checks one Lambda function's configuration.
type functionDataSource struct {
	checkingDataSource
}

// newFunctionDataSource returns the lambdaquota_function data source.
func newFunctionDataSource() datasource.DataSource {
	return &functionDataSource{checkingDataSource{
		computed: slices.Sorted(maps.Keys(functionMeasurements)),
		measure: func(dc *decode.Decoder, cfg decode.Val, limits quota.Limits) (quota.Result, map[string]attr.Value) {
			rep := quota.CheckFunction(limits, dc.Function(cfg, decode.Val{}))
			return rep.Result, functionReportValues(rep)
		},
	}}
}

func (d *functionDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_function"
}

func (d *functionDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	attrs := functionArguments()
	for name, desc := range functionMeasurements {
		attrs[name] = schema.Int64Attribute{Computed: true, MarkdownDescription: desc}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Checks one Lambda function's configuration against " + everyQuota(quota.CategoryFunction, "per-function") +
			", such as the " + amount(quota.EnvironmentVariablesMaxBytes) + " environment as AWS measures it and the " +
			amount(quota.UnzippedPackageMaxBytes) + " unzipped total of code plus layers, and its reserved concurrency against the " +
			"account's unreserved floor. Arguments are named like `aws_lambda_function`'s, so the same locals can feed both.\n\n" + whenChecked,
		Attributes: attrs,
	}
}

// functionMeasurements are the computed attributes of lambdaquota_function,
// and of each result of lambdaquota_functions.
var functionMeasurements = map[string]string{
	"environment_variables_bytes": "Size of the environment variables as AWS measures it.",
	"package_zipped_bytes":        "Size of the `filename` zip; null when there is none or it cannot be read.",
	"package_unzipped_bytes":      "Unzipped size of the `filename` zip, from its central directory.",
	"total_unzipped_bytes":        "Unzipped size of the function code plus its layers.",
	"hyperplane_enis":             "Hyperplane ENIs this function needs in its VPC: one per distinct subnet, when it has security groups.",
}

// functionReportValues are a function's measurements by attribute name.
func functionReportValues(rep quota.FunctionReport) map[string]attr.Value {
	return map[string]attr.Value{
		"environment_variables_bytes": measured(rep.EnvironmentVariablesBytes),
		"package_zipped_bytes":        measured(rep.PackageZippedBytes),
		"package_unzipped_bytes":      measured(rep.PackageUnzippedBytes),
		"total_unzipped_bytes":        measured(rep.TotalUnzippedBytes),
		"hyperplane_enis":             measured(rep.HyperplaneENIs),
	}
}

// functionArguments are the arguments of lambdaquota_function, and of each
// function of lambdaquota_functions.
func functionArguments() map[string]schema.Attribute {
	return flatArguments("aws_lambda_function", functionArgumentDescriptions())
}

// flatArguments are a data source's arguments for a resource: the attribute
// table's rows of it that the data sources take, with their types from the
// table and their prose by name.
func flatArguments(typ string, prose map[string]string) map[string]schema.Attribute {
	out := map[string]schema.Attribute{}
	for _, a := range decode.AttributesOf(typ).Arguments {
		if a.DataSource {
			out[a.Name] = flatAttribute(a.Type, prose[a.Name])
		}
	}
	return out
}

// flatAttribute is an optional data-source argument of a table type.
func flatAttribute(typ, desc string) schema.Attribute {
	switch typ {
	case "string":
		return schema.StringAttribute{Optional: true, MarkdownDescription: desc}
	case "number":
		return schema.NumberAttribute{Optional: true, MarkdownDescription: desc}
	case "bool":
		return schema.BoolAttribute{Optional: true, MarkdownDescription: desc}
	case "list(string)":
		return schema.ListAttribute{ElementType: types.StringType, Optional: true, MarkdownDescription: desc}
	case "map(string)":
		return schema.MapAttribute{ElementType: types.StringType, Optional: true, MarkdownDescription: desc}
	}
	panic("provider: no data-source attribute of type " + typ)
}

// functionArgumentDescriptions are the prose of lambdaquota_function's
// arguments, by flat name; their numbers come from the catalog.
func functionArgumentDescriptions() map[string]string {
	return map[string]string{
		"function_name": "The function's name: 1 to " + number(quota.FunctionNameMaxLength) + " letters, digits, hyphens and underscores.",
		"package_type":  "`Zip` (the default) or `Image`.",
		"memory_size": "Memory in MB: " + between(quota.FunctionMemoryMinMB, quota.FunctionMemoryMaxMB) + ", or " +
			between(quota.LMIFunctionMemoryMinMB, quota.LMIFunctionMemoryMaxMB) + " on Lambda Managed Instances.",
		"timeout": "Timeout in seconds: " + between(quota.FunctionTimeoutMinSeconds, quota.FunctionTimeoutMaxSeconds) + ", or up to " +
			amount(quota.LMIFunctionTimeoutMaxSeconds) + " on Lambda Managed Instances.",
		"capacity_provider_arn": "The capacity provider of a function on Lambda Managed Instances " +
			"(`capacity_provider_config.lambda_managed_instances_capacity_provider_config.capacity_provider_arn`). When set, " +
			"the memory, timeout and capacity limits of Lambda Managed Instances apply; when unknown, only a value outside both " +
			"platforms' limits fails.",
		"execution_environment_memory_gib_per_vcpu": "Memory per vCPU of a function on Lambda Managed Instances: " +
			between(quota.LMIMemoryGiBPerVCPUMin, quota.LMIMemoryGiBPerVCPUMax) + "; fractions are allowed.",
		"per_execution_environment_max_concurrency": "Concurrent requests per execution environment on Lambda Managed Instances: " +
			between(quota.LMIEnvironmentConcurrencyMin, quota.LMIEnvironmentConcurrencyMax) + ".",
		"provisioned_concurrent_executions": "Provisioned concurrency of one of the function's versions or aliases " +
			"(`aws_lambda_provisioned_concurrency_config`): at most the reserved concurrency when one is set, and otherwise within " +
			"what the account can reserve.",
		"ephemeral_storage_size": "`/tmp` size in MB (`ephemeral_storage.size`): " +
			between(quota.EphemeralStorageMinMB, quota.EphemeralStorageMaxMB) + ".",
		"runtime": "The function's runtime (`runtime`). A deprecated runtime is a warning with the dates from which Lambda refuses " +
			"to create and to update functions on it (a saved plan, which knows which the plan does, fails it). SnapStart supports: " +
			strings.Join(quota.DefaultLimits().Quota(quota.SnapStartRuntime).Values, ", ") + " and later of each family.",
		"snap_start_apply_on": "`snap_start.apply_on`: `PublishedVersions` turns SnapStart on, which rules out large `/tmp`, " +
			"Amazon EFS, provisioned concurrency and tenant isolation.",
		"file_system_arn":       "The Amazon EFS access point the function mounts (`file_system_config.arn`), which SnapStart rules out.",
		"tenant_isolation_mode": "`tenancy_config.tenant_isolation_mode`: `PER_TENANT` rules out SnapStart and provisioned concurrency.",
		"durable_execution_timeout": "A durable function's execution timeout in seconds (`durable_config.execution_timeout`), " +
			"across all its invocations: " + between(quota.DurableExecutionTimeoutMinSeconds, quota.DurableExecutionTimeoutMaxSeconds) + ".",
		"durable_retention_period": "How many days a durable function's execution history is kept (`durable_config.retention_period`): " +
			between(quota.DurableRetentionPeriodMinDays, quota.DurableRetentionPeriodMaxDays) + ".",
		"environment_variables": "The function's environment variables (`environment.variables`). AWS allows " +
			amount(quota.EnvironmentVariablesMaxBytes) + ", counted as the compact JSON of the map. Keys match " +
			"`[a-zA-Z]([a-zA-Z0-9_])+` and may not be one Lambda reserves, such as `AWS_REGION`.",
		"layers": "Layer version ARNs: at most " + number(quota.FunctionLayersMax) + ", together with `layer_filenames`.",
		"filename": "Path of the local .zip package. Its size is read from the zip's central directory, without decompressing. " +
			"A file that does not exist yet (built during apply) gives a warning and skips the size checks.",
		"publish": "Set when the function publishes a version (`publish`). On `lambdaquota_functions`, each function published on " +
			"a capacity provider holds at least one of the " + number(quota.CapacityProviderFunctionVersionsMax) + " function versions it runs.",
		"uploaded_via_s3": "Set when the package is uploaded through S3 (`s3_bucket`), where the " + amount(quota.ZippedPackageMaxBytes) +
			" direct-upload limit does not apply; the unzipped limit still does.",
		"layer_filenames":      "Local .zip packages of the function's layers, counted into the unzipped total and the number of layers.",
		"layer_unzipped_bytes": "Declared unzipped size, in bytes, of layers that are not local files, counted into the unzipped total.",
		"image_size_bytes": "Declared uncompressed size of the container image, in bytes, when `package_type` is `Image`: at most " +
			amount(quota.ContainerImageMaxBytes) + ".",
		"reserved_concurrent_executions": "Reserved concurrency; `-1` reserves none. It must leave the account's unreserved floor: at most " +
			quotaDifference(quota.ConcurrentExecutions, quota.UnreservedConcurrencyMin) + " with the default quotas.",
		"region": "The function's Region, as the AWS provider's `region` argument sets it. On `lambdaquota_functions`, functions in " +
			"different Regions share no concurrency, code storage or policy; leave it out for the provider's Region.",
		"subnet_ids":         "VPC subnet IDs (`vpc_config.subnet_ids`): at most " + number(quota.FunctionSubnetsMax) + ".",
		"security_group_ids": "VPC security group IDs (`vpc_config.security_group_ids`): at most " + number(quota.FunctionSecurityGroupsMax) + ".",
		"architectures":      "Instruction set: one of `x86_64` or `arm64`.",
		"handler":            "The handler: at most " + amount(quota.HandlerMaxLength) + ", with no white space.",
		"description":        "The description: at most " + amount(quota.DescriptionMaxLength) + ".",
		"tags": "Every tag the function gets: its `tags` merged with the AWS provider's `default_tags`, as `tags_all` holds " +
			"them. AWS allows " + number(quota.FunctionTagsMax) + " tags, keys of 1 to " + amount(quota.TagKeyMaxLength) +
			" and values of up to " + amount(quota.TagValueMaxLength) + "; keys beginning with `aws:` are AWS's own and do not count.",
	}
}

// whenChecked says, on every checking data source, when its checks run.
const whenChecked = "**When the checks run.** Every check whose outcome the known arguments already decide runs in the " +
	"validation pass that starts every `plan` (and `terraform validate`), even when another argument is unknown and the " +
	"read waits for apply: literals and locals built from them are checked there, and a known part that is already too " +
	"large fails whatever the unknown part turns out to be. Values from variables are known only later, during plan; when " +
	"another argument is unknown until apply (such as an attribute of a resource being created), Terraform reads the data " +
	"source at apply, and those values cannot be checked before. To check them at plan, put the provider-defined function " +
	"on the real resource, which Terraform evaluates during plan with whatever is known: " +
	"`postcondition { condition = provider::lambdaquota::check_function(self) }`."

// quotaDifference is the default of one quota less another, such as the
// concurrency that can be reserved.
func quotaDifference(a, b quota.ID) string {
	return strings.TrimSpace(quota.FormatAmount(catalogLimits.Value(a)-catalogLimits.Value(b), ""))
}
