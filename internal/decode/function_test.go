package decode_test

import (
	"maps"
	"reflect"
	"testing"

	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/boundary"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// Completeness by construction: a function object that sets everything the
// checks read (every boundary row's arguments) leaves no field of the core's
// input unset, and every key the decoder lists as read is read. A new field
// of quota.Function, or a new key in decode.FunctionKeys, that the decoder
// forgets fails these tests.

// populatedFlat is a function with lambdaquota_function's flat names and
// every argument a check reads: each boundary row's, merged,
// with what no row sets: what only a fleet reads, and layers given by their
// packages.
func populatedFlat(t *testing.T) map[string]cty.Value {
	t.Helper()
	fn := map[string]cty.Value{"region": cty.StringVal("us-east-1"), "vpc_id": cty.StringVal("vpc-1"), "uploaded_via_s3": cty.False, "publish": cty.True,
		"layer_filenames": cty.ListVal([]cty.Value{cty.StringVal("build/deps.zip")}), "layer_unzipped_bytes": cty.NumberIntVal(100)}
	for _, r := range boundary.Rows(t) {
		if r.Kind == boundary.Function {
			maps.Copy(fn, r.Past)
			maps.Copy(fn, r.At)
		}
	}
	return fn
}

// optionKeys are what options give an aws_lambda_function, which does not
// carry them.
var optionKeys = []string{"layer_filenames", "layer_unzipped_bytes", "image_size_bytes", "provisioned_concurrent_executions"}

// populatedAWS is the same function as an aws_lambda_function in the AWS
// provider's (v6) shape, and the options that give the rest.
func populatedAWS(t *testing.T) (fn map[string]cty.Value, opts cty.Value) {
	t.Helper()
	flat, options := populatedFlat(t), map[string]cty.Value{}
	for _, k := range optionKeys {
		options[k] = flat[k]
		delete(flat, k)
	}
	delete(flat, "uploaded_via_s3")
	flat["s3_bucket"] = cty.NullVal(cty.String)
	vpcID := flat["vpc_id"]
	delete(flat, "vpc_id")
	resources, ok := boundary.AWS(boundary.Function, flat)
	if !ok {
		t.Fatal("the populated function has no AWS shape")
	}
	fn = resources[0].Values
	vpc := fn["vpc_config"].AsValueSlice()[0].AsValueMap()
	vpc["vpc_id"] = vpcID
	fn["vpc_config"] = cty.ListVal([]cty.Value{cty.ObjectVal(vpc)})
	return fn, cty.ObjectVal(options)
}

// fields walks the quota.Value fields of a fleet function and its function.
func fields(ff quota.FleetFunction, each func(name string, set, unknown bool)) {
	var walk func(prefix string, v reflect.Value)
	walk = func(prefix string, v reflect.Value) {
		for i := range v.NumField() {
			f, name := v.Field(i), prefix+v.Type().Field(i).Name
			switch {
			case f.Kind() == reflect.Struct && f.FieldByName("Set").IsValid():
				each(name, f.FieldByName("Set").Bool(), f.FieldByName("Unknown").Bool())
			case f.Kind() == reflect.Struct:
				walk(name+".", f)
			}
		}
	}
	walk("", reflect.ValueOf(ff))
}

func decodeFleetFunction(t *testing.T, fn map[string]cty.Value, opts cty.Value) quota.FleetFunction {
	t.Helper()
	dc := &decode.Decoder{}
	ff := dc.FleetFunction(decode.New(cty.ObjectVal(fn), "function"), decode.New(opts, "options"))
	if err := dc.Err(); err != nil {
		t.Fatal(err)
	}
	return ff
}

func TestFunctionReadsEveryField(t *testing.T) {
	t.Parallel()
	aws, opts := populatedAWS(t)
	for shape, tc := range map[string]struct {
		fn   map[string]cty.Value
		opts cty.Value
	}{
		"aws_lambda_function": {aws, opts},
		"flat":                {populatedFlat(t), cty.NullVal(cty.DynamicPseudoType)},
	} {
		fields(decodeFleetFunction(t, tc.fn, tc.opts), func(name string, set, unknown bool) {
			if !set || unknown {
				t.Errorf("%s: %s is not read from a function that sets everything", shape, name)
			}
		})
	}
}

func TestFunctionUnknownLeavesEveryFieldUnknown(t *testing.T) {
	t.Parallel()
	aws, _ := populatedAWS(t)
	for shape, fn := range map[string]map[string]cty.Value{"aws_lambda_function": aws, "flat": populatedFlat(t)} {
		unknown := map[string]cty.Value{}
		for k := range fn {
			unknown[k] = cty.DynamicVal
		}
		opts := cty.NullVal(cty.DynamicPseudoType)
		if shape == "aws_lambda_function" {
			unknownOpts := map[string]cty.Value{}
			for _, k := range optionKeys {
				unknownOpts[k] = cty.DynamicVal
			}
			opts = cty.ObjectVal(unknownOpts)
		}
		fields(decodeFleetFunction(t, unknown, opts), func(name string, set, isUnknown bool) {
			if !isUnknown {
				t.Errorf("%s: %s is not unknown when every attribute is", shape, name)
			}
		})
	}
}
