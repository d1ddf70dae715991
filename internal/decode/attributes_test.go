package decode_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/boundary"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// The attribute table (attributes.hcl) is the one description of what the
// checks read; these tests prove each row against the decoder.

// decodeInto reads one resource object of type typ into the quota input
// named input, through the decoder's public entry point for it, with every
// other object the entry point takes left out.
func decodeInto(t *testing.T, input, typ string, obj, opts cty.Value) reflect.Value {
	t.Helper()
	dc := &decode.Decoder{}
	d, o, absent := decode.New(obj, "x"), decode.New(opts, "options"), decode.Val{}
	list := decode.New(cty.TupleVal([]cty.Value{obj}), "x")
	var out any
	switch input {
	case "Function":
		out = dc.Function(d, o)
	case "FleetFunction":
		out = dc.FleetFunction(d, o)
	case "VPCFunction":
		out = dc.VPCFunctions(list).V[0]
	case "Layer":
		out = dc.Layer(d)
	case "Permission":
		out = dc.Permissions(list).V[0]
	case "CapacityProvider":
		out = dc.CapacityProvider(d)
	case "ResourcePolicy":
		out = dc.ResourcePolicy(d)
	case "Integration":
		out = dc.Integration(d, typ == "aws_apigatewayv2_integration")
	case "ProvisionedConcurrency":
		if typ == "aws_lambda_function" {
			out = dc.ProvisionedConcurrency(absent, d)
		} else {
			out = dc.ProvisionedConcurrency(d, absent)
		}
	case "EventSource":
		switch typ {
		case "aws_lambda_function":
			out, _ = dc.EventSource(absent, absent, d)
		case "aws_sqs_queue":
			out, _ = dc.EventSource(absent, d, absent)
		default:
			out, _ = dc.EventSource(d, absent, absent)
		}
	default:
		t.Fatalf("no entry point decodes quota.%s", input)
	}
	if err := dc.Err(); err != nil {
		t.Fatalf("%s: %v", input, err)
	}
	return reflect.ValueOf(out)
}

// example is a known value of a row's type; for a row read as whether it
// equals a value, that value.
func example(a decode.Argument) cty.Value {
	switch a.Type {
	case "string":
		if a.Equals != "" {
			return cty.StringVal(a.Equals)
		}
		return cty.StringVal("x")
	case "number":
		return cty.NumberIntVal(7)
	case "bool":
		return cty.True
	case "list(string)":
		return cty.ListVal([]cty.Value{cty.StringVal("x")})
	case "map(string)":
		return cty.MapVal(map[string]cty.Value{"k": cty.StringVal("v")})
	}
	panic(a.Type)
}

// spellings are the objects that give one argument the value v: by its
// flat name, and by the AWS provider's path through its blocks, or in
// options for an AWS object that does not carry it.
func spellings(a decode.Argument, v cty.Value) map[string][2]cty.Value {
	noOpts := cty.NullVal(cty.DynamicPseudoType)
	out := map[string][2]cty.Value{"flat": {cty.ObjectVal(map[string]cty.Value{a.Name: v}), noOpts}}
	switch {
	case a.Option:
		out["options"] = [2]cty.Value{cty.ObjectVal(map[string]cty.Value{"id": cty.StringVal("x")}), cty.ObjectVal(map[string]cty.Value{a.Name: v})}
	case len(a.Path) > 0:
		nested := v
		for i := len(a.Path) - 1; i > 0; i-- {
			nested = cty.TupleVal([]cty.Value{cty.ObjectVal(map[string]cty.Value{a.Path[i]: nested})})
		}
		out["aws"] = [2]cty.Value{cty.ObjectVal(map[string]cty.Value{a.Path[0]: nested}), noOpts}
	}
	return out
}

// TestEveryRowReachesItsFields: each row's argument, known, unknown or null,
// in every spelling, reaches each field the row names as that: set,
// unknown, or not set (a setting left out being off).
func TestEveryRowReachesItsFields(t *testing.T) {
	t.Parallel()
	for _, r := range decode.Attributes {
		for _, a := range r.Arguments {
			for _, field := range a.Fields {
				input, name, _ := strings.Cut(field, ".")
				for state, v := range map[string]cty.Value{"known": example(a), "unknown": cty.UnknownVal(example(a).Type()),
					"null": cty.NullVal(example(a).Type())} {
					for shape, objOpts := range spellings(a, v) {
						if shape == "flat" && input == "VPCFunction" && state == "null" {
							continue // an object of nulls only is no VPC function
						}
						got := decodeInto(t, input, r.Type, objOpts[0], objOpts[1]).FieldByName(name)
						set, unknown := got.FieldByName("Set").Bool(), got.FieldByName("Unknown").Bool()
						off := got.Type() == reflect.TypeFor[quota.Value[bool]]() && set && !got.FieldByName("V").Bool()
						ok := false
						switch state {
						case "known":
							ok = set && !unknown && !off
						case "unknown":
							// A required argument in a block the object has is set.
							ok = unknown || a.Required && shape == "aws" && set
						case "null":
							ok = !set && !unknown || off
						}
						if !ok {
							t.Errorf("%s.%s (%s, %s) reaches %s as %+v", r.Type, a.Name, shape, state, field, got.Interface())
						}
					}
				}
			}
		}
	}
}

