package main

import (
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
