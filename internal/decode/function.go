package decode

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// FunctionKeys are the names a function object may use for what the checks
// read: aws_lambda_function's arguments and blocks, and the flat argument
// names of the lambdaquota_function data source.
var FunctionKeys = AttributesOf("aws_lambda_function").Keys()

// LayerKeys are the names a layer object may use: aws_lambda_layer_version's
// and lambdaquota_layer's.
var LayerKeys = AttributesOf("aws_lambda_layer_version").Keys()

// resourceKind is a resource the checks read: its name, the keys they
// read, and every attribute its objects may hold.
type resourceKind struct {
	name  string
	keys  []string
	known map[string]bool
}

func newResourceKind(name string, keys []string, others ...[]string) *resourceKind {
	r := &resourceKind{name: name, keys: keys, known: map[string]bool{}}
	for _, list := range append(others, keys) {
		for _, k := range list {
			r.known[k] = true
		}
	}
	return r
}

// kindOf is a resource of the attribute table, whose keys its checks read.
func kindOf(typ string) *resourceKind {
	r := AttributesOf(typ)
	return newResourceKind(typ, r.Keys(), r.Others)
}

var (
	lambdaFunction = kindOf("aws_lambda_function")
	lambdaLayer    = kindOf("aws_lambda_layer_version")
)

// resourceObject checks that d is one resource object of the given kind:
// an object or map that holds at least one of the keys the checks read. A
// collection of such objects (a for_each map, a list) is refused with what
// to pass instead; a key that is not the resource's but looks like a
// misspelling of one the checks read is an error with a suggestion.
func (dc *Decoder) resourceObject(d Val, r *resourceKind) bool {
	if d.Absent() || d.Unknown() {
		return true
	}
	if d.isList() {
		dc.keep(d.errorf("must be one %s object, got a %s of %d; pass one element, such as %s[0], "+
			"or check each with alltrue([for x in COLLECTION : CHECK(x)])", r.name, d.typeName(), d.length(), d.Path()))
		return false
	}
	if !d.isObject() {
		dc.keep(d.errorf("must be an %s object or an object with its argument names, got %s", r.name, d.typeName()))
		return false
	}
	// An object type's keys are the same in every value: a fleet's
	// functions are looked at once.
	var typed typedKind
	if d.w != nil && d.w.t.kind == kindObject {
		typed = typedKind{d.w.t, r}
		if dc.fits[typed] {
			return true
		}
	}
	all := d.keys()
	recognised := 0
	for _, k := range all {
		if r.known[k] {
			recognised++
		}
	}
	if recognised == 0 {
		if dc.unknownKeys(d, r, all, false) {
			return false
		}
		if len(all) > 0 && allObjects(d, all) {
			dc.keep(d.errorf("must be one %s object, got a collection of %d (keys %s); pass one element, such as %s[%q], "+
				"or check each with alltrue([for k, x in COLLECTION : CHECK(x)])", r.name, len(all), quoteList(all, 3), d.Path(), all[0]))
		} else {
			dc.keep(d.errorf("has none of the attributes of an %s; expected some of %s", r.name, quoteList(r.keys, len(r.keys))))
		}
		return false
	}
	if wrong := dc.unknownKeys(d, r, all, true); typed.t != nil && !wrong {
		if dc.fits == nil {
			dc.fits = map[typedKind]bool{}
		}
		dc.fits[typed] = true
	}
	return true
}

// unknownKeys reports each key of an object that is not one of the
// resource's but close to one, with the name meant. With every set, it
// also reports the other unknown keys of an object written by hand: a
// resource object as Terraform holds it has every attribute of its schema,
// id among them, and may have ones a newer AWS provider added, but an
// object without id was written by hand, and a key there that the checks
// do not read is a mistake.
func (dc *Decoder) unknownKeys(d Val, r *resourceKind, keys []string, every bool) bool {
	found := false
	handWritten := every && !slices.Contains(keys, "id")
	for _, k := range keys {
		if r.known[k] || slices.Contains(dc.Allowed, k) {
			continue
		}
		msg := ""
		if s := suggest(k, r.keys); s != "" {
			msg = fmt.Sprintf("unknown key %q; did you mean %q?", k, s)
		} else if handWritten {
			msg = fmt.Sprintf("unknown key %q, which is no argument of %s and no name the checks read", k, r.name)
		}
		if msg != "" {
			found = true
			dc.keep(&Error{Steps: d.child(k), Message: msg, Summary: "Unknown Key"})
		}
	}
	return found
}

// typedKind is an object type found to be a fitting object of a resource.
type typedKind struct {
	t *wtype
	r *resourceKind
}

func allObjects(d Val, keys []string) bool {
	for _, k := range keys {
		e := d.Get(k)
		if e.Absent() || e.Unknown() || !e.isObject() {
			return false
		}
	}
	return true
}

func quoteList(list []string, most int) string {
	q := make([]string, 0, most+1)
	for i, s := range list {
		if i == most {
			q = append(q, "...")
			break
		}
		q = append(q, fmt.Sprintf("%q", s))
	}
	return strings.Join(q, ", ")
}

// Function reads one Lambda function: an aws_lambda_function object (self,
// a plan's planned values) or an object with lambdaquota_function's flat
// names. opts, when not absent, supplies the settings a resource does not
// carry (layer_filenames, layer_unzipped_bytes, image_size_bytes).
func (dc *Decoder) Function(d, opts Val) quota.Function {
	return dc.function(d, dc.functionOptions(opts))
}

// functionOptions are what options give every function, read once however
// many functions share them, by argument name.
type functionOptions = map[string]reflect.Value

func (dc *Decoder) functionOptions(opts Val) functionOptions {
	return dc.options(lambdaFunctionRows, opts, reflect.TypeFor[quota.Function]())
}

var lambdaFunctionRows = AttributesOf("aws_lambda_function")

func (dc *Decoder) function(d Val, fo functionOptions) quota.Function {
	var f quota.Function
	if dc.resourceObject(d, lambdaFunction) {
		dc.fill(&f, lambdaFunctionRows, d, fo)
	}
	f.Lifecycle.Today = dc.Today
	return f
}

// TenantIsolation reads whether a function is isolated per tenant.
func (dc *Decoder) TenantIsolation(fn Val) quota.Value[bool] {
	a, _ := lambdaFunctionRows.Argument("tenant_isolation_mode")
	v, _ := dc.spelling(fn, a)
	return dc.Equals(v, a.Equals)
}

// Equals is whether a string setting has the value that turns a feature on;
// a setting left out leaves it off.
func (dc *Decoder) Equals(d Val, on string) quota.Value[bool] {
	v := dc.String(d)
	switch {
	case v.Unknown:
		return quota.Unknown[bool]()
	case !v.Set:
		return quota.Known(false)
	}
	return quota.Known(v.V == on)
}

// isSet is whether a setting is given at all.
func (dc *Decoder) isSet(d Val) quota.Value[bool] {
	v := dc.String(d)
	if v.Unknown {
		return quota.Unknown[bool]()
	}
	return quota.Known(v.Set)
}

// Layer reads one Lambda layer version: an aws_lambda_layer_version object
// or an object with lambdaquota_layer's names.
func (dc *Decoder) Layer(d Val) quota.Layer {
	var l quota.Layer
	if dc.resourceObject(d, lambdaLayer) {
		dc.fill(&l, AttributesOf("aws_lambda_layer_version"), d, nil)
	}
	return l
}
