package lintrules_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/boundary"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/lintrules"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/ziptest"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// lint runs every rule of a ruleset on a configuration with the SDK's
// test runner.
func lint(t *testing.T, rs *lintrules.RuleSet, config string) helper.Issues {
	t.Helper()
	runner := helper.TestRunner(t, map[string]string{"main.tf": config})
	if err := rs.Check(runner); err != nil {
		t.Fatal(err)
	}
	return runner.Issues
}

func rulesOf(issues helper.Issues) []string {
	var out []string
	for _, is := range issues {
		out = append(out, is.Rule.Name())
	}
	return out
}

// lintRows are each rule's boundary as configurations.
func lintRows(t *testing.T) map[string][2]string {
	t.Helper()
	out := map[string][2]string{}
	for id, row := range boundary.ResourceRows(t, lintrules.RuleIDs()) {
		out[string(id)] = [2]string{boundary.HCL(row[0]), boundary.HCL(row[1])}
	}
	return out
}

func TestEveryRuleAtItsQuotaAndOnePast(t *testing.T) {
	t.Parallel()
	rows := lintRows(t)
	for _, id := range lintrules.RuleIDs() {
		t.Run(string(id), func(t *testing.T) {
			t.Parallel()
			row, ok := rows[string(id)]
			if !ok {
				t.Fatalf("rule %s%s has no boundary row", lintrules.RulePrefix, id)
			}
			rs := lintrules.New("test")
			if got := lint(t, rs, row[0]); len(got) > 0 {
				t.Errorf("at the quota: %v", got)
			}
			got := lint(t, rs, row[1])
			if !slices.Contains(rulesOf(got), lintrules.RulePrefix+string(id)) {
				t.Fatalf("one past the quota: issues %v, want %s%s", rulesOf(got), lintrules.RulePrefix, id)
			}
		})
	}
}

func TestRulesAreTheCatalogsQuotas(t *testing.T) {
	t.Parallel()
	rs := lintrules.New("test")
	names := rs.RuleNames()
	for _, want := range []string{"lambdaquota_function_memory_max_mb", "lambdaquota_environment_variables_max_bytes",
		"lambdaquota_layer_description_max_length", "lambdaquota_permission_statement_id_pattern", "lambdaquota_enis_per_vpc"} {
		if !slices.Contains(names, want) {
			t.Errorf("no rule %s in %v", want, names)
		}
	}
	// What one resource's configuration cannot decide has no rule.
	for _, not := range []string{"lambdaquota_container_image_max_bytes", "lambdaquota_resource_policy_max_bytes", "lambdaquota_code_storage_max_bytes"} {
		if slices.Contains(names, not) {
			t.Errorf("rule %s should not exist", not)
		}
	}
	for _, r := range rs.Rules {
		want := tflint.ERROR
		if r.Name() == lintrules.RulePrefix+string(lintrules.DeprecatedRuntimeRule) {
			want = tflint.WARNING // a date, not a refusal: TFLint cannot tell a create from an update
		}
		if r.Severity() != want || !r.Enabled() || r.Link() == "" {
			t.Errorf("%s: severity %v, enabled %v, link %q", r.Name(), r.Severity(), r.Enabled(), r.Link())
		}
	}
}

// applyConfig applies a plugin block's body to a new ruleset.
func applyConfig(t *testing.T, body string) (*lintrules.RuleSet, error) {
	t.Helper()
	f, diags := hclparse.NewParser().ParseHCL([]byte(body), ".tflint.hcl")
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	rs := lintrules.New("test")
	content, diags := hclext.Content(f.Body, rs.ConfigSchema())
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return rs, rs.ApplyConfig(content)
}

func TestPluginQuotas(t *testing.T) {
	t.Parallel()
	fleet := lintRows(t)[string(quota.ENIsPerVPC)][1]
	rs, err := applyConfig(t, "quotas = { enis_per_vpc = 251 }\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := lint(t, rs, fleet); len(got) != 0 {
		t.Errorf("251 ENIs with enis_per_vpc = 251: %v", got)
	}
	for body, want := range map[string]string{
		"quotas = { function_memory_max_mb = 20000 }\n": `quotas["function_memory_max_mb"]: AWS does not let this quota be raised, so it may only be lowered from 10240`,
		"quotas = { enis_per_vcp = 1000 }\n":            `enis_per_vcp`,
		"quotas = var.quotas\n":                         "quotas must be a constant map",
	} {
		if _, err := applyConfig(t, body); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: err = %v, want %q", body, err, want)
		}
	}
	// A stated quota is named in the message, as the provider names it.
	rs, err = applyConfig(t, "quotas = { enis_per_vpc = 200 }\n")
	if err != nil {
		t.Fatal(err)
	}
	got := lint(t, rs, lintRows(t)[string(quota.ENIsPerVPC)][0])
	if len(got) != 1 || !strings.Contains(got[0].Message, "as stated in your quotas") {
		t.Errorf("250 ENIs with enis_per_vpc = 200: %v", got)
	}
}

