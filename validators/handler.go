package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// Handler returns a validator which ensures that a Lambda function's handler
// has at most handler_max_length characters of limits and no white space. It works on String
// attributes and function parameters. Null (unconfigured) and unknown (known
// after apply) values are skipped.
func Handler(limits quota.Limits) stringQuotaValidator {
	return stringQuotaValidator{limits: limits, check: onFunction(func(f *quota.Function, s string) { f.Handler = quota.Known(s) }, quota.HandlerMaxLength, quota.HandlerPattern), max: quota.HandlerMaxLength, rule: ", with no white space"}
}
