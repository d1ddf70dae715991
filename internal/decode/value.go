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
	"time"

	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// Val is a value with its place in the configuration, for messages.
type Val struct {
	// v is the value, unless w holds it still in msgpack.
	v cty.Value
	w *wireValue
	// up is the place of the value's container, nil at the root; step is
	// the value's own. The path is written out only for a message.
	up        *place
	step      step
	sensitive bool
}

// step is one step of a path: an attribute name, a list index or a map key;
// at the root, the root's name.
type step struct {
	name  string
	index int32
	kind  stepKind
}

type stepKind uint8

const (
	stepAttr stepKind = iota
	stepIndex
	stepKey
)

// place is a path, as a chain of steps from the root.
type place struct {
	up   *place
	step step
}

// Step is one step of a path, as quota writes paths.
type Step = quota.PathStep

// steps is a place as a path from the root; a root without a name (a data
// source's whole configuration) is left out.
func steps(up *place, s step) []Step {
	var out []Step
	for p := (&place{up: up, step: s}); p != nil; p = p.up {
		switch st := p.step; {
		case st.kind == stepIndex:
			out = append(out, Step{Kind: quota.StepIndex, Index: int(st.index)})
		case st.kind == stepKey:
			out = append(out, Step{Kind: quota.StepKey, Name: st.name})
		case st.name != "" || p.up != nil:
			out = append(out, Step{Name: st.name})
		}
	}
	slices.Reverse(out)
	return out
}

// New wraps a value found at the root name (an argument or attribute name).
func New(v cty.Value, root string) Val {
	return wrap(v, nil, nil, step{name: root}, false)
}

// with is a value found one step inside d.
func (d Val) with(v cty.Value, w *wireValue, s step) Val {
	return wrap(v, w, d.here(), s, d.sensitive)
}

func wrap(v cty.Value, w *wireValue, up *place, s step, sensitive bool) Val {
	out := Val{v: v, w: w, up: up, step: s, sensitive: sensitive}
	if w == nil && v.IsMarked() {
		// The only mark Terraform sets on configuration values is sensitive.
		out.v, _ = v.UnmarkDeep()
		out.sensitive = true
	}
	return out
}

// here is d's own place, for the values inside it.
func (d Val) here() *place {
	if d.w != nil {
		// A value still in msgpack keeps the place it was first reached
		// at for all its members.
		if !d.w.placed {
			d.w.place, d.w.placed = place{up: d.up, step: d.step}, true
		}
		if d.w.place.up == d.up && d.w.place.step == d.step {
			return &d.w.place
		}
	}
	return &place{up: d.up, step: d.step}
}

// Path is where the value is.
func (d Val) Path() string { return quota.FormatPath(steps(d.up, d.step)) }

// Value is the underlying unmarked value.
func (d Val) Value() cty.Value {
	if d.w != nil {
		return d.w.cty()
	}
	return d.v
}

// typ is the value's type.
func (d Val) typ() cty.Type {
	if d.w != nil {
		return d.w.t.ty
	}
	return d.v.Type()
}

// typeName names the value's type as Terraform users write it.
func (d Val) typeName() string {
	if d.w != nil {
		return typeName(d.w.t.ty)
	}
	return TypeName(d.v)
}

// Absent reports a null value, or a value that was never given.
func (d Val) Absent() bool { return d.w == nil && (d.v == cty.NilVal || d.v.IsNull()) }

// None reports a value that stands for "not given": null, or an empty
// object ({}), which OpenTofu users pass to a provider function because
// OpenTofu answers a call with a bare null argument unknown, unread.
func (d Val) None() bool {
	if d.Absent() {
		return true
	}
	if d.Unknown() || !d.isObject() {
		return false
	}
	if d.w != nil {
		return d.w.t.kind == kindObject && d.w.length() == 0
	}
	return d.v.Type().IsObjectType() && len(d.v.Type().AttributeTypes()) == 0
}

// Unknown reports a value that is not known until apply.
func (d Val) Unknown() bool { return d.w == nil && d.v != cty.NilVal && !d.v.IsKnown() }

// Sensitive reports a value marked sensitive, or inside one.
func (d Val) Sensitive() bool { return d.sensitive }

// child is the path of an attribute of d, for a message.
func (d Val) child(name string) []Step { return steps(d.here(), step{name: name}) }

// key is the path of a map key of d, for a message.
func (d Val) key(k string) []Step { return steps(d.here(), step{kind: stepKey, name: k}) }

// isObject reports an object or a map, the two shapes of a set of named values.
func (d Val) isObject() bool {
	if d.w != nil {
		return d.w.t.kind == kindObject || d.w.t.kind == kindMap
	}
	t := d.v.Type()
	return t.IsObjectType() || t.IsMapType()
}

// isList reports a list, a set or a tuple.
func (d Val) isList() bool {
	if d.w != nil {
		return d.w.t.kind == kindList || d.w.t.kind == kindSet || d.w.t.kind == kindTuple
	}
	t := d.v.Type()
	return t.IsListType() || t.IsSetType() || t.IsTupleType()
}

