package decode_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// Completeness by construction: a function object that sets everything the
// checks read leaves no field of the core's input unset, and every key the
// decoder lists as read is read. A new field of quota.Function, or a new key
// in decode.FunctionKeys, that the decoder forgets fails these tests.

func str(s string) cty.Value { return cty.StringVal(s) }

// populatedAWS is an aws_lambda_function in the AWS provider's (v6) shape
// with every attribute a check reads set.
func populatedAWS() map[string]cty.Value {
	block := func(attrs map[string]cty.Value) cty.Value { return cty.ListVal([]cty.Value{cty.ObjectVal(attrs)}) }
	return map[string]cty.Value{
		"function_name": str("api"), "package_type": str("Zip"), "memory_size": cty.NumberIntVal(2048), "timeout": cty.NumberIntVal(30),
		"ephemeral_storage": block(map[string]cty.Value{"size": cty.NumberIntVal(1024)}),
		"environment":       block(map[string]cty.Value{"variables": cty.MapVal(map[string]cty.Value{"LOG_LEVEL": str("info")})}),
		"layers":            strs("arn:aws:lambda:us-east-1:123456789012:layer:deps:1"), "filename": str("build/api.zip"), "s3_bucket": cty.NullVal(cty.String),
		"reserved_concurrent_executions": cty.NumberIntVal(10),
		"vpc_config":                     block(map[string]cty.Value{"subnet_ids": strs("subnet-a"), "security_group_ids": strs("sg-1"), "vpc_id": str("vpc-1")}),
		"architectures":                  strs("arm64"), "handler": str("index.handler"), "description": str("the API"), "region": str("us-east-1"),
		"capacity_provider_config": block(map[string]cty.Value{"lambda_managed_instances_capacity_provider_config": block(map[string]cty.Value{
			"capacity_provider_arn": str("arn:aws:lambda:us-east-1:123456789012:capacity-provider:cp"), "execution_environment_memory_gib_per_vcpu": cty.NumberFloatVal(2),
			"per_execution_environment_max_concurrency": cty.NumberIntVal(10)})}),
	}
}

// populatedFlat is a function with lambdaquota_function's flat names.
func populatedFlat() map[string]cty.Value {
	return map[string]cty.Value{
		"function_name": str("api"), "package_type": str("Zip"), "memory_size": cty.NumberIntVal(2048), "timeout": cty.NumberIntVal(30),
		"ephemeral_storage_size": cty.NumberIntVal(1024), "environment_variables": cty.MapVal(map[string]cty.Value{"LOG_LEVEL": str("info")}),
		"layers": strs("arn:aws:lambda:us-east-1:123456789012:layer:deps:1"), "filename": str("build/api.zip"), "uploaded_via_s3": cty.False,
		"layer_filenames": strs("build/deps.zip"), "layer_unzipped_bytes": cty.NumberIntVal(100), "image_size_bytes": cty.NumberIntVal(100),
		"reserved_concurrent_executions": cty.NumberIntVal(10), "subnet_ids": strs("subnet-a"), "security_group_ids": strs("sg-1"),
		"vpc_id": str("vpc-1"), "architectures": strs("arm64"), "handler": str("index.handler"), "description": str("the API"), "region": str("us-east-1"),
		"capacity_provider_arn": str("arn:aws:lambda:us-east-1:123456789012:capacity-provider:cp"), "execution_environment_memory_gib_per_vcpu": cty.NumberFloatVal(2),
		"per_execution_environment_max_concurrency": cty.NumberIntVal(10), "provisioned_concurrent_executions": cty.NumberIntVal(5),
	}
}

// resourceOptions give what an aws_lambda_function does not carry.
var resourceOptions = cty.ObjectVal(map[string]cty.Value{"layer_filenames": strs("build/deps.zip"),
	"layer_unzipped_bytes": cty.NumberIntVal(100), "image_size_bytes": cty.NumberIntVal(100), "provisioned_concurrent_executions": cty.NumberIntVal(5)})

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
	for shape, tc := range map[string]struct {
		fn   map[string]cty.Value
		opts cty.Value
	}{
		"aws_lambda_function": {populatedAWS(), resourceOptions},
		"flat":                {populatedFlat(), cty.NullVal(cty.DynamicPseudoType)},
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
	for shape, fn := range map[string]map[string]cty.Value{"aws_lambda_function": populatedAWS(), "flat": populatedFlat()} {
		unknown := map[string]cty.Value{}
		for k := range fn {
			unknown[k] = cty.DynamicVal
		}
		opts := cty.NullVal(cty.DynamicPseudoType)
		if shape == "aws_lambda_function" {
			opts = cty.ObjectVal(map[string]cty.Value{"layer_filenames": cty.DynamicVal, "layer_unzipped_bytes": cty.DynamicVal,
				"image_size_bytes": cty.DynamicVal, "provisioned_concurrent_executions": cty.DynamicVal})
		}
		fields(decodeFleetFunction(t, unknown, opts), func(name string, set, isUnknown bool) {
			if !isUnknown {
				t.Errorf("%s: %s is not unknown when every attribute is", shape, name)
			}
		})
	}
}

func TestEveryFunctionKeyIsRead(t *testing.T) {
	t.Parallel()
	read := map[string]bool{}
	for _, fn := range []map[string]cty.Value{populatedAWS(), populatedFlat()} {
		whole := decodeFleetFunction(t, fn, cty.NullVal(cty.DynamicPseudoType))
		for k := range fn {
			without := withoutKey(fn, k)
			if !reflect.DeepEqual(decodeFleetFunction(t, without, cty.NullVal(cty.DynamicPseudoType)), whole) {
				read[k] = true
			}
		}
	}
	for _, k := range append(slices.Clone(decode.FunctionKeys), "vpc_id") {
		if !read[k] {
			t.Errorf("%s is listed as read by the checks, but leaving it out changes nothing", k)
		}
	}
}

// withoutKey is fn without key k.
func withoutKey(fn map[string]cty.Value, k string) map[string]cty.Value {
	out := make(map[string]cty.Value, len(fn))
	for key, v := range fn {
		if key != k {
			out[key] = v
		}
	}
	return out
}
