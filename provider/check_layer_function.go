package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var checkLayer = check{
	name:    "layer",
	summary: "Check a Lambda layer version against its quotas",
	description: "Checks a layer version against " + everyQuota(quota.CategoryLayer, "layer") + ", and its .zip against the " +
		amount(quota.ZippedPackageMaxBytes) + " direct-upload quota (unless `s3_bucket` is set) and the " +
		amount(quota.UnzippedPackageMaxBytes) + " unzipped quota. Made for a postcondition on `aws_lambda_layer_version` with `self`.",
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
