package provider

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// BenchmarkProviderStartup starts a provider server and fetches its schema,
// as Terraform does before every plan; the baseline in the same run is
// parsing the quota catalog, which start-up does once.
func BenchmarkProviderStartup(b *testing.B) {
	ctx := context.Background()
	b.Run("server+GetProviderSchema", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			server, err := testAccProtoV6ProviderFactories["lambdaquota"]()
			if err != nil {
				b.Fatal(err)
			}
			resp, err := server.GetProviderSchema(ctx, &tfprotov6.GetProviderSchemaRequest{})
			if err != nil || len(resp.Diagnostics) > 0 {
				b.Fatal(err, resp.Diagnostics)
			}
		}
	})
	b.Run("baseline/ParseCatalog", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := quota.ParseEmbeddedCatalog(); err != nil {
				b.Fatal(err)
			}
		}
	})
}
