package quota_test

import (
	"strings"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// layerCases are the layer category's cases, by quota.
func layerCases() map[quota.ID][]quotaCase {
	l := quota.DefaultLimits()
	layer := func(in quota.Layer) quota.Result { return quota.CheckLayer(l, in).Result }
	list := func(k int) quota.Strings { return quota.KnownStrings(make([]string, k)...) }
	return map[quota.ID][]quotaCase{
		quota.LayerCompatibleRuntimesMax: {{"15", layer(quota.Layer{CompatibleRuntimes: list(15)}), passes},
			{"16", layer(quota.Layer{CompatibleRuntimes: list(16)}), fails},
			{"unknown", layer(quota.Layer{CompatibleRuntimes: quota.Unknown[[]quota.Value[string]]()}), waits}},
		quota.LayerCompatibleArchitecturesMax: {{"2", layer(quota.Layer{CompatibleArchitectures: quota.KnownStrings("x86_64", "arm64")}), passes},
			{"3", layer(quota.Layer{CompatibleArchitectures: list(3)}), fails}},
		quota.LayerDescriptionMaxLength: {{"256", layer(quota.Layer{Description: quota.Known(strings.Repeat("d", 256))}), passes},
			{"257", layer(quota.Layer{Description: quota.Known(strings.Repeat("d", 257))}), fails}},
		quota.LayerLicenseMaxLength: {{"512", layer(quota.Layer{LicenseInfo: quota.Known(strings.Repeat("l", 512))}), passes},
			{"513", layer(quota.Layer{LicenseInfo: quota.Known(strings.Repeat("l", 513))}), fails}},
	}
}
