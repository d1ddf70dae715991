package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var checkFunctions = check{
	name:    "functions",
	summary: "Check a fleet of Lambda functions in one call",
	description: "Checks every function of a fleet (a `for_each` map, or a list, set or tuple of `aws_lambda_function` objects " +
		"or of objects with `lambdaquota_function`'s names) against every per-function quota, naming each by its key or index, " +
		"and the checks the fleet shares: Hyperplane ENIs per VPC (functions that share a subnet, or a known `vpc_id`, are " +
		"certainly in one VPC; others are never guessed to be), and in each Region (the functions' `region`, as the AWS provider " +
		"v6 plans it) the reserved and provisioned concurrency total against the unreserved floor and the code storage of the " +
		"local packages. A function whose Region is unknown may join any Region, so a total it could join is undecided, never " +
		"passed. A Region's finding names the functions that spend it. One call costs a plan far less than a condition on " +
		"each function: see the Large stacks guide. Made for one `precondition` or `check` block over `aws_lambda_function.fleet`.",
	params: []function.DynamicParameter{{
		Name: "functions",
		MarkdownDescription: "A map (`aws_lambda_function.fleet` of a `for_each` resource), list, set or tuple of " +
			"`aws_lambda_function` objects, or of objects with `lambdaquota_function`'s argument names.",
	}},
	options: "Optional object with the keys of `check_function`'s options, which apply to every function, and " +
		"`efs_mount_targets` (a number counted in every VPC the fleet uses, or a collection of `aws_efs_mount_target` objects, " +
		"each counted in the VPC of the functions on its subnet), `other_enis` (counted in every VPC) and " +
		"`existing_code_storage_bytes`, and `snapshot` (a `lambdaquota_account_snapshot` data source, as `lambdaquota_functions` " +
		"takes it). Any other key is an error.",
	run: func(dc *decode.Decoder, args []decode.Val, opts decode.Val) quota.Result {
		limits := dc.Options(opts, decode.FleetOptionKeys)
		return quota.CheckFleet(limits, dc.Fleet(args[0], opts)).Result
	},
}
