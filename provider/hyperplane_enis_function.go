package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/diagnostic"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var _ function.Function = &hyperplaneENIsFunction{}

// hyperplaneENIsFunction counts the Hyperplane ENIs of a set of functions.
type hyperplaneENIsFunction struct{}

// newHyperplaneENIsFunction returns the hyperplane_enis function.
func newHyperplaneENIsFunction() function.Function {
	return &hyperplaneENIsFunction{}
}

func (f *hyperplaneENIsFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "hyperplane_enis"
}

func (f *hyperplaneENIsFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary: "Hyperplane ENIs Lambda creates for a set of functions",
		MarkdownDescription: "Returns the number of distinct pairs of subnet and security-group set across the functions: Lambda " +
			"creates one Hyperplane ENI for each. Security-group order and duplicates do not matter; functions without a VPC " +
			"configuration need none. Unknown while any subnet or security group id is unknown.",
		Parameters: []function.Parameter{
			function.DynamicParameter{
				Name:                "functions",
				MarkdownDescription: "A list, set or `for_each` map of `aws_lambda_function` objects or of `{subnet_ids, security_group_ids}` objects.",
				AllowUnknownValues:  true,
			},
		},
		Return: function.Int64Return{},
	}
}

func (f *hyperplaneENIsFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var arg types.Dynamic
	resp.Error = req.Arguments.Get(ctx, &arg)
	if resp.Error != nil {
		return
	}
	v, ferr := toCty(ctx, arg, 0)
	if ferr != nil {
		resp.Error = ferr
		return
	}
	dc := &decode.Decoder{}
	fns := dc.VPCFunctions(decode.New(v, "functions"))
	if errs := dc.Errors(); len(errs) > 0 {
		resp.Error = diagnostic.ArgumentError(errs, map[string]int64{"functions": 0})
		return
	}
	if fns.Unknown {
		resp.Error = resp.Result.Set(ctx, types.Int64Unknown())
		return
	}
	n, complete := quota.HyperplaneENIs(fns.V)
	if !complete {
		resp.Error = resp.Result.Set(ctx, types.Int64Unknown())
		return
	}
	resp.Error = resp.Result.Set(ctx, types.Int64Value(n))
}
