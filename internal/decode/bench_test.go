package decode_test

import (
	"fmt"
	"testing"

	"github.com/zclconf/go-cty/cty"
	ctymsgpack "github.com/zclconf/go-cty/cty/msgpack"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
)

// awsFunction is an aws_lambda_function as planned for creation, in the
// AWS provider's (v6) shape: computed attributes unknown, blocks as lists.
func awsFunction(name string) cty.Value {
	str, unknown, null := cty.StringVal, cty.UnknownVal(cty.String), cty.NullVal(cty.String)
	block := func(attrs map[string]cty.Value) cty.Value { return cty.ListVal([]cty.Value{cty.ObjectVal(attrs)}) }
	noBlock := func(attrs map[string]cty.Type) cty.Value { return cty.ListValEmpty(cty.Object(attrs)) }
	tags := cty.MapVal(map[string]cty.Value{"team": str("payments"), "service": str("fleet"), "environment": str("production")})
	attrs := map[string]cty.Value{
		"function_name": str(name), "handler": str("index.handler"), "runtime": str("python3.13"), "role": str("arn:aws:iam::123456789012:role/fn"),
		"memory_size": cty.NumberIntVal(512), "timeout": cty.NumberIntVal(30), "reserved_concurrent_executions": cty.NumberIntVal(-1),
		"layers": cty.ListVal([]cty.Value{str("arn:aws:lambda:eu-west-1:123456789012:layer:deps:1")}), "architectures": cty.UnknownVal(cty.List(cty.String)),
		"environment": block(map[string]cty.Value{"variables": cty.MapVal(map[string]cty.Value{"LOG_LEVEL": str("info"), "TABLE": str(name)})}),
		"vpc_config": block(map[string]cty.Value{"subnet_ids": cty.SetVal([]cty.Value{str("subnet-a"), str("subnet-b")}),
			"security_group_ids": cty.SetVal([]cty.Value{str("sg-app")}), "vpc_id": unknown, "ipv6_allowed_for_dual_stack": cty.False}),
		"logging_config":     block(map[string]cty.Value{"log_format": str("Text"), "log_group": unknown, "application_log_level": null, "system_log_level": null}),
		"tracing_config":     block(map[string]cty.Value{"mode": str("PassThrough")}),
		"ephemeral_storage":  noBlock(map[string]cty.Type{"size": cty.Number}),
		"dead_letter_config": noBlock(map[string]cty.Type{"target_arn": cty.String}),
		"file_system_config": noBlock(map[string]cty.Type{"arn": cty.String, "local_mount_path": cty.String}),
		"image_config":       noBlock(map[string]cty.Type{"command": cty.List(cty.String), "entry_point": cty.List(cty.String), "working_directory": cty.String}),
		"snap_start":         noBlock(map[string]cty.Type{"apply_on": cty.String, "optimization_status": cty.String}),
		"tags":               tags, "tags_all": tags, "publish": cty.False, "skip_destroy": cty.False, "source_code_size": cty.UnknownVal(cty.Number),
		"replacement_security_group_ids": cty.NullVal(cty.Set(cty.String)), "replace_security_groups_on_destroy": cty.NullVal(cty.Bool),
		"timeouts": cty.NullVal(cty.Object(map[string]cty.Type{"create": cty.String, "update": cty.String, "delete": cty.String})),
	}
	for _, a := range []string{"arn", "code_sha256", "id", "invoke_arn", "last_modified", "qualified_arn", "qualified_invoke_arn",
		"response_streaming_invoke_arn", "signing_job_arn", "signing_profile_version_arn", "version", "source_code_hash"} {
		attrs[a] = unknown
	}
	for _, a := range []string{"code_signing_config_arn", "description", "filename", "image_uri", "kms_key_arn", "package_type",
		"publish_to", "region", "s3_bucket", "s3_key", "s3_object_version", "source_kms_key_arn"} {
		attrs[a] = null
	}
	return cty.ObjectVal(attrs)
}

// BenchmarkFleetFromWire reads a list of 1,000 aws_lambda_function objects
// from msgpack with every function check's decoder; the baseline, in the
// same run, is cty decoding the same bytes.
func BenchmarkFleetFromWire(b *testing.B) {
	fns := make([]cty.Value, 1000)
	for i := range fns {
		fns[i] = awsFunction(fmt.Sprintf("fn-%d", i))
	}
	msgpack, err := ctymsgpack.Marshal(cty.ListVal(fns), cty.DynamicPseudoType)
	if err != nil {
		b.Fatal(err)
	}
	opts := decode.New(cty.NullVal(cty.DynamicPseudoType), "options")
	b.Run("decode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			v, err := decode.FromWire(msgpack, "functions")
			if err != nil {
				b.Fatal(err)
			}
			dc := &decode.Decoder{}
			if f := dc.Fleet(v, opts); len(f.Functions) != len(fns) || dc.Err() != nil {
				b.Fatal(dc.Err())
			}
		}
	})
	b.Run("cty_unmarshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := ctymsgpack.Unmarshal(msgpack, cty.DynamicPseudoType); err != nil {
				b.Fatal(err)
			}
		}
	})
}
