package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

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
