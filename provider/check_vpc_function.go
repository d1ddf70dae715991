package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

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
