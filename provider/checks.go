package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

const quotasOption = "`quotas` (map of number by quota id, with the rules of the provider's `quotas`): functions cannot see the " +
	"provider's configuration, so pass `data.lambdaquota_limits.<name>.quotas` to check against your account's values"

var checkFunction = check{
	name:    "function",
	summary: "Check a Lambda function against every per-function quota",
	description: "Checks one Lambda function against every per-function quota: memory, timeout, `/tmp`, the environment as AWS " +
		"measures it, the zipped and unzipped package with its layers, layers, subnets, security groups, name, handler, " +
		"description, reserved concurrency, environment variable keys, and the limits of Lambda Managed Instances when the " +
		"function has a `capacity_provider_config`. Made for `postcondition { condition = provider::lambdaquota::check_function(self) }` " +
		"on an `aws_lambda_function`, which Terraform evaluates during plan even while the function is being created.",
	params: []function.DynamicParameter{{
		Name: "function",
		MarkdownDescription: "One `aws_lambda_function` object (`self`, or one element of a `for_each` or `count` resource), or an " +
			"object with some of its arguments (`environment[0].variables`, `ephemeral_storage[0].size`, `vpc_config[0].subnet_ids`, " +
			"`s3_bucket`...) or with the flat argument names of `lambdaquota_function` (`environment_variables`, `subnet_ids`, " +
			"`uploaded_via_s3`...). A collection of functions is refused with what to pass instead; a key that looks like a " +
			"misspelt argument is an error. Environment values that are numbers or bools count as Terraform converts them.",
	}},
	options: "Optional object with " + quotasOption + "; `layer_filenames` (local layer zips, counted into the unzipped total " +
		"and the layer count), `layer_unzipped_bytes` (declared unzipped size of other layers), `image_size_bytes` and " +
		"`provisioned_concurrent_executions` (of a version or alias, checked against the function's reservation). Any other key is an error.",
	run: func(dc *decode.Decoder, args []decode.Val, opts decode.Val) quota.Result {
		limits := dc.Options(opts, decode.FunctionOptionKeys)
		fn := dc.Function(args[0], opts)
		return quota.CheckFunction(limits, fn).Result
	},
}

var checkLayer = check{
	name:    "layer",
	summary: "Check a Lambda layer version against its quotas",
	description: "Checks a layer version's .zip against the " + amount(quota.ZippedPackageMaxBytes) + " direct-upload quota " +
		"(unless `s3_bucket` is set) and the " + amount(quota.UnzippedPackageMaxBytes) + " unzipped quota, and its compatible " +
		"runtimes (at most " + number(quota.LayerCompatibleRuntimesMax) + ") and architectures (at most " +
		number(quota.LayerCompatibleArchitecturesMax) + "). Made for a postcondition on `aws_lambda_layer_version` with `self`.",
	params: []function.DynamicParameter{{
		Name: "layer",
		MarkdownDescription: "One `aws_lambda_layer_version` object (`self`) or an object with some of its arguments, or the " +
			"arguments of `lambdaquota_layer`.",
	}},
	options: "Optional object with " + quotasOption + ". Any other key is an error.",
	run: func(dc *decode.Decoder, args []decode.Val, opts decode.Val) quota.Result {
		limits := dc.Options(opts, decode.QuotasOptionKeys)
		return quota.CheckLayer(limits, dc.Layer(args[0])).Result
	},
}

var checkVPC = check{
	name:    "vpc",
	summary: "Check that a VPC has network interfaces for its Lambda functions and EFS mount targets",
	description: "Checks the ENIs a VPC needs (one Hyperplane ENI per distinct subnet and security-group set used by the " +
		"functions, plus EFS mount targets and other ENIs) against `enis_per_vpc` (" + number(quota.ENIsPerVPC) + " by default). " +
		"Unknown subnet or security group ids are never guessed: only pairs that are certainly distinct count. Made for a " +
		"precondition on a `terraform_data` resource that lists the VPC's functions.",
	params: []function.DynamicParameter{{
		Name: "vpc",
		MarkdownDescription: "An object with `functions` (a list, set or `for_each` map of `aws_lambda_function` objects or of " +
			"`{subnet_ids, security_group_ids}`), `efs_mount_targets` (a number, or a list or `for_each` map of " +
			"`aws_efs_mount_target` objects, which are counted), `other_enis` (number), `vpc_id` (for messages) and " + quotasOption +
			". Any other key is an error.",
	}},
	run: func(dc *decode.Decoder, args []decode.Val, _ decode.Val) quota.Result {
		vpc := dc.VPC(args[0])
		limits := dc.Quotas(quota.DefaultLimits(), args[0].Get("quotas"))
		return quota.CheckVPC(limits, vpc).Result
	},
}

