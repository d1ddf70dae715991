package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// FunctionName returns a validator which ensures that a Lambda function name
// has at most function_name_max_length characters of limits, all of them
// letters, digits, hyphens or underscores. It works on String attributes and
// function parameters. Null (unconfigured) and unknown (known after apply)
// values are skipped.
func FunctionName(limits quota.Limits) stringQuotaValidator {
	return stringQuotaValidator{limits: limits, check: onFunction(func(f *quota.Function, s string) { f.Name = quota.Known(s) }, quota.FunctionNameMaxLength), max: quota.FunctionNameMaxLength}
}
