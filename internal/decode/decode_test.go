package decode_test

import (
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

func obj(m map[string]cty.Value) cty.Value { return cty.ObjectVal(m) }

func strs(ss ...string) cty.Value {
	vals := make([]cty.Value, len(ss))
	for i, s := range ss {
		vals[i] = cty.StringVal(s)
	}
	return cty.TupleVal(vals)
}

// TestFunctionShapes: the rules for null, unknown, sensitive, maps versus
// lists and numbers as strings, on one function object.
func TestFunctionShapes(t *testing.T) {
	t.Parallel()
	tests := map[string]struct {
		in      cty.Value
		wantErr string
		check   func(t *testing.T, f quota.Function)
	}{
		"environment numbers and bools convert as Terraform does": {
			in: obj(map[string]cty.Value{"environment": cty.TupleVal([]cty.Value{obj(map[string]cty.Value{
				"variables": obj(map[string]cty.Value{"PORT": cty.NumberIntVal(8080), "DEBUG": cty.False, "N": cty.NullVal(cty.String)})})})}),
			check: func(t *testing.T, f quota.Function) {
				env := f.EnvironmentVariables.V
				if env["PORT"].V != "8080" || env["DEBUG"].V != "false" || len(env) != 2 {
					t.Fatalf("environment = %+v", env)
				}
			},
		},
		"null list elements are left out, unknown ones kept": {
			in: obj(map[string]cty.Value{"layers": cty.TupleVal([]cty.Value{cty.StringVal("a"), cty.NullVal(cty.String), cty.UnknownVal(cty.String)})}),
			check: func(t *testing.T, f quota.Function) {
				if len(f.Layers.V) != 2 || !f.Layers.V[1].Unknown {
					t.Fatalf("layers = %+v", f.Layers)
				}
			},
		},
		"numeral strings are numbers": {
			in: obj(map[string]cty.Value{"memory_size": cty.StringVal("512")}),
			check: func(t *testing.T, f quota.Function) {
				if f.MemorySize != quota.Known[int64](512) {
					t.Fatalf("memory = %+v", f.MemorySize)
				}
			},
		},
		"sensitive name is kept, marked": {
			in: obj(map[string]cty.Value{"function_name": cty.StringVal("secret").Mark("sensitive")}),
			check: func(t *testing.T, f quota.Function) {
				if !f.Name.Sensitive || f.Name.V != "secret" {
					t.Fatalf("name = %+v", f.Name)
				}
			},
		},
		"AWS blocks and set-typed vpc ids": {
			in: obj(map[string]cty.Value{"vpc_config": cty.ListVal([]cty.Value{obj(map[string]cty.Value{
				"subnet_ids": cty.SetVal([]cty.Value{cty.StringVal("a"), cty.StringVal("b")}), "security_group_ids": cty.UnknownVal(cty.Set(cty.String))})}),
				"arn": cty.UnknownVal(cty.String)}),
			check: func(t *testing.T, f quota.Function) {
				if len(f.SubnetIDs.V) != 2 || !f.SecurityGroupIDs.Unknown {
					t.Fatalf("vpc = %+v %+v", f.SubnetIDs, f.SecurityGroupIDs)
				}
			},
		},
		"capacity provider block": {
			in: obj(map[string]cty.Value{"memory_size": cty.NumberIntVal(16384), "capacity_provider_config": cty.TupleVal([]cty.Value{obj(map[string]cty.Value{
				"lambda_managed_instances_capacity_provider_config": cty.TupleVal([]cty.Value{obj(map[string]cty.Value{
					"capacity_provider_arn": cty.UnknownVal(cty.String), "execution_environment_memory_gib_per_vcpu": cty.NumberFloatVal(2.5)})})})})}),
			check: func(t *testing.T, f quota.Function) {
				if f.ManagedInstances != quota.Known(true) || f.MemoryGiBPerVCPU != quota.Known(2.5) {
					t.Fatalf("managed = %+v, per vCPU = %+v", f.ManagedInstances, f.MemoryGiBPerVCPU)
				}
			},
		},
		"no capacity provider block": {
			in: obj(map[string]cty.Value{"memory_size": cty.NumberIntVal(128), "capacity_provider_config": cty.ListValEmpty(cty.EmptyObject)}),
			check: func(t *testing.T, f quota.Function) {
				if f.ManagedInstances != quota.Known(false) {
					t.Fatalf("managed = %+v", f.ManagedInstances)
				}
			},
		},
		"flat capacity provider unknown": {
			in: obj(map[string]cty.Value{"capacity_provider_arn": cty.UnknownVal(cty.String)}),
			check: func(t *testing.T, f quota.Function) {
				if !f.ManagedInstances.Unknown {
					t.Fatalf("managed = %+v", f.ManagedInstances)
				}
			},
		},
		"a string":                   {in: cty.StringVal("x"), wantErr: `function: must be an aws_lambda_function object or an object with its argument names, got string`},
		"a list of functions":        {in: cty.TupleVal([]cty.Value{obj(map[string]cty.Value{"memory_size": cty.NumberIntVal(1)})}), wantErr: `function: must be one aws_lambda_function object, got a tuple of 1; pass one element`},
		"a for_each map":             {in: obj(map[string]cty.Value{"a": obj(map[string]cty.Value{"memory_size": cty.NumberIntVal(20000)})}), wantErr: `got a collection of 1 (keys "a"); pass one element, such as function["a"]`},
		"no attribute of a function": {in: obj(map[string]cty.Value{"colour": cty.StringVal("red")}), wantErr: `has none of the attributes of an aws_lambda_function`},
		"empty object":               {in: cty.EmptyObjectVal, wantErr: `has none of the attributes`},
		"misspelt key":               {in: obj(map[string]cty.Value{"memory_size": cty.NumberIntVal(128), "timeuot": cty.NumberIntVal(3)}), wantErr: `function.timeuot: unknown key "timeuot"; did you mean "timeout"?`},
		"only a misspelt key":        {in: obj(map[string]cty.Value{"memory_sise": cty.NumberIntVal(20000)}), wantErr: `function.memory_sise: unknown key "memory_sise"; did you mean "memory_size"?`},
		"a key written by hand that nothing reads": {in: obj(map[string]cty.Value{"memory_size": cty.NumberIntVal(128), "colour": cty.StringVal("red")}),
			wantErr: `function.colour: unknown key "colour", which is no argument of aws_lambda_function and no name the checks read`},
		// A newer AWS provider may add attributes to the resource objects.
		"a resource's attribute the checks do not know": {in: obj(map[string]cty.Value{"id": cty.StringVal("api"), "memory_size": cty.NumberIntVal(128), "colour": cty.StringVal("red")})},
		"AWS attributes are allowed":                    {in: obj(map[string]cty.Value{"memory_size": cty.NumberIntVal(128), "role": cty.StringVal("r"), "qualified_arn": cty.UnknownVal(cty.String)})},
		"wrong type names its path":                     {in: obj(map[string]cty.Value{"memory_size": cty.StringVal("lots")}), wantErr: `function.memory_size: must be a number, got string`},
		"fraction":                                      {in: obj(map[string]cty.Value{"timeout": cty.NumberFloatVal(1.5)}), wantErr: `function.timeout: must be a whole number, got 1.5`},
		"every error, not the first":                    {in: obj(map[string]cty.Value{"timeout": cty.NumberFloatVal(1.5), "layers": cty.StringVal("x")}), wantErr: "function.timeout: must be a whole number, got 1.5\nfunction.layers: must be a list of strings, got string"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dc := &decode.Decoder{}
			f := dc.Function(decode.New(tc.in, "function"), decode.Val{})
			err := dc.Err()
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Fatalf("error = %v, want %q", err, tc.wantErr)
			}
			if tc.check != nil {
				tc.check(t, f)
			}
		})
	}
}

