package provider

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/awstest"
)

// readExample returns the configuration of an example folder, with the
// provider's registry address as the tests serve it.
func readExample(t *testing.T, dir string) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.tf"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no .tf files in %s: %v", dir, err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(src)
		b.WriteByte('\n')
	}
	// The tests run the configuration in a folder of their own: files the
	// example reads stay in its folder.
	src := strings.ReplaceAll(b.String(), "${path.module}", abs)
	return strings.ReplaceAll(src, `"lambdaquota/lambdaquota"`, `"hashicorp/lambdaquota"`)
}

// TestAccExamples plans every example folder, so that no documented example
// can rot: each must pass, except the ones that show a rejected plan.
func TestAccExamples(t *testing.T) {
	dirs, err := filepath.Glob("../examples/*/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range append(dirs, "../examples/provider") {
		st, err := os.Stat(dir)
		// The saved-plan walkthrough needs the AWS-shaped provider and a
		// prior state: cmd/lambdaquota's tests plan it. examples/ci holds
		// CI files, which examples/ci's own tests run.
		if err != nil || !st.IsDir() || strings.HasPrefix(dir, "../examples/saved-plan") || strings.HasPrefix(dir, "../examples/ci/") {
			continue
		}
		t.Run(strings.TrimPrefix(dir, "../examples/"), func(t *testing.T) {
			tc := resource.TestCase{
				PreCheck: func() { testAccPreCheck(t) },
				// The guides' examples declare AWS resources beside the checks.
				ProtoV6ProviderFactories: map[string]func() (tfprotov6.ProviderServer, error){"lambdaquota": newTestServer, "aws": awstest.Server},
				Steps:                    []resource.TestStep{{Config: readExample(t, dir)}},
			}
			if strings.Contains(dir, "/functions/") {
				tc.TerraformVersionChecks = []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_8_0)}
			}
			switch {
			case strings.HasSuffix(dir, "demo/rejected"):
				tc.Steps[0].ExpectError = expectError(`Lambda Environment Variables Too Large[\s\S]*Too Many Network Interfaces in VPC`)
			case strings.HasSuffix(dir, "guides/account-snapshot"):
				// The walkthrough's figures, as its README explains them.
				tc.Steps[0].ConfigStateChecks = []statecheck.StateCheck{
					statecheck.ExpectKnownOutputValue("enis_in_use", knownvalue.Int64Exact(3)),
					statecheck.ExpectKnownOutputValue("enis_after_apply", knownvalue.Int64Exact(5)),
					statecheck.ExpectKnownOutputValue("enis_left", knownvalue.Int64Exact(495)),
					statecheck.ExpectKnownOutputValue("unreserved_after_apply", knownvalue.Int64Exact(150)),
				}
			case strings.HasSuffix(dir, "policy-200-s3-triggers"):
				tc.Steps[0].ExpectError = expectError(`Lambda Resource Policy Too Large[\s\S]*with 200 statements`)
			}
			resource.ParallelTest(t, tc)
		})
	}
}