// TestEveryTableKeyIsAnAttributeOrAFlatName: the keys an object may use
// are the rows' names and the AWS provider's attributes, and no name is
// both read and listed among the attributes the checks do not read.
func TestEveryTableKeyIsAnAttributeOrAFlatName(t *testing.T) {
	t.Parallel()
	for _, r := range decode.Attributes {
		for _, k := range r.Keys() {
			if slices.Contains(r.Others, k) {
				t.Errorf("%s: %s is read by a row and listed in others", r.Type, k)
			}
		}
		for _, a := range r.Arguments {
			if r.Type == "aws_lambda_function" && a.Computed && a.Config == "" && a.DataSource {
				t.Errorf("%s.%s: computed by the provider, yet the data sources take it", r.Type, a.Name)
			}
		}
	}
}

// TestUnknownFunctionLeavesEveryQuotaItFeedsUndecided: a fleet member of
// which nothing is known leaves undecided every per-function quota that
// CheckFunction decides for some function.
func TestUnknownFunctionLeavesEveryQuotaItFeedsUndecided(t *testing.T) {
	t.Parallel()
	rep := quota.CheckFunction(quota.DefaultLimits(), decode.Unknown[quota.Function]())
	if len(rep.Findings) > 0 {
		t.Fatalf("an unknown function has findings: %+v", rep.Findings)
	}
	undecided := map[quota.ID]bool{}
	for _, id := range rep.Undecided {
		undecided[id] = true
	}
	for _, id := range functionQuotas(t) {
		if !undecided[id] {
			t.Errorf("%s is not undecided for a function of which nothing is known", id)
		}
	}
}

// functionQuotas are the quotas CheckFunction finds violated in some
// boundary row of a function.
func functionQuotas(t *testing.T) []quota.ID {
	var out []quota.ID
	for _, row := range boundary.Rows(t) {
		if row.Kind != boundary.Function {
			continue
		}
		dc := &decode.Decoder{}
		f := dc.Function(decode.New(cty.ObjectVal(row.Past), "function"), decode.Val{})
		for _, finding := range quota.CheckFunction(quota.DefaultLimits(), f).Findings {
			if finding.Kind == quota.Violation && !slices.Contains(out, finding.Quota) {
				out = append(out, finding.Quota)
			}
		}
	}
	return out
}

// notFromRows are the quota inputs' fields no row fills, each with why.
var notFromRows = map[string]string{
	"EventSource.NotSQS":                   "whether the mapping's event_source_arn is an SQS queue's, read with the row's ARN",
	"EventSource.Source":                   "the kind of the mapping's source, from event_source_arn or self_managed_event_source",
	"FleetFunction.Label":                  "the function's key in its collection",
	"FleetFunction.Existing":               "a saved plan's no-op: the plan's action, not an attribute",
	"Integration.HTTP":                     "which of the two resources the integration is",
	"Integration.API":                      "the API the saved-plan checker links it to",
	"Integration.EndpointTypes":            "its API's, read with the API it is linked to (aws_api_gateway_rest_api's endpoint_types row)",
	"Integration.FunctionLinked":           "whether its URI is linked to a function",
	"Integration.FunctionName":             "the linked function's",
	"Integration.FunctionTimeout":          "the linked function's",
	"Integration.FunctionTenantIsolation":  "the linked function's",
	"Integration.FunctionManagedInstances": "the linked function's",
}

// TestEveryInputFieldHasARow: every field of a quota input that the table
// fills is named by a row, so no input is read by hand beside the table.
func TestEveryInputFieldHasARow(t *testing.T) {
	t.Parallel()
	named := map[string]bool{}
	for _, r := range decode.Attributes {
		for _, a := range r.Arguments {
			for _, f := range a.Fields {
				named[f] = true
			}
		}
	}
	for _, v := range []any{quota.Function{}, quota.FleetFunction{}, quota.Layer{}, quota.Permission{}, quota.ProvisionedConcurrency{},
		quota.EventSource{}, quota.VPCFunction{}, quota.CapacityProvider{}, quota.ResourcePolicy{}, quota.Integration{}} {
		typ := reflect.TypeOf(v)
		for i := range typ.NumField() {
			f := typ.Field(i)
			key := typ.Name() + "." + f.Name
			isValue := f.Type.Kind() == reflect.Struct && strings.HasPrefix(f.Type.Name(), "Value[")
			if named[key] || notFromRows[key] != "" || !isValue && f.Type.Kind() != reflect.Bool && f.Type.Kind() != reflect.String {
				continue
			}
			t.Errorf("%s is no row's field in attributes.hcl, and notFromRows does not say why", key)
		}
	}
}
