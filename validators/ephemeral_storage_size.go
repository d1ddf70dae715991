package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// EphemeralStorageSize returns a validator which ensures that a Lambda
// function's /tmp size, in MB, is within the quotas ephemeral_storage_min_mb
// and ephemeral_storage_max_mb of limits. It works on Int64 attributes and
// function parameters. Null (unconfigured) and unknown (known after apply)
// values are skipped.
func EphemeralStorageSize(limits quota.Limits) int64QuotaValidator {
	return int64QuotaValidator{
		limits:      limits,
		check:       onFunction(func(f *quota.Function, mb int64) { f.EphemeralStorageSize = quota.Known(mb) }, quota.EphemeralStorageMinMB, quota.EphemeralStorageMaxMB),
		description: between(quota.EphemeralStorageMinMB, quota.EphemeralStorageMaxMB, "MB"),
	}
}
