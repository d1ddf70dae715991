// Package decode turns configuration values into package quota's inputs. It
// is the one place that decides what null, unknown, sensitive, a map in place
// of a list, or a number in place of a string mean, so that the validators,
// the data sources, the provider-defined functions and the saved-plan checker
// all read the same value the same way.
//
// Values arrive as cty values: framework values and tftypes values are
// converted first (FromFramework, FromTerraform). The rules:
//   - null is absent: its checks are skipped;
//   - unknown is never guessed: its checks are undecided, except that the
//     known parts of a collection still count as a lower bound;
//   - sensitive values are measured but never printed;
//   - a map or object of resources (for_each) counts its values wherever a
//     list of resources is accepted; a list, set or tuple counts its elements;
//   - numbers and bools convert to strings as Terraform converts them
//     (8080 is "8080", false is "false"), and strings to numbers when they
//     are numerals;
//   - null elements of a list of strings, and null values of a map of
//     strings, are left out;
//   - a value of the wrong shape, or an unknown key in an object whose keys
//     are fixed, is an error naming its path.
package decode

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/zclconf/go-cty/cty"
)

// Val is a value with its path in the configuration, for messages.
type Val struct {
	v cty.Value
	// path is the value's place, written as users write it:
	// function.vpc_config[0].subnet_ids, functions["api"].
	path      string
	sensitive bool
}

// New wraps a value found at the root name (an argument or attribute name).
func New(v cty.Value, root string) Val {
	return newVal(v, root, false)
}

func newVal(v cty.Value, path string, sensitive bool) Val {
	if v.IsMarked() {
		// The only mark Terraform sets on configuration values is sensitive.
		v, _ = v.UnmarkDeep()
		sensitive = true
	}
	return Val{v: v, path: path, sensitive: sensitive}
}

// Path is where the value is.
func (d Val) Path() string { return d.path }

// Value is the underlying unmarked value.
func (d Val) Value() cty.Value { return d.v }

// Absent reports a null value, or a value that was never given.
func (d Val) Absent() bool { return d.v == cty.NilVal || d.v.IsNull() }

// Unknown reports a value that is not known until apply.
func (d Val) Unknown() bool { return d.v != cty.NilVal && !d.v.IsKnown() }

// Sensitive reports a value marked sensitive, or inside one.
func (d Val) Sensitive() bool { return d.sensitive }

func (d Val) child(name string) string {
	if d.path == "" {
		return name
	}
	return d.path + "." + name
}

func (d Val) index(i int) string { return d.path + "[" + strconv.Itoa(i) + "]" }

func (d Val) key(k string) string { return d.path + "[" + strconv.Quote(k) + "]" }

// isObject reports an object or a map, the two shapes of a set of named values.
func (d Val) isObject() bool {
	t := d.v.Type()
	return t.IsObjectType() || t.IsMapType()
}

// isList reports a list, a set or a tuple.
func (d Val) isList() bool {
	t := d.v.Type()
	return t.IsListType() || t.IsSetType() || t.IsTupleType()
}

// Has reports whether an object or map holds the attribute at all, even null.
func (d Val) Has(name string) bool {
	if d.Absent() || d.Unknown() {
		return false
	}
	t := d.v.Type()
	switch {
	case t.IsObjectType():
		return t.HasAttribute(name)
	case t.IsMapType():
		return d.v.HasIndex(cty.StringVal(name)).True()
	}
	return false
}

// Get returns an attribute of an object or map. An absent attribute, or any
// attribute of a null value, is null; any attribute of an unknown value is
// unknown.
func (d Val) Get(name string) Val {
	path := d.child(name)
	switch {
	case d.Unknown():
		return Val{v: cty.DynamicVal, path: path, sensitive: d.sensitive}
	case !d.Has(name):
		return Val{v: cty.NullVal(cty.DynamicPseudoType), path: path, sensitive: d.sensitive}
	case d.v.Type().IsObjectType():
		return newVal(d.v.GetAttr(name), path, d.sensitive)
	default:
		return newVal(d.v.Index(cty.StringVal(name)), path, d.sensitive)
	}
}

