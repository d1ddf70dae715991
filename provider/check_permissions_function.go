package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

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
