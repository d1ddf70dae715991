package lintrules_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/boundary"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/lintrules"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// lint runs every rule of a ruleset on a configuration with the SDK's
// test runner.
func lint(t *testing.T, rs *lintrules.RuleSet, config string) helper.Issues {
	t.Helper()
	runner := helper.TestRunner(t, map[string]string{"main.tf": config})
	lr, err := rs.NewRunner(runner)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs.Rules {
		if err := r.Check(lr); err != nil {
			t.Fatal(err)
		}
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

// LintRows are the boundary rows one resource's configuration decides,
// as the AWS provider's resources.
func lintRows(t *testing.T) map[string][2]string {
	t.Helper()
	ids := lintrules.RuleIDs()
	out := map[string][2]string{}
	for _, row := range boundary.Rows(t) {
		if !slices.Contains(ids, row.Reported) || row.Kind == boundary.Account || row.Kind == boundary.VPC {
			continue
		}
		at, ok1 := boundary.AWS(row.Kind, row.At)
		past, ok2 := boundary.AWS(row.Kind, row.Past)
		if ok1 && ok2 {
			out[string(row.Reported)] = [2]string{boundary.HCL(at), boundary.HCL(past)}
		}
	}
	// The ENIs of a module's functions in one VPC: each function's own
	// subnet and one subnet they share, with one security group.
	fleet := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "resource \"aws_lambda_function\" \"f%d\" {\n  function_name = \"f%d\"\n  vpc_config {\n"+
				"    subnet_ids         = [\"subnet-shared\", \"subnet-%d\"]\n    security_group_ids = [\"sg\"]\n  }\n}\n", i, i, i)
		}
		return b.String()
	}
	out[string(quota.ENIsPerVPC)] = [2]string{fleet(249), fleet(250)}
	reserved := func(n int) string {
		return fmt.Sprintf("resource \"aws_lambda_function\" \"api\" {\n  function_name = \"api\"\n  reserved_concurrent_executions = %d\n}\n", n)
	}
	out[string(quota.UnreservedConcurrencyMin)] = [2]string{reserved(900), reserved(901)}
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
		if r.Severity() != tflint.ERROR || !r.Enabled() || r.Link() == "" {
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
	if len(got) != 1 || !strings.Contains(got[0].Message, "as set in the provider's quotas") {
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
