package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var _ function.Function = &CheckLayerFunction{}

// CheckLayerFunction checks an aws_lambda_layer_version-shaped object.
type CheckLayerFunction struct{}

// NewCheckLayerFunction returns the check_layer function.
func NewCheckLayerFunction() function.Function {
	return &CheckLayerFunction{}
}

func (f *CheckLayerFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "check_layer"
}

func (f *CheckLayerFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary: "Check a Lambda layer version against its quotas",
		MarkdownDescription: "Returns `true` when the layer's .zip fits the 50 MB direct-upload quota (unless `s3_bucket` is set) and the " +
			"250 MB unzipped quota, and its compatible runtimes (15) and architectures (2) are within their quotas; fails with every " +
			"violation listed otherwise, and returns unknown when an input it needs is unknown. Made for a postcondition on " +
			"`aws_lambda_layer_version` with `self`.",
		Parameters: []function.Parameter{
			function.DynamicParameter{
				Name:                "layer",
				MarkdownDescription: "An `aws_lambda_layer_version` object (`self`) or an object with some of its attributes, or the arguments of `lambdaquota_layer`.",
				AllowUnknownValues:  true,
			},
		},
		VariadicParameter: function.DynamicParameter{
			Name:                "options",
			MarkdownDescription: "Optional object with `quotas` (map of number), as for `check_function`.",
			AllowUnknownValues:  true,
		},
		Return: function.BoolReturn{},
	}
}

func (f *CheckLayerFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	runObjectCheck(ctx, req, resp, "layer", func(d dyn, _ functionOptions, limits quota.Limits) (quota.Result, error) {
		layer, err := decodeLayer(d)
		if err != nil {
			return quota.Result{}, err
		}
		return quota.CheckLayer(limits, layer).Result, nil
	})
}
