package decode

import (
	"math/big"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// primitive converts a known, non-null value to a primitive type as
// Terraform would for an attribute of that type.
func (d Val) primitive(want cty.Type) (cty.Value, *Error) {
	if !d.typ().IsPrimitiveType() {
		return cty.NilVal, d.errorf("must be a %s, got %s", want.FriendlyName(), d.typeName())
	}
	out, err := convert.Convert(d.v, want)
	if err != nil || !out.IsKnown() || out.IsNull() {
		return cty.NilVal, d.errorf("must be a %s, got %s", want.FriendlyName(), d.typeName())
	}
	return out, nil
}

// String reads a string; numbers and bools convert as Terraform converts them.
func (dc *Decoder) String(d Val) quota.Value[string] {
	switch {
	case d.Unknown():
		return quota.Value[string]{Unknown: true, Sensitive: d.sensitive, Opaque: dc.Opaque}
	case d.Absent():
		return quota.Null[string]()
	}
	s, err := d.primitive(cty.String)
	if err != nil {
		dc.keep(err)
		return quota.Null[string]()
	}
	return quota.Value[string]{V: s.AsString(), Set: true, Sensitive: d.sensitive, Opaque: dc.Opaque}
}

// Bool reads a bool; "true" and "false" convert.
func (dc *Decoder) Bool(d Val) quota.Value[bool] {
	switch {
	case d.Unknown():
		return quota.Unknown[bool]()
	case d.Absent():
		return quota.Null[bool]()
	}
	b, err := d.primitive(cty.Bool)
	if err != nil {
		dc.keep(err)
		return quota.Null[bool]()
	}
	return quota.Known(b.True())
}

// number reads a number; numerals in strings convert.
func (d Val) number() (*big.Float, *Error) {
	n, err := d.primitive(cty.Number)
	if err != nil {
		return nil, err
	}
	return n.AsBigFloat(), nil
}

// Float64 reads a number that may have a fraction.
func (dc *Decoder) Float64(d Val) quota.Value[float64] {
	switch {
	case d.Unknown():
		return quota.Unknown[float64]()
	case d.Absent():
		return quota.Null[float64]()
	}
	f, err := d.number()
	if err != nil {
		dc.keep(err)
		return quota.Null[float64]()
	}
	v, _ := f.Float64()
	return quota.Known(v)
}

// Int64 reads a whole number that fits in 64 bits.
func (dc *Decoder) Int64(d Val) quota.Value[int64] {
	switch {
	case d.Unknown():
		return quota.Unknown[int64]()
	case d.Absent():
		return quota.Null[int64]()
	}
	f, err := d.number()
	if err != nil {
		dc.keep(err)
		return quota.Null[int64]()
	}
	i, ok := WholeInt64(f)
	if !ok {
		e := d.errorf("must be a whole number, got %s", f.Text('g', -1))
		if f.IsInt() {
			e = d.errorf("must be a whole number that fits in 64 bits, got %s", f.Text('g', -1))
		}
		e.Summary = "Invalid Whole Number"
		dc.keep(e)
		return quota.Null[int64]()
	}
	return quota.Known(i)
}

// WholeInt64 returns f as an int64 when it is a whole number in range.
func WholeInt64(f *big.Float) (int64, bool) {
	if f == nil || f.IsInf() || !f.IsInt() {
		return 0, false
	}
	i, acc := f.Int64()
	return i, acc == big.Exact
}

// Strings reads a list, set or tuple of strings, or the values of a map of
// strings (a for_each collection's ids or file names).
func (dc *Decoder) Strings(d Val) quota.Strings {
	return values(dc, d, "strings", dc.String)
}

// values reads a collection of primitives, each with read. Null elements are
// left out; unknown ones are kept, so that the count is still known.
func values[T any](dc *Decoder, d Val, what string, read func(Val) quota.Value[T]) quota.Value[[]quota.Value[T]] {
	switch {
	case d.Unknown():
		return quota.Unknown[[]quota.Value[T]]()
	case d.Absent():
		return quota.Null[[]quota.Value[T]]()
	}
	var out []quota.Value[T]
	err := d.each(true, func(e Element) {
		if v := read(e.Val); v.Set || v.Unknown {
			out = append(out, v)
		}
	})
	if err != nil {
		dc.keep(d.errorf("must be a list of %s, got %s", what, d.typeName()))
		return quota.Null[[]quota.Value[T]]()
	}
	return quota.Known(out)
}

// StringMap reads a map or object of strings, such as environment variables.
// Values convert to strings as Terraform converts them for a map(string)
// argument; null values are left out.
func (dc *Decoder) StringMap(d Val) quota.StringMap {
	switch {
	case d.Unknown():
		return quota.Unknown[map[string]quota.Value[string]]()
	case d.Absent():
		return quota.Null[map[string]quota.Value[string]]()
	}
	if !d.isObject() {
		dc.keep(d.errorf("must be a map of strings, got %s", d.typeName()))
		return quota.Null[map[string]quota.Value[string]]()
	}
	keys := d.keys()
	out := make(map[string]quota.Value[string], len(keys))
	for _, k := range keys {
		e := d.Get(k)
		if s := dc.String(e); s.Set || s.Unknown {
			out[k] = s
		}
	}
	m := quota.Known(out)
	// In a sensitive map, the keys are sensitive too.
	m.Sensitive, m.Opaque = d.sensitive, dc.Opaque
	return m
}

// Int64s reads a list of whole numbers; null elements are left out.
func (dc *Decoder) Int64s(d Val) quota.Value[[]quota.Value[int64]] {
	return values(dc, d, "numbers", dc.Int64)
}

// Count reads a count: a whole number, or a collection of resources (such as
// aws_efs_mount_target.all, a for_each map) whose members are counted.
func (dc *Decoder) Count(d Val) quota.Value[int64] {
	switch {
	case d.Unknown():
		return quota.Unknown[int64]()
	case d.Absent():
		return quota.Null[int64]()
	case d.typ().IsPrimitiveType():
		return dc.Int64(d)
	}
	elems, err := d.Elements(true)
	if err != nil {
		dc.keep(d.errorf("must be a number or a collection of resources, got %s", d.typeName()))
		return quota.Null[int64]()
	}
	return quota.Known(int64(len(elems)))
}