func TestOptionsAndQuotas(t *testing.T) {
	t.Parallel()
	tests := map[string]struct {
		in      cty.Value
		wantErr string
		check   func(t *testing.T, l quota.Limits)
	}{
		"misspelt key":  {in: obj(map[string]cty.Value{"quota": cty.EmptyObjectVal}), wantErr: `options.quota: unknown key "quota"; did you mean "quotas"?`},
		"not an object": {in: cty.StringVal("x"), wantErr: `options: must be an object with "quotas"`},
		"bad override":  {in: obj(map[string]cty.Value{"quotas": obj(map[string]cty.Value{"nope": cty.NumberIntVal(1)})}), wantErr: `options.quotas["nope"]: no such quota`},
		"unknown quotas": {in: obj(map[string]cty.Value{"quotas": cty.UnknownVal(cty.Map(cty.Number))}), check: func(t *testing.T, l quota.Limits) {
			if l.Known() {
				t.Fatal("limits known")
			}
		}},
		"one unknown value": {in: obj(map[string]cty.Value{"quotas": obj(map[string]cty.Value{"enis_per_vpc": cty.UnknownVal(cty.Number), "function_memory_max_mb": cty.NumberIntVal(3008)})}),
			check: func(t *testing.T, l quota.Limits) {
				if known, _ := l.Certain(quota.ENIsPerVPC); known || l.Value(quota.FunctionMemoryMaxMB) != 3008 {
					t.Fatal("wrong limits")
				}
			}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dc := &decode.Decoder{}
			l := dc.Options(decode.New(tc.in, "options"), decode.QuotasOptionKeys)
			err := dc.Err()
			if (tc.wantErr == "") != (err == nil) || err != nil && !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("error = %v, want %q", err, tc.wantErr)
			}
			if tc.check != nil {
				tc.check(t, l)
			}
		})
	}
}

