package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var _ function.Function = &CheckVPCFunction{}

// CheckVPCFunction checks the ENIs a VPC needs.
type CheckVPCFunction struct{}

// NewCheckVPCFunction returns the check_vpc function.
func NewCheckVPCFunction() function.Function {
	return &CheckVPCFunction{}
}

func (f *CheckVPCFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "check_vpc"
}

func (f *CheckVPCFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary: "Check that a VPC has network interfaces for its Lambda functions and EFS mount targets",
		MarkdownDescription: "Returns `true` when the VPC's ENIs (one Hyperplane ENI per distinct subnet and security-group set used by " +
			"the functions, plus EFS mount targets and other ENIs) fit `enis_per_vpc`, and fails with the breakdown otherwise. Unknown " +
			"subnet or security group ids are never guessed: only certain pairs count, and the function returns unknown when the " +
			"total cannot be decided. Made for a precondition on a `terraform_data` resource that lists the VPC's functions.",
		Parameters: []function.Parameter{
			function.DynamicParameter{
				Name: "vpc",
				MarkdownDescription: "An object: `functions` (a list of `aws_lambda_function` objects or of `{subnet_ids, security_group_ids}`), " +
					"`efs_mount_targets` (a number, or a list of `aws_efs_mount_target` objects, which are counted), `other_enis` (number), " +
					"and optional `vpc_id` (for messages) and `quotas` (map of number, as for the provider).",
				AllowUnknownValues: true,
			},
		},
		Return: function.BoolReturn{},
	}
}

func (f *CheckVPCFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var arg types.Dynamic
	resp.Error = req.Arguments.Get(ctx, &arg)
	if resp.Error != nil {
		return
	}
	d := newDyn(arg, "vpc")
	if d.unknown() {
		resp.Error = resp.Result.Set(ctx, types.BoolUnknown())
		return
	}
	limits, known, err := quotasArgument(d.get("quotas"))
	if err != nil {
		resp.Error = function.NewArgumentFuncError(0, err.Error())
		return
	}
	dc := &decoder{}
	fns, err := decodeVPCFunctions(d.get("functions"))
	dc.keep(err)
	vpc := quota.VPC{
		ID:              dc.str(d.get("vpc_id")).V,
		Functions:       fns,
		EFSMountTargets: dc.count(d.get("efs_mount_targets")),
		OtherENIs:       dc.i64(d.get("other_enis")),
	}
	if dc.err != nil {
		resp.Error = function.NewArgumentFuncError(0, dc.err.Error())
		return
	}
	checkOutcome(ctx, resp, quota.CheckVPC(limits, vpc).Result, known)
}
