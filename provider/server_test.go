package provider

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
	"github.com/zclconf/go-cty/cty"
	ctymsgpack "github.com/zclconf/go-cty/cty/msgpack"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/fuzzvalue"
)

// The lambdaquota_functions data source served from the wire answers as the
// framework does: the same diagnostics, at the same attributes, and the
// same state.
func TestWireDataSourceMatchesFramework(t *testing.T) {
	ctx := context.Background()
	server, schemas := configuredServer(t)
	framework := frameworkOf(t, server)
	typ := schemas.DataSourceSchemas["lambdaquota_functions"].ValueType()
	// functions is dynamic: a configuration sends an object of objects,
	// each with the keys it sets.
	object := func(set map[string]tftypes.Value) tftypes.Value {
		types := make(map[string]tftypes.Type, len(set))
		for k, v := range set {
			types[k] = v.Type()
		}
		return tftypes.NewValue(tftypes.Object{AttributeTypes: types}, set)
	}
	fn := object
	str := func(s string) tftypes.Value { return tftypes.NewValue(tftypes.String, s) }
	num := func(n int) tftypes.Value { return tftypes.NewValue(tftypes.Number, n) }
	list := func(ss ...string) tftypes.Value {
		vals := make([]tftypes.Value, len(ss))
		for i, s := range ss {
			vals[i] = str(s)
		}
		return tftypes.NewValue(tftypes.List{ElementType: tftypes.String}, vals)
	}
	fleet := func(fns map[string]tftypes.Value, extra map[string]tftypes.Value) *tfprotov6.DynamicValue {
		set := map[string]tftypes.Value{"functions": object(fns)}
		for k, v := range extra {
			set[k] = v
		}
		return mustDynamic(t, typ, set)
	}
	configs := map[string]*tfprotov6.DynamicValue{
		"fits": fleet(map[string]tftypes.Value{
			"api":    fn(map[string]tftypes.Value{"function_name": str("api"), "memory_size": num(512)}),
			"worker": fn(map[string]tftypes.Value{"function_name": str("worker"), "subnet_ids": list("s-1"), "security_group_ids": list("sg")}),
		}, nil),
		"memory and layers": fleet(map[string]tftypes.Value{
			"api": fn(map[string]tftypes.Value{"function_name": str("api"), "memory_size": num(10241), "layers": list("a", "b", "c", "d", "e", "f")}),
		}, nil),
		"unknown": fleet(map[string]tftypes.Value{
			"api": fn(map[string]tftypes.Value{"function_name": tftypes.NewValue(tftypes.String, tftypes.UnknownValue), "timeout": num(901)}),
		}, nil),
		"a negative option": fleet(map[string]tftypes.Value{"api": fn(nil)}, map[string]tftypes.Value{"other_enis": num(-1)}),
	}
	for name, cfg := range configs {
		t.Run(name, func(t *testing.T) {
			for _, call := range []func(tfprotov6.ProviderServer) ([]*tfprotov6.Diagnostic, *tfprotov6.DynamicValue){
				func(s tfprotov6.ProviderServer) ([]*tfprotov6.Diagnostic, *tfprotov6.DynamicValue) {
					r, err := s.ValidateDataResourceConfig(ctx, &tfprotov6.ValidateDataResourceConfigRequest{TypeName: "lambdaquota_functions", Config: cfg})
					if err != nil {
						t.Fatal(err)
					}
					return r.Diagnostics, nil
				},
				func(s tfprotov6.ProviderServer) ([]*tfprotov6.Diagnostic, *tfprotov6.DynamicValue) {
					if name == "unknown" {
						return nil, nil // read only with a known configuration
					}
					r, err := s.ReadDataSource(ctx, &tfprotov6.ReadDataSourceRequest{TypeName: "lambdaquota_functions", Config: cfg})
					if err != nil {
						t.Fatal(err)
					}
					return r.Diagnostics, r.State
				},
			} {
				wantDiags, wantState := call(framework)
				gotDiags, gotState := call(server)
				if len(wantDiags) != len(gotDiags) {
					t.Fatalf("%d diagnostics, the framework gives %d: %v", len(gotDiags), len(wantDiags), wantDiags)
				}
				for i, w := range wantDiags {
					g := gotDiags[i]
					if w.Severity != g.Severity || w.Summary != g.Summary || w.Detail != g.Detail || !w.Attribute.Equal(g.Attribute) {
						t.Errorf("diagnostic %d:\n wire:      %v %q %q at %v\n framework: %v %q %q at %v", i,
							g.Severity, g.Summary, g.Detail, g.Attribute, w.Severity, w.Summary, w.Detail, w.Attribute)
					}
				}
				if (wantState == nil) != (gotState == nil) {
					t.Fatalf("state: wire %v, framework %v", gotState, wantState)
				}
				if wantState != nil {
					ty, err := decode.CtyType(typ)
					if err != nil {
						t.Fatal(err)
					}
					w, err1 := ctymsgpack.Unmarshal(wantState.MsgPack, ty)
					g, err2 := ctymsgpack.Unmarshal(gotState.MsgPack, ty)
					if err1 != nil || err2 != nil || !g.RawEquals(w) {
						t.Errorf("state differs:\n wire:      %#v\n framework: %#v", g, w)
					}
					if name == "fits" && g.GetAttr("lambda_enis").Equals(cty.NumberIntVal(1)).False() {
						t.Errorf("lambda_enis = %#v, want 1", g.GetAttr("lambda_enis"))
					}
				}
			}
		})
	}
}

