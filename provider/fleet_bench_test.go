package provider

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
	"github.com/zclconf/go-cty/cty"
	ctymsgpack "github.com/zclconf/go-cty/cty/msgpack"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
)

// awsFunctionType is aws_lambda_function's shape in the AWS provider (v6),
// as a fleet carries it through check_functions: every attribute, blocks as
// lists, so that the benchmark reads and skips what a real fleet holds.
var awsFunctionType = func() tftypes.Object {
	str, num, boolean := tftypes.String, tftypes.Number, tftypes.Bool
	strs := tftypes.List{ElementType: str}
	block := func(attrs map[string]tftypes.Type) tftypes.List {
		return tftypes.List{ElementType: tftypes.Object{AttributeTypes: attrs}}
	}
	t := tftypes.Object{AttributeTypes: map[string]tftypes.Type{
		"function_name": str, "memory_size": num, "timeout": num, "handler": str, "runtime": str, "role": str,
		"description": str, "filename": str, "package_type": str, "layers": strs, "architectures": strs,
		"reserved_concurrent_executions": num, "environment": block(map[string]tftypes.Type{"variables": tftypes.Map{ElementType: str}}),
		"ephemeral_storage": block(map[string]tftypes.Type{"size": num}),
		"vpc_config": block(map[string]tftypes.Type{
			"subnet_ids": tftypes.Set{ElementType: str}, "security_group_ids": tftypes.Set{ElementType: str}, "vpc_id": str,
			"ipv6_allowed_for_dual_stack": boolean}),
		"capacity_provider_config": block(map[string]tftypes.Type{"lambda_managed_instances_capacity_provider_config": block(map[string]tftypes.Type{
			"capacity_provider_arn": str, "execution_environment_memory_gib_per_vcpu": num, "per_execution_environment_max_concurrency": num})}),
		"dead_letter_config":                 block(map[string]tftypes.Type{"target_arn": str}),
		"durable_config":                     block(map[string]tftypes.Type{"execution_timeout": num, "retention_period": num}),
		"file_system_config":                 block(map[string]tftypes.Type{"arn": str, "local_mount_path": str}),
		"image_config":                       block(map[string]tftypes.Type{"command": strs, "entry_point": strs, "working_directory": str}),
		"logging_config":                     block(map[string]tftypes.Type{"application_log_level": str, "log_format": str, "log_group": str, "system_log_level": str}),
		"snap_start":                         block(map[string]tftypes.Type{"apply_on": str, "optimization_status": str}),
		"tenancy_config":                     block(map[string]tftypes.Type{"tenant_isolation_mode": str}),
		"tracing_config":                     block(map[string]tftypes.Type{"mode": str}),
		"timeouts":                           tftypes.Object{AttributeTypes: map[string]tftypes.Type{"create": str, "update": str, "delete": str}},
		"tags":                               tftypes.Map{ElementType: str},
		"tags_all":                           tftypes.Map{ElementType: str},
		"publish":                            boolean,
		"skip_destroy":                       boolean,
		"source_code_size":                   num,
		"replacement_security_group_ids":     tftypes.Set{ElementType: str},
		"replace_security_groups_on_destroy": boolean,
	}}
	for _, name := range []string{
		"arn", "code_sha256", "code_signing_config_arn", "id", "image_uri", "invoke_arn", "kms_key_arn", "last_modified",
		"publish_to", "qualified_arn", "qualified_invoke_arn", "region", "response_streaming_invoke_arn", "s3_bucket", "s3_key",
		"s3_object_version", "signing_job_arn", "signing_profile_version_arn", "source_code_hash", "source_kms_key_arn", "version",
	} {
		t.AttributeTypes[name] = str
	}
	return t
}()

// elementType is the element type of a list or map type.
func elementType(b testing.TB, t tftypes.Type) tftypes.Type {
	b.Helper()
	switch c := t.(type) {
	case tftypes.List:
		return c.ElementType
	case tftypes.Map:
		return c.ElementType
	}
	b.Fatalf("%s is not a list or map", t)
	return nil
}

