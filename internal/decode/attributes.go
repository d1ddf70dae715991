package decode

import (
	_ "embed"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2/gohcl"
	"github.com/hashicorp/hcl/v2/hclparse"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

//go:embed attributes.hcl
var attributesHCL []byte

// Argument is one row of the attribute table: an argument of an AWS
// resource that a check reads.
type Argument struct {
	// Name is the flat name, as the lambdaquota data sources take it.
	Name string
	// Path is where the AWS provider (v6) holds it, through blocks; nil
	// when the resource has no such argument (only options give it).
	Path []string
	// Type is the flat argument's Terraform type.
	Type string
	// Fields are the quota inputs it fills, as Type.Field.
	Fields []string
	// Equals, for a string read into a bool field, is the value that
	// turns the field on.
	Equals string
	// Computed: the AWS provider computes Path; Config is then what users
	// write, the least the computed value holds.
	Computed bool
	Config   string
	// Required: the AWS provider requires it in its block, so once the
	// block is there it is set, even while its value is unknown.
	Required bool
	// Option: the checks' options may give it for an AWS object.
	Option bool
	// DataSource: the data sources take it.
	DataSource bool
}

// InBlock reports whether the AWS provider holds the argument in a block.
func (a Argument) InBlock() bool { return len(a.Path) > 1 }

// Resource is one AWS resource the checks read.
type Resource struct {
	Type      string
	Arguments []Argument
	// Others are the resource's attributes and blocks the checks do not read.
	Others []string
}

// Argument returns the row of the given flat name.
func (r *Resource) Argument(name string) (Argument, bool) {
	i := slices.IndexFunc(r.Arguments, func(a Argument) bool { return a.Name == name })
	if i < 0 {
		return Argument{}, false
	}
	return r.Arguments[i], true
}

// Keys are the names an object of the resource may use for what the checks
// read: the flat names, and the AWS provider's top-level attributes and
// blocks that hold them.
func (r *Resource) Keys() []string {
	var keys []string
	add := func(k string) {
		if k != "" && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	for _, a := range r.Arguments {
		add(a.Name)
		if len(a.Path) > 0 {
			add(a.Path[0])
		}
		add(a.Config)
	}
	return keys
}

// Attributes is the table, in the order of attributes.hcl.
var Attributes = mustReadAttributes()

// AttributesOf returns the table's rows of one resource type.
func AttributesOf(typ string) *Resource {
	for _, r := range Attributes {
		if r.Type == typ {
			return r
		}
	}
	panic("decode: no resource " + typ + " in attributes.hcl")
}

type attributesFile struct {
	Resources []struct {
		Type      string   `hcl:"type,label"`
		Others    []string `hcl:"others"`
		Arguments []struct {
			Name       string   `hcl:"name,label"`
			AWS        *string  `hcl:"aws"`
			Type       string   `hcl:"type"`
			Fields     []string `hcl:"fields,optional"`
			Equals     string   `hcl:"equals,optional"`
			Computed   bool     `hcl:"computed,optional"`
			Config     string   `hcl:"config,optional"`
			Required   bool     `hcl:"required,optional"`
			Option     bool     `hcl:"option,optional"`
			DataSource *bool    `hcl:"data_source"`
		} `hcl:"argument,block"`
	} `hcl:"resource,block"`
}

func mustReadAttributes() []*Resource {
	rs, err := readAttributes(attributesHCL)
	if err != nil {
		panic(err)
	}
	return rs
}

// readAttributes parses the table and checks that every field it names is
// a field of the quota input of that name.
func readAttributes(src []byte) ([]*Resource, error) {
	f, diags := hclparse.NewParser().ParseHCL(src, "attributes.hcl")
	if diags.HasErrors() {
		return nil, diags
	}
	var file attributesFile
	if diags := gohcl.DecodeBody(f.Body, nil, &file); diags.HasErrors() {
		return nil, diags
	}
	var out []*Resource
	for _, rb := range file.Resources {
		r := &Resource{Type: rb.Type, Others: rb.Others}
		for _, ab := range rb.Arguments {
			a := Argument{Name: ab.Name, Type: ab.Type, Fields: ab.Fields, Equals: ab.Equals, Computed: ab.Computed,
				Config: ab.Config, Required: ab.Required, Option: ab.Option, DataSource: ab.DataSource == nil || *ab.DataSource}
			switch {
			case ab.AWS == nil:
				a.Path = []string{ab.Name}
			case *ab.AWS != "":
				a.Path = strings.Split(*ab.AWS, ".")
			}
			for _, field := range a.Fields {
				if _, err := inputField(field); err != nil {
					return nil, fmt.Errorf("attributes.hcl: %s.%s: %w", r.Type, a.Name, err)
				}
			}
			r.Arguments = append(r.Arguments, a)
		}
		out = append(out, r)
	}
	return out, nil
}

// inputs are the quota inputs the table fills, by type name.
var inputs = func() map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for _, v := range []any{quota.Function{}, quota.FleetFunction{}, quota.Layer{}, quota.Permission{}, quota.ProvisionedConcurrency{},
		quota.EventSource{}, quota.VPCFunction{}, quota.CapacityProvider{}, quota.ResourcePolicy{}, quota.Integration{}} {
		t := reflect.TypeOf(v)
		out[t.Name()] = t
	}
	return out
}()

// inputField finds Type.Field among the quota inputs.
func inputField(name string) (reflect.StructField, error) {
	typ, field, ok := strings.Cut(name, ".")
	t := inputs[typ]
	if !ok || t == nil {
		return reflect.StructField{}, fmt.Errorf("%q is not Type.Field of a quota input", name)
	}
	f, ok := t.FieldByName(field)
	if !ok {
		return reflect.StructField{}, fmt.Errorf("quota.%s has no field %s", typ, field)
	}
	return f, nil
}

// spelling is how an object gives an argument: by its flat name, or by the
// AWS provider's path. A computed path (tags_all) wins when the object
// holds it, since it is what AWS gets. inBlock is set when the value is in
// a block the object has.
func (dc *Decoder) spelling(d Val, a Argument) (v Val, inBlock bool) {
	switch {
	case len(a.Path) == 0:
		return d.Get(a.Name), false
	case a.Config != "" && d.Has(a.Path[0]):
	case d.Has(a.Name) || !d.Has(a.Path[0]):
		return d.Get(a.Name), false
	}
	v = d
	for _, seg := range a.Path[:len(a.Path)-1] {
		b, err := v.Get(seg).Block()
		if err != nil {
			dc.keep(err)
			return Val{up: v.here(), step: step{name: seg}}, false
		}
		if b.Absent() || b.Unknown() {
			return b, false
		}
		v = b
	}
	return v.Get(a.Path[len(a.Path)-1]), a.InBlock()
}

// given reports whether an object gives an argument in any spelling.
func given(d Val, a Argument) bool {
	return d.Has(a.Name) || len(a.Path) > 0 && d.Has(a.Path[0]) || a.Config != "" && d.Has(a.Config)
}

// fill reads every argument of r that fills a field of the input into
// (a pointer to a quota input) from d, options first for an argument they
// may give. An argument the object does not give leaves a field that an
// earlier argument filled as it is: the flat uploaded_via_s3 and s3_bucket
// fill the same field, whichever the object has.
func (dc *Decoder) fill(into any, r *Resource, d Val, opts map[string]reflect.Value) {
	target := reflect.ValueOf(into).Elem()
	prefix := target.Type().Name() + "."
	for _, a := range r.Arguments {
		for _, field := range a.Fields {
			name, ok := strings.CutPrefix(field, prefix)
			if !ok {
				continue
			}
			f := target.FieldByName(name)
			if o, ok := opts[a.Name]; ok {
				f.Set(o)
				continue
			}
			if !given(d, a) && !f.IsZero() {
				continue
			}
			f.Set(dc.readAtLeast(d, a, f.Type()))
		}
	}
}

var (
	valueString    = reflect.TypeFor[quota.Value[string]]()
	valueBool      = reflect.TypeFor[quota.Value[bool]]()
	valueInt64     = reflect.TypeFor[quota.Value[int64]]()
	valueFloat64   = reflect.TypeFor[quota.Value[float64]]()
	valueStrings   = reflect.TypeFor[quota.Strings]()
	valueStringMap = reflect.TypeFor[quota.StringMap]()
)

// read converts one value to a field's type. A string read into a bool is
// whether it is set, or whether it equals a.Equals.
func (dc *Decoder) read(v Val, a Argument, t reflect.Type) reflect.Value {
	var out any
	switch {
	case t == valueBool && a.Type == "string" && a.Equals != "":
		out = dc.Equals(v, a.Equals)
	case t == valueBool && a.Type == "string":
		out = dc.isSet(v)
	case t == valueBool:
		out = dc.Bool(v)
	case t == valueString:
		out = dc.String(v)
	case t == valueInt64:
		out = dc.Int64(v)
	case t == valueFloat64:
		out = dc.Float64(v)
	case t == valueStrings:
		out = dc.Strings(v)
	case t == valueStringMap:
		out = dc.StringMap(v)
	default:
		panic("decode: no reading of " + a.Name + " into " + t.String())
	}
	return reflect.ValueOf(out)
}

// readAtLeast reads an argument. While a computed value is unknown, what
// users wrote is kept as its known part (V of an unknown value): the least
// it holds, which a check may use as a lower bound.
func (dc *Decoder) readAtLeast(d Val, a Argument, t reflect.Type) reflect.Value {
	v, inBlock := dc.spelling(d, a)
	if t == valueBool && a.Type == "string" && a.Equals == "" && a.Required && inBlock && v.Unknown() {
		return reflect.ValueOf(quota.Known(true))
	}
	out := dc.read(v, a, t)
	if a.Config == "" || !out.FieldByName("Unknown").Bool() || !d.Has(a.Config) {
		return out
	}
	written := dc.read(d.Get(a.Config), a, t)
	if !written.FieldByName("Set").Bool() || written.FieldByName("Unknown").Bool() {
		return out
	}
	least := reflect.New(t).Elem()
	least.Set(out)
	least.FieldByName("V").Set(written.FieldByName("V"))
	return least
}

// options reads what options give the arguments of r that they may give,
// once however many objects share them, as values of the fields they fill.
func (dc *Decoder) options(r *Resource, opts Val, input reflect.Type) map[string]reflect.Value {
	out := map[string]reflect.Value{}
	for _, a := range r.Arguments {
		if !a.Option || !opts.Has(a.Name) {
			continue
		}
		for _, field := range a.Fields {
			if name, ok := strings.CutPrefix(field, input.Name()+"."); ok {
				f, _ := input.FieldByName(name)
				out[a.Name] = dc.read(opts.Get(a.Name), a, f.Type)
			}
		}
	}
	return out
}

// Unknown returns an input of which nothing is known: every value unknown,
// so every quota it feeds is undecided.
func Unknown[T any]() T {
	var v T
	unknownFields(reflect.ValueOf(&v).Elem())
	return v
}

func unknownFields(v reflect.Value) {
	for i := range v.NumField() {
		f := v.Field(i)
		if f.Kind() != reflect.Struct || !f.CanSet() {
			continue
		}
		if u := f.FieldByName("Unknown"); u.IsValid() && u.Kind() == reflect.Bool {
			u.SetBool(true)
			continue
		}
		unknownFields(f)
	}
}
