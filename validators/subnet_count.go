package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// SubnetCount returns a validator which ensures that a Lambda function's VPC
// configuration lists at most function_subnets_max subnets of limits. It works
// on List and Set attributes and function parameters; unknown elements count.
// Null (unconfigured) and unknown (known after apply) values are skipped.
func SubnetCount(limits quota.Limits) countQuotaValidator {
	return countQuotaValidator{limits: limits, check: onFunction(func(f *quota.Function, s quota.Strings) { f.SubnetIDs = s }, quota.FunctionSubnetsMax), max: quota.FunctionSubnetsMax, noun: "subnets"}
}