// TestCollections: a for_each map counts its values wherever a list of
// resources is accepted.
func TestCollections(t *testing.T) {
	t.Parallel()
	mt := obj(map[string]cty.Value{"subnet_id": cty.StringVal("s")})
	dc := &decode.Decoder{}
	if n := dc.Count(decode.New(obj(map[string]cty.Value{"a": mt, "b": mt}), "efs")); n != quota.Known[int64](2) {
		t.Fatalf("count of a map = %+v", n)
	}
	files := dc.Strings(decode.New(cty.MapVal(map[string]cty.Value{"a": cty.StringVal("a.zip"), "b": cty.StringVal("b.zip")}), "layer_filenames"))
	if len(files.V) != 2 || files.V[0].V != "a.zip" {
		t.Fatalf("strings of a map = %+v", files)
	}
	if n := dc.Count(decode.New(cty.ListVal([]cty.Value{mt}), "efs")); n != quota.Known[int64](1) {
		t.Fatalf("count of a list = %+v", n)
	}
	fn := obj(map[string]cty.Value{"subnet_ids": strs("a"), "security_group_ids": strs("g")})
	fns := dc.VPCFunctions(decode.New(cty.MapVal(map[string]cty.Value{"x": fn, "y": fn}), "functions"))
	if len(fns.V) != 2 {
		t.Fatalf("functions of a map = %+v", fns)
	}
	dc.VPC(decode.New(obj(map[string]cty.Value{"function": cty.EmptyTupleVal}), "vpc"))
	if err := dc.Err(); err == nil || !strings.Contains(err.Error(), `vpc.function: unknown key "function"; did you mean "functions"?`) {
		t.Fatalf("error = %v", err)
	}
}

// An integration checked with {} for its API and function, as OpenTofu
// users must write it (a bare null makes OpenTofu answer unknown), reads
// as one checked with null: no endpoint type, no function linked.
func TestIntegrationTakesAnEmptyObjectForNone(t *testing.T) {
	integration := obj(map[string]cty.Value{"api_id": cty.StringVal("a"), "integration_uri": cty.StringVal("arn:aws:lambda:us-east-1:123456789012:function:api")})
	none := map[string]cty.Value{"null": cty.NullVal(cty.DynamicPseudoType), "{}": cty.EmptyObjectVal}
	for name, v := range none {
		dc := &decode.Decoder{}
		in := dc.IntegrationOf(decode.New(integration, "integration"), decode.New(v, "api"), decode.New(v, "function"))
		if !in.HTTP || in.FunctionLinked || dc.Err() != nil {
			t.Errorf("%s: %+v %v", name, in, dc.Err())
		}
	}
	rest := obj(map[string]cty.Value{"rest_api_id": cty.StringVal("r"), "uri": cty.StringVal("u")})
	for name, v := range none {
		in := (&decode.Decoder{}).IntegrationOf(decode.New(rest, "integration"), decode.New(v, "api"), decode.New(obj(map[string]cty.Value{"function_name": cty.StringVal("api")}), "function"))
		if !in.EndpointTypes.Unknown || !in.FunctionLinked {
			t.Errorf("REST with %s for the API: %+v", name, in)
		}
	}
}