var checkPermissions = check{
	name:    "permissions",
	summary: "Check that a function's permissions fit its resource-based policy",
	description: "Estimates the resource-based policy that the permissions build and checks it against `resource_policy_max_bytes` (" +
		amount(quota.ResourcePolicyMaxBytes) + "), naming the largest statements. Unknown parts (an ARN or statement id not " +
		"known until apply) count as their shortest form. Made for a precondition listing the function's `aws_lambda_permission` resources.",
	params: []function.DynamicParameter{
		{Name: "function_arn", MarkdownDescription: "The function's ARN, as in its policy's `Resource`."},
		{Name: "permissions", MarkdownDescription: "A list, set or `for_each` map of `aws_lambda_permission` objects, or of objects with their argument names."},
	},
	options: "Optional object with " + quotasOption + ". Any other key is an error.",
	run: func(dc *decode.Decoder, args []decode.Val, opts decode.Val) quota.Result {
		limits := dc.Options(opts, decode.QuotasOptionKeys)
		policy := quota.Policy{FunctionARN: dc.String(args[0]), Permissions: dc.Permissions(args[1])}
		return quota.CheckPolicy(limits, policy).Result
	},
}

var checkProvisionedConcurrency = check{
	name:    "provisioned_concurrency",
	summary: "Check a provisioned concurrency configuration against its function's reserved concurrency",
	description: "Checks that an `aws_lambda_provisioned_concurrency_config` asks for no more than its function's reserved " +
		"concurrency, when the function reserves some, and otherwise that it leaves the account's unreserved floor (" +
		number(quota.UnreservedConcurrencyMin) + ", or the whole concurrency quota when that is lower). Made for a " +
		"postcondition on the configuration, with `self` and the function it configures.",
	params: []function.DynamicParameter{
		{Name: "config", MarkdownDescription: "The `aws_lambda_provisioned_concurrency_config` object, or an object with its `provisioned_concurrent_executions`."},
		{Name: "function", MarkdownDescription: "The `aws_lambda_function` it configures, or an object with its `reserved_concurrent_executions`."},
	},
	options: "Optional object with " + quotasOption + ". Any other key is an error.",
	run: func(dc *decode.Decoder, args []decode.Val, opts decode.Val) quota.Result {
		limits := dc.Options(opts, decode.QuotasOptionKeys)
		return quota.CheckProvisionedConcurrency(limits, dc.ProvisionedConcurrency(args[0], args[1]))
	},
}

var checkEventSource = check{
	name:    "event_source",
	summary: "Check that an SQS queue's visibility timeout covers the function it triggers",
	description: "Checks that the visibility timeout of the `aws_sqs_queue` behind an `aws_lambda_event_source_mapping` is at " +
		"least the timeout of the `aws_lambda_function` it triggers, which `CreateEventSourceMapping` requires. Absent values " +
		"take AWS's defaults: 30 seconds for the queue, 3 for the function. A mapping whose `event_source_arn` is known not to " +
		"be an SQS queue passes. Made for a postcondition on the mapping, with `self`.",
	params: []function.DynamicParameter{
		{Name: "mapping", MarkdownDescription: "The `aws_lambda_event_source_mapping` object, or an object with its `event_source_arn`."},
		{Name: "queue", MarkdownDescription: "The `aws_sqs_queue` object, or an object with its `name` and `visibility_timeout_seconds`."},
		{Name: "function", MarkdownDescription: "The `aws_lambda_function` object, or an object with its `function_name` and `timeout`."},
	},
	run: func(dc *decode.Decoder, args []decode.Val, _ decode.Val) quota.Result {
		e, ok := dc.EventSource(args[0], args[1], args[2])
		if !ok {
			return quota.Result{}
		}
		return quota.CheckEventSource(quota.DefaultLimits(), e)
	},
}

var checkFunctions = check{
	name:    "functions",
	summary: "Check a fleet of Lambda functions in one call",
	description: "Checks every function of a fleet (a `for_each` map, or a list, set or tuple of `aws_lambda_function` objects " +
		"or of objects with `lambdaquota_function`'s names) against every per-function quota, naming each by its key or index, " +
		"and the checks the fleet shares: Hyperplane ENIs per VPC (functions that share a subnet, or a known `vpc_id`, are " +
		"certainly in one VPC; others are never guessed to be), and in each Region (the functions' `region`, as the AWS provider " +
		"v6 plans it) the reserved and provisioned concurrency total against the unreserved floor and the code storage of the " +
		"local packages. A function whose Region is unknown may join any Region, so a total it could join is undecided, never " +
		"passed. A Region's finding names the functions that spend it. One call costs a plan far less than a condition on " +
		"each function: see the Large stacks guide. Made for one `precondition` or `check` block over `aws_lambda_function.fleet`.",
	params: []function.DynamicParameter{{
		Name: "functions",
		MarkdownDescription: "A map (`aws_lambda_function.fleet` of a `for_each` resource), list, set or tuple of " +
			"`aws_lambda_function` objects, or of objects with `lambdaquota_function`'s argument names.",
	}},
	options: "Optional object with the keys of `check_function`'s options, which apply to every function, and " +
		"`efs_mount_targets` (a number counted in every VPC the fleet uses, or a collection of `aws_efs_mount_target` objects, " +
		"each counted in the VPC of the functions on its subnet), `other_enis` (counted in every VPC) and " +
		"`existing_code_storage_bytes`. Any other key is an error.",
	run: func(dc *decode.Decoder, args []decode.Val, opts decode.Val) quota.Result {
		limits := dc.Options(opts, decode.FleetOptionKeys)
		return quota.CheckFleet(limits, dc.Fleet(args[0], opts)).Result
	},
}