// fleetArgument is a fleet of n functions as Terraform sends it: the
// for_each object (aws_lambda_function.fleet), which carries every
// instance's type, or, asMap, a map (tomap(aws_lambda_function.fleet)),
// which carries the type once.
func fleetArgument(b *testing.B, n int, asMap bool) *tfprotov6.DynamicValue {
	b.Helper()
	str := func(s string) tftypes.Value { return tftypes.NewValue(tftypes.String, s) }
	num := func(n int64) tftypes.Value { return tftypes.NewValue(tftypes.Number, n) }
	block := func(name string, attrs map[string]tftypes.Value) tftypes.Value {
		t := awsFunctionType.AttributeTypes[name]
		e, ok := elementType(b, t).(tftypes.Object)
		if !ok {
			b.Fatalf("%s is not a block", name)
		}
		for a, at := range e.AttributeTypes {
			if _, ok := attrs[a]; !ok {
				attrs[a] = tftypes.NewValue(at, nil)
			}
		}
		return tftypes.NewValue(t, []tftypes.Value{tftypes.NewValue(e, attrs)})
	}
	tags := func() tftypes.Value {
		return tftypes.NewValue(tftypes.Map{ElementType: tftypes.String}, map[string]tftypes.Value{
			"team": str("payments"), "service": str("fleet"), "environment": str("production")})
	}
	fns := make(map[string]tftypes.Value, n)
	types := make(map[string]tftypes.Type, n)
	for i := range n {
		key := fmt.Sprintf("fn-%d", i)
		// As planned for a new function: computed attributes unknown.
		vals := map[string]tftypes.Value{}
		for name, t := range awsFunctionType.AttributeTypes {
			vals[name] = tftypes.NewValue(t, tftypes.UnknownValue)
		}
		for _, name := range []string{"code_signing_config_arn", "description", "image_uri", "kms_key_arn", "publish_to", "s3_bucket",
			"s3_key", "s3_object_version", "source_kms_key_arn", "dead_letter_config", "durable_config", "file_system_config",
			"image_config", "snap_start", "tenancy_config", "capacity_provider_config", "timeouts", "replacement_security_group_ids",
			"ephemeral_storage", "package_type"} {
			vals[name] = tftypes.NewValue(awsFunctionType.AttributeTypes[name], nil)
		}
		vals["function_name"], vals["handler"], vals["runtime"] = str(key), str("index.handler"), str("python3.13")
		vals["role"], vals["filename"], vals["region"] = str("arn:aws:iam::123456789012:role/fn"), tftypes.NewValue(tftypes.String, nil), str("eu-west-1")
		vals["memory_size"], vals["timeout"], vals["reserved_concurrent_executions"] = num(512), num(30), num(-1)
		vals["source_code_hash"] = str("n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=")
		vals["layers"] = tftypes.NewValue(tftypes.List{ElementType: tftypes.String}, []tftypes.Value{str("arn:aws:lambda:eu-west-1:123456789012:layer:deps:1")})
		vals["publish"], vals["skip_destroy"] = tftypes.NewValue(tftypes.Bool, false), tftypes.NewValue(tftypes.Bool, false)
		vals["replace_security_groups_on_destroy"] = tftypes.NewValue(tftypes.Bool, nil)
		vals["tags"], vals["tags_all"] = tags(), tags()
		vals["environment"] = block("environment", map[string]tftypes.Value{"variables": tftypes.NewValue(tftypes.Map{ElementType: tftypes.String},
			map[string]tftypes.Value{"LOG_LEVEL": str("info"), "TABLE": str(key)})})
		vals["vpc_config"] = block("vpc_config", map[string]tftypes.Value{
			"subnet_ids":         tftypes.NewValue(tftypes.Set{ElementType: tftypes.String}, []tftypes.Value{str("subnet-a"), str("subnet-b")}),
			"security_group_ids": tftypes.NewValue(tftypes.Set{ElementType: tftypes.String}, []tftypes.Value{str("sg-app")}),
			"vpc_id":             tftypes.NewValue(tftypes.String, tftypes.UnknownValue)})
		vals["logging_config"] = block("logging_config", map[string]tftypes.Value{"log_format": str("Text"),
			"log_group": tftypes.NewValue(tftypes.String, tftypes.UnknownValue)})
		vals["tracing_config"] = block("tracing_config", map[string]tftypes.Value{"mode": str("PassThrough")})
		fns[key] = tftypes.NewValue(awsFunctionType, vals)
		types[key] = awsFunctionType
	}
	// A for_each resource reaches a function as an object of its instances.
	fleet := tftypes.NewValue(tftypes.Object{AttributeTypes: types}, fns)
	if asMap {
		fleet = tftypes.NewValue(tftypes.Map{ElementType: awsFunctionType}, fns)
	}
	// Written as Terraform writes it, with cty: maps and objects in key order.
	v, err := decode.FromTerraform(fleet)
	if err != nil {
		b.Fatal(err)
	}
	msgpack, err := ctymsgpack.Marshal(v, cty.DynamicPseudoType)
	if err != nil {
		b.Fatal(err)
	}
	return &tfprotov6.DynamicValue{MsgPack: msgpack}
}

