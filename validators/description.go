package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// Description returns a validator which ensures that a Lambda function's
// description has at most description_max_length characters of limits. It
// works on String attributes and function parameters. Null (unconfigured) and
// unknown (known after apply) values are skipped.
func Description(limits quota.Limits) stringQuotaValidator {
	return stringQuotaValidator{limits: limits, check: onFunction(func(f *quota.Function, s string) { f.Description = quota.Known(s) }, quota.DescriptionMaxLength), max: quota.DescriptionMaxLength}
}
