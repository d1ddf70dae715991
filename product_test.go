package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// testSupport are the packages only tests use: the test AWS provider, the
// boundary table, and writers of zips, snapshots and fuzz values. They may
// import testing; nothing the product builds may import them.
var testSupport = []string{"internal/awstest", "internal/boundary", "internal/fuzzvalue", "internal/snapshot/snapshottest", "internal/ziptest"}

// TestProductDoesNotReachTestSupport: go build of the provider, the
// saved-plan checker and the TFLint ruleset compiles no test support, and
// no other package of the module imports testing outside its tests.
func TestProductDoesNotReachTestSupport(t *testing.T) {
	const module = "github.com/lambdaquota/terraform-provider-lambdaquota/"
	deps, err := exec.Command("go", "list", "-deps", ".", "./cmd/lambdaquota", "./cmd/tflint-ruleset-lambdaquota").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range strings.Fields(string(deps)) {
		if rel, ok := strings.CutPrefix(p, module); ok && slices.Contains(testSupport, rel) {
			t.Errorf("the product builds %s, which is test support", rel)
		}
	}
	imports, err := exec.Command("go", "list", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", "./...").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(imports)), "\n") {
		fields := strings.Fields(line)
		rel, _ := strings.CutPrefix(fields[0], module)
		if slices.Contains(fields[1:], "testing") && !slices.Contains(testSupport, rel) {
			t.Errorf("%s imports testing outside its tests; test support belongs in one of %v", rel, testSupport)
		}
	}
}
