package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// MemorySize returns a validator which ensures that a Lambda function's memory
// size, in MB, is within the quotas function_memory_min_mb and
// function_memory_max_mb of limits. It works on Int64 attributes and function
// parameters. Null (unconfigured) and unknown (known after apply) values are
// skipped.
func MemorySize(limits quota.Limits) int64QuotaValidator {
	return int64QuotaValidator{
		limits:      limits,
		check:       onFunction(func(f *quota.Function, mb int64) { f.MemorySize = quota.Known(mb) }, quota.FunctionMemoryMinMB, quota.FunctionMemoryMaxMB),
		description: between(quota.FunctionMemoryMinMB, quota.FunctionMemoryMaxMB, "MB"),
	}
}
