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

// fleetArgument is a for_each map of n functions, as Terraform sends it.
func fleetArgument(b *testing.B, n int) *tfprotov6.DynamicValue {
	b.Helper()
	env := awsFunctionType.AttributeTypes["environment"].(tftypes.List).ElementType
	vpc := awsFunctionType.AttributeTypes["vpc_config"].(tftypes.List).ElementType
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
		arg := fleetArgument(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
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