// Keys returns the keys of an object or map, sorted.
func (d Val) Keys() []string {
	if d.Absent() || d.Unknown() || !d.isObject() {
		return nil
	}
	var keys []string
	if d.v.Type().IsObjectType() {
		for k := range d.v.Type().AttributeTypes() {
			keys = append(keys, k)
		}
	} else {
		for it := d.v.ElementIterator(); it.Next(); {
			k, _ := it.Element()
			keys = append(keys, k.AsString())
		}
	}
	slices.Sort(keys)
	return keys
}

// Element is one member of a collection, with its label: a map key or an
// index.
type Element struct {
	Val
	// Key is the map key, or "" for a list element.
	Key string
	// Index is the position, in key order for maps.
	Index int
}

// Label names the element as users write it: ["api"] or [3].
func (e Element) Label() string {
	if e.Key != "" {
		return strconv.Quote(e.Key)
	}
	return strconv.Itoa(e.Index)
}

// Elements returns the members of a list, set or tuple, or, when
// objectsAsMaps is set, the values of a map or object (a for_each
// collection). Callers check Absent and Unknown first.
func (d Val) Elements(objectsAsMaps bool) ([]Element, *Error) {
	switch {
	case d.isList():
		out := make([]Element, 0, d.v.LengthInt())
		i := 0
		for it := d.v.ElementIterator(); it.Next(); i++ {
			_, e := it.Element()
			out = append(out, Element{Val: newVal(e, d.index(i), d.sensitive), Index: i})
		}
		return out, nil
	case objectsAsMaps && d.isObject():
		keys := d.Keys()
		out := make([]Element, len(keys))
		for i, k := range keys {
			e := d.Get(k)
			e.path = d.key(k)
			out[i] = Element{Val: e, Key: k, Index: i}
		}
		return out, nil
	}
	want := "a list"
	if objectsAsMaps {
		want = "a list, set, tuple or map"
	}
	return nil, d.errorf("must be %s, got %s", want, TypeName(d.v))
}

// Block returns the first element of a nested block, which the AWS provider
// represents as a list of at most one object; an object is taken as is, and
// an empty list is null.
func (d Val) Block() (Val, *Error) {
	if d.Absent() || d.Unknown() || d.isObject() {
		return d, nil
	}
	elems, err := d.Elements(false)
	if err != nil {
		return Val{}, err
	}
	if len(elems) == 0 {
		return Val{v: cty.NullVal(cty.DynamicPseudoType), path: d.index(0)}, nil
	}
	return elems[0].Val, nil
}

// TypeName names a value's type as Terraform users write it.
func TypeName(v cty.Value) string {
	if v == cty.NilVal {
		return "null"
	}
	t := v.Type()
	switch {
	case t == cty.DynamicPseudoType:
		return "a value of unknown type"
	case t.IsPrimitiveType():
		return t.FriendlyName()
	case t.IsListType():
		return "list"
	case t.IsSetType():
		return "set"
	case t.IsTupleType():
		return "tuple"
	case t.IsMapType():
		return "map"
	case t.IsObjectType():
		return "object"
	}
	return t.FriendlyName()
}

// Error is a value that cannot be read, at its path.
type Error struct {
	Path    string
	Message string
	// Summary is a short title for a diagnostic.
	Summary string
}

func (e *Error) Error() string {
	if e.Path == "" {
		return e.Message
	}
	return e.Path + ": " + e.Message
}

func (d Val) errorf(format string, args ...any) *Error {
	return &Error{Path: d.path, Message: fmt.Sprintf(format, args...), Summary: "Invalid Value"}
}

// Errors is every error found while decoding one input.
type Errors []*Error

func (es Errors) Error() string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

// Decoder reads values and collects every error, so that one call reports
// every wrong input, not just the first.
type Decoder struct {
	errs Errors
	// Allowed are keys a fixed-key object may hold besides its own, such
	// as a data source's computed attributes in its configuration.
	Allowed []string
}

// Err returns the errors found so far, or nil.
func (dc *Decoder) Err() error {
	if len(dc.errs) == 0 {
		return nil
	}
	return dc.errs
}

// Errors returns the errors found so far.
func (dc *Decoder) Errors() Errors { return dc.errs }

func (dc *Decoder) keep(err *Error) {
	if err != nil {
		dc.errs = append(dc.errs, err)
	}
}
