package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var _ function.Function = &CheckFunctionFunction{}

// CheckFunctionFunction checks an aws_lambda_function-shaped object.
type CheckFunctionFunction struct{}

// NewCheckFunctionFunction returns the check_function function.
func NewCheckFunctionFunction() function.Function {
	return &CheckFunctionFunction{}
}

func (f *CheckFunctionFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "check_function"
}

func (f *CheckFunctionFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary: "Check a Lambda function against every per-function quota",
		MarkdownDescription: "Returns `true` when the function fits every per-function Lambda quota, and fails with every violation " +
			"listed (quota, measured value, limit) otherwise. Made for `postcondition { condition = provider::lambdaquota::check_function(self) }` " +
			"on an `aws_lambda_function`: a certain violation fails `plan` even while the function is being created and its `arn` " +
			"is unknown. When a value the checks need is unknown and nothing is certainly wrong, it returns unknown so Terraform " +
			"decides the condition once the value is known. Also takes any object with a subset of the attributes, or the flat " +
			"argument names of `lambdaquota_function`.",
		Parameters: []function.Parameter{
			function.DynamicParameter{
				Name: "function",
				MarkdownDescription: "An `aws_lambda_function` object (`self`), or an object with some of its attributes " +
					"(`environment[0].variables`, `ephemeral_storage[0].size`, `vpc_config[0].subnet_ids`, `s3_bucket`...) or " +
					"the flat names of `lambdaquota_function` (`environment_variables`, `ephemeral_storage_size`, `subnet_ids`, `uploaded_via_s3`...).",
				AllowUnknownValues: true,
			},
		},
		VariadicParameter: function.DynamicParameter{
			Name:                "options",
			MarkdownDescription: optionsDescription,
			AllowUnknownValues:  true,
		},
		Return: function.BoolReturn{},
	}
}

func (f *CheckFunctionFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	runObjectCheck(ctx, req, resp, "function", func(d dyn, opts functionOptions, limits quota.Limits) (quota.Result, error) {
		fn, err := decodeFunction(d, opts)
		if err != nil {
			return quota.Result{}, err
		}
		return quota.CheckFunction(limits, fn).Result, nil
	})
}
