package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// CapacityProviderMaxVCPUCount returns a validator which ensures that a
// Lambda Managed Instances capacity provider's max_vcpu_count is within the
// quotas capacity_provider_max_vcpu_min and capacity_provider_max_vcpu_max of
// limits. It works on Int64 attributes and function parameters. Null
// (unconfigured) and unknown (known after apply) values are skipped.
func CapacityProviderMaxVCPUCount(limits quota.Limits) int64QuotaValidator {
	return int64QuotaValidator{
		limits: limits,
		check: func(l quota.Limits, v int64) quota.Result {
			return quota.CheckCapacityProvider(l, quota.CapacityProvider{MaxVCPUCount: quota.Known(v)})
		},
		description: between(quota.CapacityProviderMaxVCPUMin, quota.CapacityProviderMaxVCPUMax, "vCPUs"),
	}
}
