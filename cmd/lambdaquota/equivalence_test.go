package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	goversion "github.com/hashicorp/go-version"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/diagnostic"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/plancheck"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// TestAccEquivalence plans functions at and one past each per-function
// quota and shows that lambdaquota check and check_function(self) reach the
// same verdicts, word for word but for the names the provider does not
// echo, on the same planned values, with the provider block's quotas read
// from the plan.
func TestAccEquivalence(t *testing.T) {
	c := newCLI(t)
	c.skipBelow("1.8.0", "provider-defined functions")
	dir := c.savedPlan("testdata/equivalence", nil, nil)
	b, err := os.ReadFile(filepath.Join(dir, "plan.json"))
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		OutputChanges map[string]struct {
			After        map[string][]string `json:"after"`
			AfterUnknown any                 `json:"after_unknown"`
		} `json:"output_changes"`
	}
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	want := out.OutputChanges["violations"].After
	if len(want) != 21 || out.OutputChanges["violations"].AfterUnknown != false {
		t.Fatalf("check_function's verdicts are not all known at plan: %d known, unknown: %v", len(want), out.OutputChanges["violations"].AfterUnknown)
	}

	plan, err := tfplan.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	limits, err := plancheck.Limits(plan, tfplan.NewSource(plan, dir), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if limits.Value(quota.FunctionMemoryMaxMB) != 3008 {
		t.Fatalf("the provider block's quotas were not read: function_memory_max_mb = %d", limits.Value(quota.FunctionMemoryMaxMB))
	}
	rep := plancheck.Check(plan, plancheck.Options{Dir: dir, Limits: limits})
	got := map[string][]string{}
	for _, it := range rep.Items {
		if it.Scope != "" || !it.Kind.IsError() {
			continue // the shared quotas, which check_function does not see
		}
		key := strings.TrimSuffix(strings.TrimPrefix(it.Address, `aws_lambda_function.case["`), `"]`)
		got[key] = append(got[key], unnamed(diagnostic.Text(it.Finding, quota.SurfaceFunction)))
	}
	failing := 0
	for key, texts := range want {
		slices.Sort(texts)
		slices.Sort(got[key])
		if !slices.Equal(texts, got[key]) {
			t.Errorf("%s:\n check_function: %q\n lambdaquota check: %q", key, texts, got[key])
		}
		if strings.HasSuffix(key, "_at") || key == "fits" {
			if len(texts) > 0 {
				t.Errorf("%s is at the quota and must pass: %q", key, texts)
			}
		} else if len(texts) == 0 {
			t.Errorf("%s is past the quota and must fail", key)
		}
		if len(texts) > 0 {
			failing++
		}
	}
	if failing != 12 {
		t.Errorf("%d failing cases, want 12", failing)
	}
}

// unnamed is a finding's text as the provider's surfaces write it: they
// echo no string of the configuration, where the saved-plan report names
// the function. The rest is word for word.
func unnamed(text string) string {
	text = functionNamed.ReplaceAllString(text, "")
	return nameNamed.ReplaceAllString(text, "the function name")
}

var (
	functionNamed = regexp.MustCompile(` of function "[^"]*"`)
	nameNamed     = regexp.MustCompile(`function name "[^"]*"`)
)

// skipBelow skips a test the CLI cannot run.
func (c *cli) skipBelow(minimum, what string) {
	c.t.Helper()
	var v struct {
		Version string `json:"terraform_version"`
	}
	if err := json.Unmarshal(c.run(c.t.TempDir(), "version", "-json"), &v); err != nil {
		c.t.Fatal(err)
	}
	if goversion.Must(goversion.NewVersion(v.Version)).LessThan(goversion.Must(goversion.NewVersion(minimum))) {
		c.t.Skipf("%s need %s or later; this is %s", what, minimum, v.Version)
	}
}