// BenchmarkCheckFunctionsCall calls check_functions through the protocol
// server, as Terraform does once per condition, on a fleet of n functions
// as the for_each object and as a map. The baseline, in the same run, is cty
// decoding the same argument, which was the first step of a call before
// arguments were read lazily. wire-bytes/fn is the argument's size per
// function: the plugin protocol's server takes messages of up to 256 MiB.
func BenchmarkCheckFunctionsCall(b *testing.B) {
	ctx := context.Background()
	server, err := testAccProtoV6ProviderFactories["lambdaquota"]()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 10000, 100000} {
		for _, form := range []string{"for_each", "tomap"} {
			arg := fleetArgument(b, n, form == "tomap")
			perFunction := float64(len(arg.MsgPack)) / float64(n)
			b.Run(fmt.Sprintf("check_functions/%s/%d", form, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					resp, err := server.CallFunction(ctx, &tfprotov6.CallFunctionRequest{Name: "check_functions", Arguments: []*tfprotov6.DynamicValue{arg}})
					if err != nil || resp.Error != nil {
						b.Fatal(err, resp.Error)
					}
				}
				b.ReportMetric(perFunction, "wire-bytes/fn")
			})
			b.Run(fmt.Sprintf("cty_decode/%s/%d", form, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := ctymsgpack.Unmarshal(arg.MsgPack, cty.DynamicPseudoType); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(perFunction, "wire-bytes/fn")
			})
		}
	}
}

// BenchmarkFunctionsDataSource validates and reads a lambdaquota_functions
// data source of n functions through the protocol server, as a plan does.
func BenchmarkFunctionsDataSource(b *testing.B) {
	ctx := context.Background()
	server, schemas := configuredServer(b)
	typ := schemas.DataSourceSchemas["lambdaquota_functions"].ValueType()
	strs := tftypes.List{ElementType: tftypes.String}
	// As a for expression sends it: a map of objects with the keys set.
	fnType := tftypes.Object{AttributeTypes: map[string]tftypes.Type{
		"function_name": tftypes.String, "memory_size": tftypes.Number, "subnet_ids": strs, "security_group_ids": strs}}
	for _, n := range []int{1000} {
		fns := make(map[string]tftypes.Value, n)
		for i := range n {
			fns[fmt.Sprintf("fn-%d", i)] = tftypes.NewValue(fnType, map[string]tftypes.Value{
				"function_name":      tftypes.NewValue(tftypes.String, fmt.Sprintf("fn-%d", i)),
				"memory_size":        tftypes.NewValue(tftypes.Number, 512),
				"subnet_ids":         tftypes.NewValue(strs, []tftypes.Value{tftypes.NewValue(tftypes.String, "subnet-a")}),
				"security_group_ids": tftypes.NewValue(strs, []tftypes.Value{tftypes.NewValue(tftypes.String, "sg")}),
			})
		}
		config := mustDynamic(b, typ, map[string]tftypes.Value{"functions": tftypes.NewValue(tftypes.Map{ElementType: fnType}, fns)})
		// The framework's own path is the baseline, in the same run.
		for name, srv := range map[string]tfprotov6.ProviderServer{"wire": server, "framework": frameworkOf(b, server)} {
			b.Run(fmt.Sprintf("%s/%d", name, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					v, err := srv.ValidateDataResourceConfig(ctx, &tfprotov6.ValidateDataResourceConfigRequest{TypeName: "lambdaquota_functions", Config: config})
					if err != nil || len(v.Diagnostics) > 0 {
						b.Fatal(err, v.Diagnostics)
					}
					r, err := srv.ReadDataSource(ctx, &tfprotov6.ReadDataSourceRequest{TypeName: "lambdaquota_functions", Config: config})
					if err != nil || len(r.Diagnostics) > 0 || r.State == nil {
						b.Fatal(err, r.Diagnostics)
					}
				}
			})
		}
	}
}