// frameworkOf is the framework's server inside the provider's.
func frameworkOf(tb testing.TB, s tfprotov6.ProviderServer) tfprotov6.ProviderServer {
	tb.Helper()
	w, ok := s.(*wireServer)
	if !ok {
		tb.Fatalf("the provider's server is a %T", s)
	}
	return w.ProviderServer
}

// TestWireFunctionsMatchFramework: the check functions served from the
// wire, which read their arguments lazily from msgpack, answer exactly as
// the framework's path does: the same result, or the same error text and
// argument, on values that fit, break quotas, are unknown, have the wrong
// shape, and carry a bad option.
func TestWireFunctionsMatchFramework(t *testing.T) {
	t.Parallel()
	server, err := newTestServer()
	if err != nil {
		t.Fatal(err)
	}
	framework := frameworkOf(t, server)
	fn := func(name string, memory cty.Value) cty.Value {
		return cty.ObjectVal(map[string]cty.Value{"function_name": cty.StringVal(name), "memory_size": memory,
			"environment": cty.ListVal([]cty.Value{cty.ObjectVal(map[string]cty.Value{"variables": cty.MapVal(map[string]cty.Value{"LOG_LEVEL": cty.StringVal("info")})})}),
			"vpc_config": cty.ListVal([]cty.Value{cty.ObjectVal(map[string]cty.Value{
				"subnet_ids": cty.SetVal([]cty.Value{cty.StringVal("subnet-a")}), "security_group_ids": cty.SetVal([]cty.Value{cty.StringVal("sg")}),
				"vpc_id": cty.UnknownVal(cty.String)})}),
			"arn": cty.UnknownVal(cty.String)})
	}
	fleet := cty.ObjectVal(map[string]cty.Value{"api": fn("api", cty.NumberIntVal(512)), "big": fn("big", cty.NumberIntVal(20480))})
	opts := cty.ObjectVal(map[string]cty.Value{"quotas": cty.ObjectVal(map[string]cty.Value{"function_memory_max_mb": cty.NumberIntVal(3008)})})
	badOpts := cty.ObjectVal(map[string]cty.Value{"quotas": cty.StringVal("many"), "layer_filenames": cty.NumberIntVal(1)})
	calls := map[string][]cty.Value{
		"check_function fits":            {fn("api", cty.NumberIntVal(512))},
		"check_function too large":       {fn("big", cty.NumberIntVal(20480)), opts},
		"check_function unknown":         {fn("api", cty.UnknownVal(cty.Number))},
		"check_function a fleet":         {fleet},
		"function_violations too large":  {fn("big", cty.StringVal("20480"))},
		"function_violations bad option": {fn("api", cty.NumberIntVal(512)), badOpts},
		"check_functions for_each":       {fleet, opts},
		"functions_violations list":      {cty.TupleVal([]cty.Value{fn("a", cty.NumberIntVal(64)), cty.NullVal(cty.DynamicPseudoType)})},
		"check_functions unknown":        {cty.UnknownVal(cty.Map(fleet.Type().AttributeType("api")))},
		"check_functions two options":    {fleet, opts, opts},
		"check_vpc":                      {cty.ObjectVal(map[string]cty.Value{"functions": fleet, "other_enis": cty.NumberIntVal(249)})},
		"vpc_violations misspelt key":    {cty.ObjectVal(map[string]cty.Value{"functons": fleet})},
		"check_layer":                    {cty.ObjectVal(map[string]cty.Value{"layer_name": cty.StringVal("deps"), "compatible_runtimes": cty.UnknownVal(cty.List(cty.String))})},
	}
	for name, args := range calls {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			req := &tfprotov6.CallFunctionRequest{Name: strings.Fields(name)[0]}
			for _, a := range args {
				b, err := ctymsgpack.Marshal(a, cty.DynamicPseudoType)
				if err != nil {
					t.Fatal(err)
				}
				req.Arguments = append(req.Arguments, &tfprotov6.DynamicValue{MsgPack: b})
			}
			sameAnswer(t, framework, server, req)
		})
	}
}

