package provider

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/ziptest"
)

func TestAccCheckLayerPostcondition(t *testing.T) {
	dir := t.TempDir()
	at := ziptest.Write(t, dir, "at.zip", ziptest.Entry{Name: "python/lib", Size: 262144000})
	over := ziptest.Write(t, dir, "over.zip", ziptest.Entry{Name: "python/lib", Size: 262144001})
	layer := func(filename string, runtimes int) string {
		return fmt.Sprintf(`resource "aws_lambda_layer_version" "test" {
  layer_name          = "deps"
  filename            = %q
  compatible_runtimes = %s
  lifecycle {
    postcondition {
      condition     = provider::lambdaquota::check_layer(self)
      error_message = "over a Lambda quota"
    }
  }
}
`, filename, hclList(runtimes, "python3"))
	}
	funcTest(t,
		resource.TestStep{Config: layer(over, 15), ExpectError: expectError(`Lambda Unzipped Code Too Large: The unzipped size of the layer package is 262,144,001 bytes`)},
		resource.TestStep{Config: layer(at, 16), ExpectError: expectError(`Too Many Lambda Layer Runtimes`)},
		resource.TestStep{Config: layer(at, 15)},
	)
}

func TestAccLayerDescriptionFunction(t *testing.T) {
	funcTest(t,
		resource.TestStep{Config: output(fmt.Sprintf(`provider::lambdaquota::check_layer({ layer_name = "deps", license_info = %q })`, strings.Repeat("l", 513))),
			ExpectError: expectError(`Lambda Layer License Too Long`)},
		resource.TestStep{Config: output(fmt.Sprintf(`provider::lambdaquota::check_layer({ layer_name = "deps", description = %q })`, strings.Repeat("d", 256))),
			ConfigStateChecks: outputTrue},
	)
}
