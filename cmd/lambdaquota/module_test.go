package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// nightlyTriggers is the least size of the reports function's policy with
// n of testdata/module-style's triggers: each statement id its prefix and 26
// characters, the function's ARN with a 12-digit account.
func nightlyTriggers(n int) int {
	perms := make([]quota.Permission, n)
	for i := range perms {
		perms[i] = quota.Permission{StatementID: quota.Known(fmt.Sprintf("NightlyReport%03d", i) + strings.Repeat("x", quota.UniqueSuffixLength)),
			Action: quota.Known("lambda:InvokeFunction"), Principal: quota.Known("events.amazonaws.com"),
			SourceARN: quota.Known(fmt.Sprintf("arn:aws:events:us-east-1:123456789012:rule/nightly-report-%d", i))}
	}
	rep := quota.CheckPolicy(quota.DefaultLimits(), quota.Policy{FunctionARN: quota.Known("arn:aws:lambda:us-east-1:123456789012:function:reports"),
		Permissions: quota.Known(perms)})
	return int(rep.PolicyBytes.V)
}

// A module shaped like terraform-aws-modules/lambda, creating its function
// beside a deployed queue: everything named through aws_lambda_function.this[0].
func TestAccSavedPlanThroughALambdaModule(t *testing.T) {
	c := newCLI(t)
	deploy := []string{"-var", "create_function=false"}
	fn := "module.reports.aws_lambda_function.this[0]"
	esm := `module.reports.aws_lambda_event_source_mapping.this["jobs"]`

	// The queue's 60 s visibility against the new function's timeout.
	dir := c.savedPlan("testdata/module-style", deploy, []string{"-var", "timeout=61"})
	wantReport(t, dir, exitViolations, "violation sqs_visibility_timeout_min "+esm)
	dir = c.savedPlan("testdata/module-style", deploy, []string{"-var", "timeout=60"})
	wantReport(t, dir, exitOK)
	// architectures = null is AWS's one architecture, and the blocks the
	// AWS provider computes are unknown on create but AWS's defaults:
	// nothing is undecided but what apply alone decides.
	if unknown := plannedUnknown(t, dir, fn); unknown["architectures"] != true || unknown["ephemeral_storage"] != true ||
		unknown["logging_config"] != true || unknown["tracing_config"] != true {
		t.Errorf("after_unknown = %v; want the computed attributes and blocks unknown on create, as the AWS provider plans them", unknown)
	}
	_, out := textReport(t, dir)
	if strings.Contains(out, "function_architectures_max") || strings.Contains(out, "ephemeral_storage") {
		t.Errorf("a default is undecided:\n%s", out)
	}

	// Allowed triggers: the fewest whose least policy passes 20,480 bytes fail,
	// one fewer stays undecided.
	n := 1
	for nightlyTriggers(n) <= 20480 {
		n++
	}
	dir = c.savedPlan("testdata/module-style", deploy, []string{"-var", fmt.Sprintf("triggers=%d", n)})
	f := wantReport(t, dir, exitViolations, "violation resource_policy_max_bytes "+fn)
	if !strings.Contains(f[0].Detail, fmt.Sprintf("is %s bytes", groupThousands(nightlyTriggers(n)))) {
		t.Errorf("detail = %q; want the least size, %d bytes", f[0].Detail, nightlyTriggers(n))
	}
	dir = c.savedPlan("testdata/module-style", deploy, []string{"-var", fmt.Sprintf("triggers=%d", n-1)})
	wantReport(t, dir, exitOK)
	if _, out := textReport(t, dir); !strings.Contains(out, fn+": resource_policy_max_bytes") {
		t.Errorf("%d triggers: want the policy undecided:\n%s", n-1, out)
	}
}

// groupThousands writes n as reports do: 20,512.
func groupThousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// plannedUnknown is a resource change's after_unknown in dir's plan.json.
func plannedUnknown(t *testing.T, dir, addr string) map[string]any {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "plan.json"))
	if err != nil {
		t.Fatal(err)
	}
	var plan struct {
		ResourceChanges []struct {
			Address string `json:"address"`
			Change  struct {
				AfterUnknown map[string]any `json:"after_unknown"`
			} `json:"change"`
		} `json:"resource_changes"`
	}
	if err := json.Unmarshal(b, &plan); err != nil {
		t.Fatal(err)
	}
	for _, rc := range plan.ResourceChanges {
		if rc.Address == addr {
			return rc.Change.AfterUnknown
		}
	}
	t.Fatalf("%s is not in the plan", addr)
	return nil
}