// sameAnswer calls a function through the framework and from the wire and
// requires the same error, or the same result.
func sameAnswer(t *testing.T, framework, server tfprotov6.ProviderServer, req *tfprotov6.CallFunctionRequest) {
	t.Helper()
	ctx := context.Background()
	want, err1 := framework.CallFunction(ctx, req)
	got, err2 := server.CallFunction(ctx, req)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if !reflect.DeepEqual(got.Error, want.Error) {
		t.Fatalf("%s: error from the wire: %+v\nfrom the framework: %+v", req.Name, got.Error, want.Error)
	}
	if want.Error != nil {
		// Terraform reads no result beside an error.
		return
	}
	if (got.Result == nil) != (want.Result == nil) {
		t.Fatalf("%s: result from the wire: %v, from the framework: %v", req.Name, got.Result, want.Result)
	}
	if want.Result != nil {
		ty := cty.Bool
		if strings.HasSuffix(req.Name, "_violations") {
			ty = cty.List(cty.String)
		}
		w, err1 := ctymsgpack.Unmarshal(want.Result.MsgPack, ty)
		g, err2 := ctymsgpack.Unmarshal(got.Result.MsgPack, ty)
		if err1 != nil || err2 != nil || !g.RawEquals(w) {
			t.Fatalf("%s: result from the wire: %#v (%v)\nfrom the framework: %#v (%v)", req.Name, g, err2, w, err1)
		}
	}
}

// FuzzWireFunctionsMatchFramework: every check function answers the
// fuzzer's generated arguments and options from the wire exactly as
// through the framework.
func FuzzWireFunctionsMatchFramework(f *testing.F) {
	for _, seed := range [][]byte{
		{9, 3, 1, 3, 100, 2, 2, 9, 2, 3, 5, 6}, {8, 4, 3, 6, 2, 1, 1, 0, 7, 7, 3, 9, 9, 9},
		{6, 3, 8, 2, 17, 9, 1, 22, 3}, {9, 2, 7, 10, 3, 1, 2, 3, 4, 5, 6, 22, 11, 2, 0, 1, 2, 3},
	} {
		f.Add(seed)
	}
	server, err := newTestServer()
	if err != nil {
		f.Fatal(err)
	}
	framework := frameworkOf(f, server)
	f.Fuzz(func(t *testing.T, data []byte) {
		g := fuzzvalue.New(data)
		var args []*tfprotov6.DynamicValue
		for range 3 {
			c, err := decode.FromFramework(context.Background(), types.DynamicValue(g.Value()))
			if err != nil {
				t.Skip(err)
			}
			b, err := ctymsgpack.Marshal(c, cty.DynamicPseudoType)
			if err != nil {
				t.Skip(err)
			}
			args = append(args, &tfprotov6.DynamicValue{MsgPack: b})
		}
		for _, c := range checks {
			for _, name := range []string{"check_" + c.name, c.name + "_violations"} {
				// The parameters, then no options or one.
				for n := len(c.params); n <= min(len(c.params)+1, len(args)); n++ {
					sameAnswer(t, framework, server, &tfprotov6.CallFunctionRequest{Name: name, Arguments: args[:n]})
				}
			}
		}
	})
}

