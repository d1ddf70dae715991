package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var checkFunction = check{
	name:    "function",
	summary: "Check a Lambda function against every per-function quota",
	description: "Checks one Lambda function against " + everyQuota(quota.CategoryFunction, "per-function") + ", and its reserved " +
		"concurrency against the account's unreserved floor; the limits of Lambda Managed Instances apply when the function has a " +
		"`capacity_provider_config`. Made for `postcondition { condition = provider::lambdaquota::check_function(self) }` " +
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
