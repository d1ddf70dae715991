package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// LayerDescription returns a validator which ensures that a Lambda layer
// version's description has at most layer_description_max_length characters
// of limits. It works on String attributes and function parameters. Null
// (unconfigured) and unknown (known after apply) values are skipped.
func LayerDescription(limits quota.Limits) stringQuotaValidator {
	return stringQuotaValidator{limits: limits, check: onLayer(func(l *quota.Layer, s string) { l.Description = quota.Known(s) }, quota.LayerDescriptionMaxLength), max: quota.LayerDescriptionMaxLength}
}

// LayerLicense returns a validator which ensures that a Lambda layer
// version's license_info has at most layer_license_max_length characters of
// limits. It works on String attributes and function parameters. Null
// (unconfigured) and unknown (known after apply) values are skipped.
func LayerLicense(limits quota.Limits) stringQuotaValidator {
	return stringQuotaValidator{limits: limits, check: onLayer(func(l *quota.Layer, s string) { l.LicenseInfo = quota.Known(s) }, quota.LayerLicenseMaxLength), max: quota.LayerLicenseMaxLength}
}
