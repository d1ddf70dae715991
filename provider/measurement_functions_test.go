package provider

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/ziptest"
)

func TestAccMeasurementFunctions(t *testing.T) {
	dir := t.TempDir()
	pkg := ziptest.WriteSized(t, dir, "p.zip", 2000, 1<<40)
	funcTest(t,
		resource.TestStep{
			Config:      fmt.Sprintf(`output "size" { value = provider::lambdaquota::package_size(%q) }`, filepath.Join(dir, "missing.zip")),
			ExpectError: expectError(`The package ".*missing\.zip" does not exist`),
		},
		resource.TestStep{
			Config: fmt.Sprintf(`output "env" {
  value = provider::lambdaquota::environment_variables_size({ A1 = "xyz", B2 = "<&>" })
}

output "size" {
  value = provider::lambdaquota::package_size(%q)
}

output "enis" {
  value = provider::lambdaquota::hyperplane_enis([
    { subnet_ids = ["a", "b", "c"], security_group_ids = ["sg-1"] },
    { subnet_ids = ["c", "b", "a"], security_group_ids = ["sg-1", "sg-1"] },
    { subnet_ids = [], security_group_ids = [] },
  ])
}
`, pkg),
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownOutputValue("env", knownvalue.Int64Exact(23)),
				statecheck.ExpectKnownOutputValue("size", knownvalue.ObjectExact(map[string]knownvalue.Check{
					"zipped_bytes":   knownvalue.Int64Exact(2000),
					"unzipped_bytes": knownvalue.Int64Exact(1 << 40),
				})),
				statecheck.ExpectKnownOutputValue("enis", knownvalue.Int64Exact(3)),
			},
		},
	)
}