// TestWireFunctionsCheckArity: every check function served from the wire
// answers a call with too few or too many arguments as the framework does,
// and one with a missing argument with an error where the framework panics.
func TestWireFunctionsCheckArity(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	server, err := newTestServer()
	if err != nil {
		t.Fatal(err)
	}
	framework := frameworkOf(t, server)
	arg, err := ctymsgpack.Marshal(cty.EmptyObjectVal, cty.DynamicPseudoType)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range checks {
		for _, name := range []string{"check_" + c.name, c.name + "_violations"} {
			for n := 0; n <= len(c.params)+2; n++ {
				args := make([]*tfprotov6.DynamicValue, n)
				for i := range args {
					args[i] = &tfprotov6.DynamicValue{MsgPack: arg}
				}
				req := &tfprotov6.CallFunctionRequest{Name: name, Arguments: args}
				want, err1 := framework.CallFunction(ctx, req)
				got, err2 := server.CallFunction(ctx, req)
				if err1 != nil || err2 != nil {
					t.Fatal(err1, err2)
				}
				if !reflect.DeepEqual(got.Error, want.Error) {
					t.Errorf("%s with %d arguments: wire %+v, framework %+v", name, n, got.Error, want.Error)
				}
				if n > 0 {
					args[n-1] = nil
					if got, err := server.CallFunction(ctx, req); err != nil || got.Error == nil {
						t.Errorf("%s with a missing argument: %v, %+v; want an error", name, err, got)
					}
				}
			}
		}
	}
}

// TestWireServesNothingItWouldSkip: the wire path decodes and checks
// configurations itself, so a validator, plan modifier or config validator
// on what it serves would be skipped without a word. None may exist.
func TestWireServesNothingItWouldSkip(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	server, err := newTestServer()
	if err != nil {
		t.Fatal(err)
	}
	w, ok := server.(*wireServer)
	if !ok {
		t.Fatalf("the provider's server is a %T", server)
	}
	for name, f := range w.checks {
		var def function.DefinitionResponse
		f.Definition(ctx, function.DefinitionRequest{}, &def)
		if where := skippedHooks(reflect.ValueOf(def.Definition), name); where != "" {
			t.Errorf("%s: the wire path would skip it", where)
		}
	}
	for name := range w.dataSources {
		var ds datasource.DataSource
		for _, newDS := range w.provider.DataSources(ctx) {
			d := newDS()
			var meta datasource.MetadataResponse
			d.Metadata(ctx, datasource.MetadataRequest{ProviderTypeName: "lambdaquota"}, &meta)
			if meta.TypeName == name {
				ds = d
			}
		}
		if ds == nil {
			t.Fatalf("no data source %s", name)
		}
		if _, ok := ds.(datasource.DataSourceWithConfigValidators); ok {
			t.Errorf("%s has config validators: the wire path would skip them", name)
		}
		var sch datasource.SchemaResponse
		ds.Schema(ctx, datasource.SchemaRequest{}, &sch)
		if where := skippedHooks(reflect.ValueOf(sch.Schema), name); where != "" {
			t.Errorf("%s: the wire path would skip it", where)
		}
	}
}

// skippedHooks finds a non-empty Validators or PlanModifiers anywhere in a
// schema or a function definition, and says where.
func skippedHooks(v reflect.Value, where string) string {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return ""
		}
		return skippedHooks(v.Elem(), where)
	case reflect.Struct:
		for i := range v.NumField() {
			f, name := v.Field(i), v.Type().Field(i).Name
			if (name == "Validators" || name == "PlanModifiers") && f.Kind() == reflect.Slice && f.Len() > 0 {
				return where + "." + name
			}
			if s := skippedHooks(f, where+"."+name); s != "" {
				return s
			}
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			if s := skippedHooks(v.MapIndex(k), fmt.Sprintf("%s[%v]", where, k)); s != "" {
				return s
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			if s := skippedHooks(v.Index(i), fmt.Sprintf("%s[%d]", where, i)); s != "" {
				return s
			}
		}
	}
	return ""
}