// A value TFLint cannot know, such as a variable without a value, is never
// guessed: the rule stays silent.
func TestUnknownValuesAreNeverGuessed(t *testing.T) {
	t.Parallel()
	got := lint(t, lintrules.New("test"), `
variable "memory" {}
variable "secret" {}

resource "aws_lambda_function" "api" {
  function_name = "api"
  memory_size   = var.memory
  environment {
    variables = { SECRET = var.secret, BIG = "`+strings.Repeat("x", 4200)+`" }
  }
}
`)
	// The known part of the environment already breaks the quota.
	if rules := rulesOf(got); !slices.Equal(rules, []string{"lambdaquota_environment_variables_max_bytes"}) {
		t.Fatalf("issues %v", rules)
	}
}

// A package that is not a .zip cannot be measured: an error, never a pass.
func TestUnreadablePackageIsAnError(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	bad := filepath.Join(dir, "not-a.zip")
	if err := os.WriteFile(bad, []byte("plain text"), 0o600); err != nil {
		t.Fatal(err)
	}
	got := lint(t, lintrules.New("test"), `
resource "aws_lambda_function" "api" {
  function_name = "api"
  filename      = "`+bad+`"
}
`)
	if len(got) != 1 || got[0].Rule.Name() != "lambdaquota_zipped_package_max_bytes" || !strings.Contains(got[0].Message, "Invalid Lambda Package") {
		t.Fatalf("issues %v", got)
	}
}

// A layer version of the module that a function refers to adds its package
// to the function's unzipped total, as in a plan.
func TestLayerPackagesCountTowardTheFunction(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	layer := ziptest.WriteSized(t, dir, "layer.zip", 4096, 200_000_000)
	config := func(unzipped uint64) string {
		fn := ziptest.WriteSized(t, dir, fmt.Sprintf("fn-%d.zip", unzipped), 4096, unzipped)
		return fmt.Sprintf(`
resource "aws_lambda_layer_version" "deps" {
  layer_name = "deps"
  filename   = %q
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  filename      = %q
  layers        = [aws_lambda_layer_version.deps.arn]
}
`, layer, fn)
	}
	if got := lint(t, lintrules.New("test"), config(62_144_000)); len(got) != 0 {
		t.Errorf("262,144,000 bytes with the layer: %v", got)
	}
	got := lint(t, lintrules.New("test"), config(62_144_001))
	if len(got) != 1 || got[0].Rule.Name() != "lambdaquota_unzipped_package_max_bytes" || !strings.Contains(got[0].Message, "262,144,001") {
		t.Fatalf("262,144,001 bytes with the layer: %v", got)
	}
}

// A value converts as Terraform converts it for the resource's argument.
func TestValuesConvertAsTerraformConvertsThem(t *testing.T) {
	t.Parallel()
	got := lint(t, lintrules.New("test"), `
resource "aws_lambda_function" "api" {
  function_name = "api"
  memory_size   = "20000"
}
`)
	if len(got) != 1 || got[0].Rule.Name() != "lambdaquota_function_memory_max_mb" || !strings.Contains(got[0].Message, "20,000 MB") {
		t.Fatalf("issues %v", got)
	}
}

// A quota of the function and layer categories has a rule, or says why it
// has none; a reason is for a quota of those categories.
func TestEveryFunctionQuotaHasARuleOrAReason(t *testing.T) {
	t.Parallel()
	ids := lintrules.RuleIDs()
	without := lintrules.WithoutRule()
	categories := map[quota.ID]string{}
	for _, q := range quota.DefaultCatalog().Quotas() {
		categories[q.ID] = string(q.Category)
		if q.Category != "function" && q.Category != "layer" {
			continue
		}
		ruled, reason := slices.Contains(ids, q.ID), without[q.ID]
		switch {
		case ruled && reason != "":
			t.Errorf("%s has a rule and a reason for having none", q.ID)
		case !ruled && len(reason) < 20:
			t.Errorf("%s has no rule and says no reason why", q.ID)
		}
	}
	for id := range without {
		if c := categories[id]; c != "function" && c != "layer" {
			t.Errorf("%s has a reason for having no rule, but is not a quota of the function or layer category (%q)", id, c)
		}
	}
}
