package provider

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/ziptest"
)

func TestAccLayerDataSource(t *testing.T) {
	dir := t.TempDir()
	zipOver := ziptest.WriteSized(t, dir, "over.zip", 52428801, 5)
	unzAt := ziptest.Write(t, dir, "unz-at.zip", ziptest.Entry{Name: "python/lib", Size: 262144000})
	unzOver := ziptest.Write(t, dir, "unz-over.zip", ziptest.Entry{Name: "python/lib", Size: 262144001})
	layer := func(args string) string {
		return "data \"lambdaquota_layer\" \"test\" {\n  layer_name = \"deps\"\n" + args + "\n}\n"
	}
	accTest(t,
		resource.TestStep{
			Config:      layer(fmt.Sprintf("filename = %q", zipOver)),
			ExpectError: expectError(`Lambda Deployment Package Too Large to Upload[\s\S]*zipped size of the layer package`),
		},
		resource.TestStep{
			Config:      layer(fmt.Sprintf("filename = %q", unzOver)),
			ExpectError: expectError(`Lambda Unzipped Code Too Large[\s\S]*262,144,001 bytes`),
		},
		resource.TestStep{
			Config:      layer("compatible_runtimes = " + hclList(16, "python3")),
			ExpectError: expectError(`Too Many Lambda Layer Runtimes[\s\S]*is 16[\s\S]*more than the 15 runtimes`),
		},
		resource.TestStep{
			Config:      layer(`compatible_architectures = ["x86_64", "arm64", "x86_64"]`),
			ExpectError: expectError(`Too Many Lambda Layer Architectures`),
		},
		resource.TestStep{
			Config: layer(fmt.Sprintf("filename = %q\ncompatible_runtimes = %s\ncompatible_architectures = [\"x86_64\", \"arm64\"]", unzAt, hclList(15, "python3"))),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue("data.lambdaquota_layer.test", "unzipped_bytes", knownvalue.Int64Exact(262144000)),
			},
		},
		resource.TestStep{
			Config: layer(fmt.Sprintf("filename = %q\nuploaded_via_s3 = true", zipOver)),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue("data.lambdaquota_layer.test", "zipped_bytes", knownvalue.Int64Exact(52428801)),
				stateValue("data.lambdaquota_layer.test", "unzipped_bytes", knownvalue.Int64Exact(5)),
			},
		},
	)
}

func TestAccLayerDescriptionAndLicense(t *testing.T) {
	layer := func(desc, license int) string {
		return fmt.Sprintf(`data "lambdaquota_layer" "test" {
  layer_name   = "deps"
  description  = %q
  license_info = %q
}
`, strings.Repeat("d", desc), strings.Repeat("l", license))
	}
	accTest(t,
		resource.TestStep{Config: layer(257, 10), ExpectError: expectError(`Lambda Layer Description Too Long[\s\S]*257 characters`)},
		resource.TestStep{Config: layer(10, 513), ExpectError: expectError(`Lambda Layer License Too Long[\s\S]*513 characters`)},
		resource.TestStep{Config: layer(256, 512)},
	)
}
