package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// DurableExecutionTimeout returns a validator which ensures that a durable
// function's durable_config execution_timeout, in seconds, is within the
// quotas durable_execution_timeout_min_seconds and
// durable_execution_timeout_max_seconds of limits. It works on Int64
// attributes and function parameters. Null (unconfigured) and unknown (known
// after apply) values are skipped.
func DurableExecutionTimeout(limits quota.Limits) int64QuotaValidator {
	return int64QuotaValidator{
		limits: limits,
		check: onFunction(func(f *quota.Function, s int64) { f.DurableExecutionTimeout = quota.Known(s) },
			quota.DurableExecutionTimeoutMinSeconds, quota.DurableExecutionTimeoutMaxSeconds),
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
		limits: limits,
		check: onFunction(func(f *quota.Function, d int64) { f.DurableRetentionPeriod = quota.Known(d) },
			quota.DurableRetentionPeriodMinDays, quota.DurableRetentionPeriodMaxDays),
		description: between(quota.DurableRetentionPeriodMinDays, quota.DurableRetentionPeriodMaxDays, "days"),
	}
}
