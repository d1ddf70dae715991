package provider

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// BenchmarkFunctionDataSourceRead validates and reads a lambdaquota_function
// through the protocol server, as a plan does once per data source.
func BenchmarkFunctionDataSourceRead(b *testing.B) {
	ctx := context.Background()
	server, schemas := configuredServer(b)
	typ := schemas.DataSourceSchemas["lambdaquota_function"].ValueType()
	config := mustDynamic(b, typ, map[string]tftypes.Value{
		"function_name": tftypes.NewValue(tftypes.String, "fn-1"),
		"memory_size":   tftypes.NewValue(tftypes.Number, 512),
	})
	b.ReportAllocs()
	for b.Loop() {
		v, err := server.ValidateDataResourceConfig(ctx, &tfprotov6.ValidateDataResourceConfigRequest{TypeName: "lambdaquota_function", Config: config})
		if err != nil || len(v.Diagnostics) > 0 {
			b.Fatal(err, v.Diagnostics)
		}
		r, err := server.ReadDataSource(ctx, &tfprotov6.ReadDataSourceRequest{TypeName: "lambdaquota_function", Config: config})
		if err != nil || len(r.Diagnostics) > 0 {
			b.Fatal(err, r.Diagnostics)
		}
	}
}

// configuredServer is the provider's server, configured as in a plan, with
// its schemas.
func configuredServer(b testing.TB) (tfprotov6.ProviderServer, *tfprotov6.GetProviderSchemaResponse) {
	b.Helper()
	ctx := context.Background()
	server, err := testAccProtoV6ProviderFactories["lambdaquota"]()
	if err != nil {
		b.Fatal(err)
	}
	schemas, err := server.GetProviderSchema(ctx, &tfprotov6.GetProviderSchemaRequest{})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := server.ConfigureProvider(ctx, &tfprotov6.ConfigureProviderRequest{Config: mustDynamic(b, schemas.Provider.ValueType(), nil)}); err != nil {
		b.Fatal(err)
	}
	return server, schemas
}

// mustDynamic encodes an object of the given type with the given attributes
// set and every other attribute null.
func mustDynamic(b testing.TB, typ tftypes.Type, set map[string]tftypes.Value) *tfprotov6.DynamicValue {
	b.Helper()
	obj, ok := typ.(tftypes.Object)
	if !ok {
		b.Fatalf("schema type %s is not an object", typ)
	}
	vals := map[string]tftypes.Value{}
	for name, t := range obj.AttributeTypes {
		if v, ok := set[name]; ok {
			vals[name] = v
		} else {
			vals[name] = tftypes.NewValue(t, nil)
		}
	}
	dv, err := tfprotov6.NewDynamicValue(typ, tftypes.NewValue(typ, vals))
	if err != nil {
		b.Fatal(err)
	}
	return &dv
}
