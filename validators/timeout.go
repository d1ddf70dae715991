package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// Timeout returns a validator which ensures that a Lambda function's timeout,
// in seconds, is within the quotas function_timeout_min_seconds and
// function_timeout_max_seconds of limits. It works on Int64 attributes and
// function parameters. Null (unconfigured) and unknown (known after apply)
// values are skipped.
func Timeout(limits quota.Limits) int64QuotaValidator {
	return int64QuotaValidator{
		limits:      limits,
		check:       onFunction(func(f *quota.Function, s int64) { f.Timeout = quota.Known(s) }, quota.FunctionTimeoutMinSeconds, quota.FunctionTimeoutMaxSeconds),
		description: between(quota.FunctionTimeoutMinSeconds, quota.FunctionTimeoutMaxSeconds, "seconds"),
	}
}
