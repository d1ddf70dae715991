package quota

import (
	"errors"
	"io/fs"
	"math"
)

// Measuring and checking local packages, shared by the function, layer and
// account checks.

// directUpload checks the zipped size unless the package goes through S3.
func (c *checker) directUpload(of, what string, viaS3 Value[bool], zipped Value[int64]) {
	switch {
	case viaS3.IsKnown() && viaS3.V:
	case viaS3.Unknown:
		if zipped.IsKnown() && zipped.V > c.limits.Value(ZippedPackageMaxBytes) {
			c.undecided(ZippedPackageMaxBytes)
		}
	default:
		c.sizeAtMost(ZippedPackageMaxBytes, "filename", zipped, "the zipped size of "+what+of)
	}
}

// sizeAtMost checks a size that may be a lower bound only (Unknown with a
// value): a violation is certain when even the lower bound is too large.
func (c *checker) sizeAtMost(id ID, attr string, v Value[int64], what string) Value[int64] {
	switch {
	case !v.Unknown && v.Set:
		c.atMost(id, attr, v.V, what)
		return v
	case v.V > c.limits.Value(id):
		c.atMost(id, attr, v.V, what+", counting only the packages readable before apply,")
	default:
		c.undecided(id)
	}
	return Unknown[int64]()
}

type pkgSize struct{ zipped, unzipped Value[int64] }

// addSizes adds two sizes; the sum is unknown if either is, and then holds the
// known part as a lower bound.
func addSizes(a, b Value[int64]) Value[int64] {
	sum := a.V + b.V
	if sum < a.V || sum < b.V {
		sum = math.MaxInt64
	}
	return Value[int64]{V: sum, Set: a.Set || b.Set, Unknown: a.Unknown || b.Unknown}
}

// measurePackage inspects a local .zip. A file that does not exist yet (built
// during apply) is skipped with a warning; an unreadable or invalid one is an
// error. Either way its sizes are unknown.
func (c *checker) measurePackage(attr string, index int, filename Value[string]) pkgSize {
	unknown := pkgSize{Unknown[int64](), Unknown[int64]()}
	if filename.Unknown {
		return unknown
	}
	if !filename.Set {
		return pkgSize{Null[int64](), Null[int64]()}
	}
	info, err := InspectZip(filename.V)
	switch {
	case err == nil:
		return pkgSize{Known(info.ZippedBytes), Known(info.UnzippedBytes)}
	case errors.Is(err, fs.ErrNotExist):
		c.skipped(attr, index, "Lambda Package Not Found",
			"%s does not exist yet, so its zipped and unzipped sizes were not checked. If it is built during apply, the checks run on the next plan; otherwise correct the path.", capitalise(named("file", filename)))
	case filename.Hidden():
		// The error names the file: say why without it.
		what := "The package"
		if filename.Sensitive {
			what += " (a sensitive path)"
		}
		var ze *ZipError
		if errors.As(err, &ze) && ze.Reason != "" {
			c.invalid(attr, index, "Invalid Lambda Package", "%s %s. Lambda accepts only a valid .zip file.", what, ze.Reason)
			break
		}
		c.invalid(attr, index, "Invalid Lambda Package", "%s cannot be read as a .zip file. Lambda accepts only a valid .zip file.", what)
	default:
		c.invalid(attr, index, "Invalid Lambda Package", "The package %s. Lambda accepts only a valid .zip file.", err)
	}
	return unknown
}
