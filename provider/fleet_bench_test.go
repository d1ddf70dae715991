package provider

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// awsFunctionType is the part of aws_lambda_function's shape a fleet carries
// through check_functions, blocks as lists.
var awsFunctionType = tftypes.Object{AttributeTypes: map[string]tftypes.Type{
	"function_name": tftypes.String, "memory_size": tftypes.Number, "timeout": tftypes.Number, "handler": tftypes.String,
	"arn": tftypes.String, "role": tftypes.String, "runtime": tftypes.String, "layers": tftypes.List{ElementType: tftypes.String},
	"reserved_concurrent_executions": tftypes.Number,
	"environment":                    tftypes.List{ElementType: tftypes.Object{AttributeTypes: map[string]tftypes.Type{"variables": tftypes.Map{ElementType: tftypes.String}}}},
	"vpc_config": tftypes.List{ElementType: tftypes.Object{AttributeTypes: map[string]tftypes.Type{
		"subnet_ids": tftypes.Set{ElementType: tftypes.String}, "security_group_ids": tftypes.Set{ElementType: tftypes.String}, "vpc_id": tftypes.String}}},
}}

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

// fleetArgument is a for_each map of n functions, as Terraform sends it.
func fleetArgument(b *testing.B, n int) *tfprotov6.DynamicValue {
	b.Helper()
	env := elementType(b, awsFunctionType.AttributeTypes["environment"])
	vpc := elementType(b, awsFunctionType.AttributeTypes["vpc_config"])
	fns := make(map[string]tftypes.Value, n)
	types := make(map[string]tftypes.Type, n)
	str := func(s string) tftypes.Value { return tftypes.NewValue(tftypes.String, s) }
	for i := range n {
		key := fmt.Sprintf("fn-%d", i)
		fns[key] = tftypes.NewValue(awsFunctionType, map[string]tftypes.Value{
			"function_name": str(key), "memory_size": tftypes.NewValue(tftypes.Number, 512), "timeout": tftypes.NewValue(tftypes.Number, 30),
			"handler": str("index.handler"), "arn": tftypes.NewValue(tftypes.String, tftypes.UnknownValue), "role": str("arn:aws:iam::123456789012:role/fn"),
			"runtime": str("python3.13"), "layers": tftypes.NewValue(tftypes.List{ElementType: tftypes.String}, []tftypes.Value{str("arn:aws:lambda:eu-west-1:123456789012:layer:deps:1")}),
			"reserved_concurrent_executions": tftypes.NewValue(tftypes.Number, -1),
			"environment": tftypes.NewValue(tftypes.List{ElementType: env}, []tftypes.Value{tftypes.NewValue(env, map[string]tftypes.Value{
				"variables": tftypes.NewValue(tftypes.Map{ElementType: tftypes.String}, map[string]tftypes.Value{"LOG_LEVEL": str("info"), "TABLE": str(key)})})}),
			"vpc_config": tftypes.NewValue(tftypes.List{ElementType: vpc}, []tftypes.Value{tftypes.NewValue(vpc, map[string]tftypes.Value{
				"subnet_ids":         tftypes.NewValue(tftypes.Set{ElementType: tftypes.String}, []tftypes.Value{str("subnet-a"), str("subnet-b")}),
				"security_group_ids": tftypes.NewValue(tftypes.Set{ElementType: tftypes.String}, []tftypes.Value{str("sg-app")}),
				"vpc_id":             tftypes.NewValue(tftypes.String, tftypes.UnknownValue)})}),
		})
		types[key] = awsFunctionType
	}
	// A for_each resource reaches a function as an object of its instances.
	fleet := tftypes.NewValue(tftypes.Object{AttributeTypes: types}, fns)
	dv, err := tfprotov6.NewDynamicValue(tftypes.DynamicPseudoType, fleet)
	if err != nil {
		b.Fatal(err)
	}
	return &dv
}

// BenchmarkCheckFunctionsCall calls check_functions through the protocol
// server, as Terraform does once per condition, on a fleet of n functions.
func BenchmarkCheckFunctionsCall(b *testing.B) {
	ctx := context.Background()
	server, err := testAccProtoV6ProviderFactories["lambdaquota"]()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			arg := fleetArgument(b, n)
			b.ReportAllocs()
			for b.Loop() {
				resp, err := server.CallFunction(ctx, &tfprotov6.CallFunctionRequest{Name: "check_functions", Arguments: []*tfprotov6.DynamicValue{arg}})
				if err != nil || resp.Error != nil {
					b.Fatal(err, resp.Error)
				}
			}
		})
	}
}

// BenchmarkFunctionsDataSource validates and reads a lambdaquota_functions
// data source of n functions through the protocol server, as a plan does.
func BenchmarkFunctionsDataSource(b *testing.B) {
	ctx := context.Background()
	server, schemas := configuredServer(b)
	typ := schemas.DataSourceSchemas["lambdaquota_functions"].ValueType()
	obj, ok := typ.(tftypes.Object)
	if !ok {
		b.Fatalf("schema type %s is not an object", typ)
	}
	fnType, ok := elementType(b, obj.AttributeTypes["functions"]).(tftypes.Object)
	if !ok {
		b.Fatal("functions is not a map of objects")
	}
	for _, n := range []int{1000} {
		fns := make(map[string]tftypes.Value, n)
		for i := range n {
			vals := map[string]tftypes.Value{}
			for name, t := range fnType.AttributeTypes {
				vals[name] = tftypes.NewValue(t, nil)
			}
			vals["function_name"] = tftypes.NewValue(tftypes.String, fmt.Sprintf("fn-%d", i))
			vals["memory_size"] = tftypes.NewValue(tftypes.Number, 512)
			vals["subnet_ids"] = tftypes.NewValue(tftypes.List{ElementType: tftypes.String}, []tftypes.Value{tftypes.NewValue(tftypes.String, "subnet-a")})
			vals["security_group_ids"] = tftypes.NewValue(tftypes.List{ElementType: tftypes.String}, []tftypes.Value{tftypes.NewValue(tftypes.String, "sg")})
			fns[fmt.Sprintf("fn-%d", i)] = tftypes.NewValue(fnType, vals)
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
