package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// LayerDescription returns a validator which ensures that a Lambda layer
// version's description has at most layer_description_max_length characters
// of limits. It works on String attributes and function parameters. Null
// (unconfigured) and unknown (known after apply) values are skipped.
func LayerDescription(limits quota.Limits) stringQuotaValidator {
	return stringQuotaValidator{limits: limits, check: quota.CheckLayerDescription, max: quota.LayerDescriptionMaxLength}
}

// LayerLicense returns a validator which ensures that a Lambda layer
// version's license_info has at most layer_license_max_length characters of
// limits. It works on String attributes and function parameters. Null
// (unconfigured) and unknown (known after apply) values are skipped.
func LayerLicense(limits quota.Limits) stringQuotaValidator {
	return stringQuotaValidator{limits: limits, check: quota.CheckLayerLicense, max: quota.LayerLicenseMaxLength}
}
