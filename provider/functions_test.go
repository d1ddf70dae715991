package provider

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/awstest"
)

// funcTest runs steps that call provider-defined functions, which need
// Terraform 1.8 or OpenTofu 1.7; the test-only aws provider is served too.
func funcTest(t *testing.T, steps ...resource.TestStep) {
	t.Helper()
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { testAccPreCheck(t) },
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_8_0)},
		ProtoV6ProviderFactories: map[string]func() (tfprotov6.ProviderServer, error){"lambdaquota": newTestServer, "aws": awstest.Server},
		Steps:                    steps,
	})
}

func output(expr string) string {
	return fmt.Sprintf("output \"ok\" {\n  value = %s\n}\n", expr)
}

var outputTrue = []statecheck.StateCheck{statecheck.ExpectKnownOutputValue("ok", knownvalue.Bool(true))}