// length is the number of members of a known collection.
func (d Val) length() int {
	if d.w != nil {
		return d.w.length()
	}
	return d.v.LengthInt()
}

// Has reports whether an object or map holds the attribute at all, even null.
func (d Val) Has(name string) bool {
	if d.Absent() || d.Unknown() {
		return false
	}
	if d.w != nil {
		return d.isObject() && d.w.find(name) >= 0
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
	s := step{name: name}
	if d.w != nil {
		if d.isObject() {
			if i := d.w.find(name); i >= 0 {
				v, w := d.w.member(i)
				return d.with(v, w, s)
			}
		}
		return d.with(cty.NullVal(cty.DynamicPseudoType), nil, s)
	}
	switch {
	case d.Unknown():
		return d.with(cty.DynamicVal, nil, s)
	case !d.Has(name):
		return d.with(cty.NullVal(cty.DynamicPseudoType), nil, s)
	case d.w != nil:
		v, w := d.w.member(d.w.find(name))
		return d.with(v, w, s)
	case d.v.Type().IsObjectType():
		return d.with(d.v.GetAttr(name), nil, s)
	default:
		return d.with(d.v.Index(cty.StringVal(name)), nil, s)
	}
}

// Keys returns the keys of an object or map, sorted.
func (d Val) Keys() []string { return slices.Clone(d.keys()) }

// keys are Keys, which the caller must not change.
func (d Val) keys() []string {
	if d.Absent() || d.Unknown() || !d.isObject() {
		return nil
	}
	if d.w != nil {
		return d.w.names()
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
// step is the element's step in its collection.
func (e Element) step() Step {
	if e.Key != "" {
		return Step{Kind: quota.StepKey, Name: e.Key}
	}
	return Step{Kind: quota.StepIndex, Index: e.Index}
}

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
	var out []Element
	err := d.each(objectsAsMaps, func(e Element) { out = append(out, e) })
	if err != nil {
		return nil, err
	}
	return out, nil
}

// each calls fn with each of the members Elements returns.
func (d Val) each(objectsAsMaps bool, fn func(Element)) *Error {
	switch {
	case d.isList() && d.w != nil:
		for i := range d.w.length() {
			v, w := d.w.member(i)
			fn(Element{Val: d.with(v, w, step{kind: stepIndex, index: int32(i)}), Index: i})
		}
		return nil
	case d.isList():
		i := 0
		for it := d.v.ElementIterator(); it.Next(); i++ {
			_, e := it.Element()
			fn(Element{Val: d.with(e, nil, step{kind: stepIndex, index: int32(i)}), Index: i})
		}
		return nil
	case objectsAsMaps && d.isObject():
		for i, k := range d.keys() {
			e := d.Get(k)
			e.step = step{kind: stepKey, name: k}
			fn(Element{Val: e, Key: k, Index: i})
		}
		return nil
	}
	want := "a list"
	if objectsAsMaps {
		want = "a list, set, tuple or map"
	}
	return d.errorf("must be %s, got %s", want, d.typeName())
}

// Block returns the first element of a nested block, which the AWS provider
// represents as a list of at most one object; an object is taken as is, and
// an empty list is null.
func (d Val) Block() (Val, *Error) {
	if d.Absent() || d.Unknown() || d.isObject() {
		return d, nil
	}
	if d.w != nil && d.isList() && d.length() > 0 {
		v, w := d.w.member(0)
		return d.with(v, w, step{kind: stepIndex}), nil
	}
	elems, err := d.Elements(false)
	if err != nil {
		return Val{}, err
	}
	if len(elems) == 0 {
		return Val{v: cty.NullVal(cty.DynamicPseudoType), up: d.here(), step: step{kind: stepIndex}}, nil
	}
	return elems[0].Val, nil
}

// TypeName names a value's type as Terraform users write it.
func TypeName(v cty.Value) string {
	if v == cty.NilVal {
		return "null"
	}
	return typeName(v.Type())
}

func typeName(t cty.Type) string {
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
	Steps   []Step
	Message string
	// Summary is a short title for a diagnostic.
	Summary string
}

// Path is the error's path as users write it.
func (e *Error) Path() string { return quota.FormatPath(e.Steps) }

func (e *Error) Error() string {
	if len(e.Steps) == 0 {
		return e.Message
	}
	return e.Path() + ": " + e.Message
}

func (d Val) errorf(format string, args ...any) *Error {
	return &Error{Steps: steps(d.up, d.step), Message: fmt.Sprintf(format, args...), Summary: "Invalid Value"}
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
	// Opaque marks every string read as never to be shown: the provider's
	// surfaces get no sensitivity marks from Terraform, so a diagnostic
	// names values by their path and echoes none of the configuration's.
	Opaque bool
	// Allowed are keys a fixed-key object may hold besides its own, such
	// as a data source's computed attributes in its configuration.
	Allowed []string
	// Today is the day a function's runtime is checked against its
	// lifecycle dates; zero leaves them unchecked.
	Today time.Time
	// fits are the object types already found to fit a resource.
	fits map[typedKind]bool
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
