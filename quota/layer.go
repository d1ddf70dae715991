package quota

import "unicode/utf8"

// Layer is a Lambda layer version, with the argument names of
// aws_lambda_layer_version where it has them.
type Layer struct {
	Name                    Value[string]
	Filename                Value[string]
	UploadedViaS3           Value[bool]
	CompatibleRuntimes      Strings
	CompatibleArchitectures Strings
	Description             Value[string]
	LicenseInfo             Value[string]
}

// LayerReport is the outcome of CheckLayer.
type LayerReport struct {
	Result
	ZippedBytes   Value[int64]
	UnzippedBytes Value[int64]
}

// CheckLayer checks a layer version's package and its compatibility lists.
func CheckLayer(l Limits, layer Layer) LayerReport {
	c := &checker{limits: l}
	of := ofName("layer", layer.Name)
	lists := []struct {
		v    Strings
		id   ID
		attr string
		what string
	}{
		{layer.CompatibleRuntimes, LayerCompatibleRuntimesMax, "compatible_runtimes", "the number of compatible runtimes"},
		{layer.CompatibleArchitectures, LayerCompatibleArchitecturesMax, "compatible_architectures", "the number of compatible architectures"},
	}
	for _, in := range lists {
		switch {
		case in.v.Unknown:
			c.undecided(in.id)
		case in.v.Set:
			c.atMost(in.id, in.attr, int64(len(in.v.V)), in.what+of)
		}
	}
	texts := []struct {
		v    Value[string]
		id   ID
		attr string
		what string
	}{
		{layer.Description, LayerDescriptionMaxLength, "description", "the length of the description"},
		{layer.LicenseInfo, LayerLicenseMaxLength, "license_info", "the length of the license"},
	}
	for _, in := range texts {
		switch {
		case in.v.Unknown:
			c.undecided(in.id)
		case in.v.Set:
			c.atMost(in.id, in.attr, int64(utf8.RuneCountInString(in.v.V)), in.what+of)
		}
	}
	rep := LayerReport{ZippedBytes: Null[int64](), UnzippedBytes: Null[int64]()}
	if layer.Filename.Set || layer.Filename.Unknown {
		pkg := c.measurePackage("filename", -1, layer.Filename)
		rep.ZippedBytes = pkg.zipped
		c.directUpload(of, "the layer package", layer.UploadedViaS3, pkg.zipped)
		rep.UnzippedBytes = c.sizeAtMost(UnzippedPackageMaxBytes, "filename", pkg.unzipped, "the unzipped size of the layer package"+of)
	}
	rep.Result = c.res
	return rep
}
