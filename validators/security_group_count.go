package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// SecurityGroupCount returns a validator which ensures that a Lambda
// function's VPC configuration lists at most function_security_groups_max
// security groups of limits. It works on List and Set attributes and function
// parameters; unknown elements count. Null (unconfigured) and unknown (known
// after apply) values are skipped.
func SecurityGroupCount(limits quota.Limits) countQuotaValidator {
	return countQuotaValidator{limits: limits, check: onFunction(func(f *quota.Function, s quota.Strings) { f.SecurityGroupIDs = s }, quota.FunctionSecurityGroupsMax), max: quota.FunctionSecurityGroupsMax, noun: "security groups"}
}
