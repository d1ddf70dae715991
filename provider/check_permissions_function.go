package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var _ function.Function = &CheckPermissionsFunction{}

// CheckPermissionsFunction checks the policy that a function's permissions build.
type CheckPermissionsFunction struct{}

// NewCheckPermissionsFunction returns the check_permissions function.
func NewCheckPermissionsFunction() function.Function {
	return &CheckPermissionsFunction{}
}

func (f *CheckPermissionsFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "check_permissions"
}

func (f *CheckPermissionsFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary: "Check that a function's permissions fit its 20 KB resource-based policy",
		MarkdownDescription: "Returns `true` when the estimated resource-based policy built from the permissions fits " +
			"`resource_policy_max_bytes` (20480), and fails naming the largest statements otherwise. Unknown parts (a function " +
			"ARN or statement id not known until apply) are not guessed: they count as their shortest form, and the function " +
			"returns unknown unless even that is too large. Made for a precondition listing `values(aws_lambda_permission.triggers)`.",
		Parameters: []function.Parameter{
			function.StringParameter{
				Name:                "function_arn",
				MarkdownDescription: "The function's ARN, as in its policy's `Resource`.",
				AllowUnknownValues:  true,
			},
			function.DynamicParameter{
				Name:                "permissions",
				MarkdownDescription: "A list of `aws_lambda_permission` objects, or of objects with their argument names.",
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

func (f *CheckPermissionsFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var arn types.String
	var perms types.Dynamic
	var variadic []types.Dynamic
	resp.Error = req.Arguments.Get(ctx, &arn, &perms, &variadic)
	if resp.Error != nil {
		return
	}
	_, limits, known, ferr := optionsArgument(variadic, 2)
	if ferr != nil {
		resp.Error = ferr
		return
	}
	permissions, err := decodePermissions(newDyn(perms, "permissions"))
	if err != nil {
		resp.Error = function.NewArgumentFuncError(1, err.Error())
		return
	}
	rep := quota.CheckPolicy(limits, quota.Policy{FunctionARN: stringValue(arn), Permissions: permissions})
	checkOutcome(ctx, resp, rep.Result, known)
}
