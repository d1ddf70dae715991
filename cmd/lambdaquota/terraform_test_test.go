package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The terraform test example runs with a mocked AWS provider and the real
// lambdaquota provider: its quota conditions catch the violations, and the
// valid run passes, on Terraform and on OpenTofu (tofu test).
func TestAccTerraformTestExample(t *testing.T) {
	c := newCLI(t)
	c.skipBelow("1.8.0", "mock providers and provider-defined functions")
	dir := t.TempDir()
	copyDir(t, "../../examples/tests", dir)
	out := string(c.run(dir, "test", "-no-color"))
	for _, want := range []string{`run "fits"... pass`, `run "memory_over_the_quota"... pass`, `run "environment_over_4_kb"... pass`, "3 passed, 0 failed"} {
		if !strings.Contains(out, want) {
			t.Errorf("terraform test printed no %q:\n%s", want, out)
		}
	}
}

// The terraform test example for a module the caller does not own:
// validations on the caller's variables that feed
// terraform-aws-modules/lambda, run as the guide says. The module is the
// stand-in in testdata/module-style, installed where terraform init would
// put the registry's (there is no network here).
func TestAccTerraformTestThirdPartyModuleExample(t *testing.T) {
	c := newCLI(t)
	c.skipBelow("1.8.0", "mock providers and provider-defined functions")
	dir := t.TempDir()
	copyDir(t, "../../examples/tests-module-inputs", dir)
	installed := filepath.Join(dir, ".terraform", "modules", "orders")
	copyDir(t, "testdata/module-style/modules/lambda", installed)
	host := "registry.terraform.io"
	if strings.Contains(filepath.Base(c.path), "tofu") {
		host = "registry.opentofu.org"
	}
	manifest := fmt.Sprintf(`{"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"orders","Source":"%s/terraform-aws-modules/lambda/aws","Version":"8.1.2","Dir":".terraform/modules/orders"}]}`, host)
	if err := os.WriteFile(filepath.Join(dir, ".terraform", "modules", "modules.json"), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	out := string(c.run(dir, "test", "-no-color"))
	for _, want := range []string{`run "fits"... pass`, `run "memory_over_the_quota"... pass`, `run "environment_over_4_kb"... pass`, "3 passed, 0 failed"} {
		if !strings.Contains(out, want) {
			t.Errorf("%s test printed no %q:\n%s", filepath.Base(c.path), want, out)
		}
	}
}
