package decode

import (
	"errors"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// FunctionOptionKeys are the keys of the options of check_function.
var FunctionOptionKeys = []string{"quotas", "layer_filenames", "layer_unzipped_bytes", "image_size_bytes", "provisioned_concurrent_executions"}

// QuotasOptionKeys are the keys of the options of the other check functions.
var QuotasOptionKeys = []string{"quotas"}

// Options reads an options object, whose keys are fixed, and the limits its
// quotas give. An absent object gives the catalog's limits.
func (dc *Decoder) Options(d Val, keys []string) quota.Limits {
	if !dc.CheckObject(d, "an object with "+quoteList(keys, len(keys))) {
		return quota.DefaultLimits()
	}
	if d.Unknown() {
		return quota.DefaultLimits().WithUnknownOverrides()
	}
	dc.CheckKeys(d, keys)
	return dc.Quotas(quota.DefaultLimits(), d.Get("quotas"))
}

// Quotas applies a map or object of quota values by id, such as the
// provider's quotas or data.lambdaquota_limits.x.quotas, to base. Unknown
// values are never guessed: their quotas are marked as such, so that checks
// against them report only what is certain.
func (dc *Decoder) Quotas(base quota.Limits, d Val) quota.Limits {
	switch {
	case d.Unknown():
		return base.WithUnknownOverrides()
	case d.Absent():
		return base
	case !d.isObject():
		dc.keep(d.errorf("must be a map of numbers by quota id, got %s", d.typeName()))
		return base
	}
	values := map[string]float64{}
	var unknown []quota.ID
	for _, k := range d.Keys() {
		e := d.Get(k)
		switch {
		case e.Unknown():
			unknown = append(unknown, quota.ID(k))
			continue
		case e.Absent():
			continue
		}
		f, err := e.number()
		if err != nil {
			dc.keep(err)
			continue
		}
		values[k], _ = f.Float64()
	}
	limits, errs := base.WithOverrides(values)
	for _, err := range errs {
		var oe *quota.OverrideError
		if errors.As(err, &oe) {
			dc.keep(&Error{Steps: d.key(oe.ID), Message: oe.Reason})
		}
	}
	if len(unknown) > 0 {
		limits = limits.WithUnknownOverrides(unknown...)
	}
	return limits
}
