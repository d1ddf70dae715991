package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// ManagedInstancesMemorySize returns a validator which ensures that the
// memory size, in MB, of a function on Lambda Managed Instances (one with a
// capacity provider) is within lmi_function_memory_min_mb and
// lmi_function_memory_max_mb of limits. It works on Int64 attributes and
// function parameters. Null (unconfigured) and unknown (known after apply)
// values are skipped.
func ManagedInstancesMemorySize(limits quota.Limits) int64QuotaValidator {
	return int64QuotaValidator{
		limits: limits,
		check: onFunction(func(f *quota.Function, mb int64) {
			f.MemorySize, f.ManagedInstances = quota.Known(mb), quota.Known(true)
		},
			quota.LMIFunctionMemoryMinMB, quota.LMIFunctionMemoryMaxMB),
		description: between(quota.LMIFunctionMemoryMinMB, quota.LMIFunctionMemoryMaxMB, "MB"),
	}
}

// ManagedInstancesTimeout returns a validator which ensures that the
// timeout, in seconds, of a function on Lambda Managed Instances is within
// function_timeout_min_seconds and lmi_function_timeout_max_seconds of
// limits. It works on Int64 attributes and function parameters. Null
// (unconfigured) and unknown (known after apply) values are skipped.
func ManagedInstancesTimeout(limits quota.Limits) int64QuotaValidator {
	return int64QuotaValidator{
		limits: limits,
		check: onFunction(func(f *quota.Function, s int64) { f.Timeout, f.ManagedInstances = quota.Known(s), quota.Known(true) },
			quota.FunctionTimeoutMinSeconds, quota.LMIFunctionTimeoutMaxSeconds),
		description: between(quota.FunctionTimeoutMinSeconds, quota.LMIFunctionTimeoutMaxSeconds, "seconds"),
	}
}
