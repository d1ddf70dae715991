package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// durableCheck checks one number of a durable function's durable_config.
func durableCheck(f func(v int64) quota.Function) func(quota.Limits, int64) quota.Result {
	return func(l quota.Limits, v int64) quota.Result { return quota.CheckFunction(l, f(v)).Result }
}

// DurableExecutionTimeout returns a validator which ensures that a durable
// function's durable_config execution_timeout, in seconds, is within the
// quotas durable_execution_timeout_min_seconds and
// durable_execution_timeout_max_seconds of limits. It works on Int64
// attributes and function parameters. Null (unconfigured) and unknown (known
// after apply) values are skipped.
func DurableExecutionTimeout(limits quota.Limits) int64QuotaValidator {
	return int64QuotaValidator{
		limits:      limits,
		check:       durableCheck(func(v int64) quota.Function { return quota.Function{DurableExecutionTimeout: quota.Known(v)} }),
		description: between(quota.DurableExecutionTimeoutMinSeconds, quota.DurableExecutionTimeoutMaxSeconds, "seconds"),
	}
}

// DurableRetentionPeriod returns a validator which ensures that a durable
// function's durable_config retention_period, in days, is within the quotas
// durable_retention_period_min_days and durable_retention_period_max_days of
// limits. It works on Int64 attributes and function parameters. Null
// (unconfigured) and unknown (known after apply) values are skipped.
func DurableRetentionPeriod(limits quota.Limits) int64QuotaValidator {
	return int64QuotaValidator{
		limits:      limits,
		check:       durableCheck(func(v int64) quota.Function { return quota.Function{DurableRetentionPeriod: quota.Known(v)} }),
		description: between(quota.DurableRetentionPeriodMinDays, quota.DurableRetentionPeriodMaxDays, "days"),
	}
}
