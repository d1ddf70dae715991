package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// Handler returns a validator which ensures that a Lambda function's handler
// has at most handler_max_length characters of limits and no white space. It works on String
// attributes and function parameters. Null (unconfigured) and unknown (known
// after apply) values are skipped.
func Handler(limits quota.Limits) stringQuotaValidator {
	return stringQuotaValidator{limits: limits, check: quota.CheckHandler, max: quota.HandlerMaxLength, rule: ", with no white space"}
}
