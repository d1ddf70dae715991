package plancheck

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// replacement is a change of aws_lambda_function.f with a deployed object
// and a planned one.
func replacement(actions, before, after string) string {
	return fmt.Sprintf(`{"address":"aws_lambda_function.f","mode":"managed","type":"aws_lambda_function","name":"f","change":{"actions":[%s],`+
		`"before":%s,"after":%s,"after_unknown":{},"before_sensitive":{},"after_sensitive":{}}}`, actions, before, after)
}

func reserving(name string, reserved int) string {
	return fmt.Sprintf(`{"function_name":%q,"s3_bucket":"b","reserved_concurrent_executions":%d}`, name, reserved)
}

func withEnvironment(name string, size int) string {
	// {"VAR":"..."} is 10 bytes besides the value.
	return fmt.Sprintf(`{"function_name":%q,"s3_bucket":"b","environment":[{"variables":{"VAR":%q}}]}`, name, strings.Repeat("x", size-10))
}

// A replacement under destroy = false keeps the old object in AWS:
// OpenTofu writes it forget,create and Terraform create,forget.
func TestCheckReplacementThatForgetsCountsBothObjects(t *testing.T) {
	t.Parallel()
	for _, actions := range []string{`"forget","create"`, `"create","forget"`} {
		// 600 kept and 600 new leave less than the floor of 100 unreserved.
		r := checkPlan(t, "", replacement(actions, reserving("v1", 600), reserving("v2", 600)))
		wantFindings(t, r, "aws_lambda_function.f: unreserved_concurrency_min")
		if it := r.Items[0]; !strings.Contains(it.Detail, "is 1,200") || !slices.Contains(it.Related, "aws_lambda_function.f (old object, kept)") {
			t.Errorf("%s: item = %+v; want 1,200 with the kept object named", actions, it)
		}
		// 450 kept and 450 new leave exactly the floor.
		wantFindings(t, checkPlan(t, "", replacement(actions, reserving("v1", 450), reserving("v2", 450))))
		// The new object is checked on its own.
		wantFindings(t, checkPlan(t, "", replacement(actions, withEnvironment("v1", 10), withEnvironment("v2", 4097))),
			"aws_lambda_function.f: environment_variables_max_bytes")
		r = checkPlan(t, "", replacement(actions, withEnvironment("v1", 10), withEnvironment("v2", 4096)))
		wantFindings(t, r)
		if r.Checked["aws_lambda_function"] != 1 || r.Counted["aws_lambda_function"] != 1 {
			t.Errorf("%s: checked %v, counted %v; want the new object checked and the old one counted", actions, r.Checked, r.Counted)
		}
	}
}

func TestCheckWarnsOfActionsItDoesNotKnow(t *testing.T) {
	t.Parallel()
	// A future replacement: the new object is checked, the old one counted.
	r := checkPlan(t, "", replacement(`"create","archive"`, reserving("v1", 600), reserving("v2", 600)))
	wantFindings(t, r, "aws_lambda_function.f: ", "aws_lambda_function.f: unreserved_concurrency_min")
	nu := r.Items[0]
	if nu.Kind != quota.NotUnderstood || !strings.Contains(nu.Detail, `["create","archive"]`) || !strings.Contains(nu.Detail, "checked as a new one") {
		t.Errorf("warning = %+v; want the actions named and what was checked", nu)
	}
	if s := r.Summary(); !strings.Contains(s, "1 error and 1 warning") || !strings.HasSuffix(s, "; 1 resource change not understood.") {
		t.Errorf("summary = %q; want the change not understood counted", s)
	}
	// A future action that creates nothing, with a delete: the old object
	// no longer counts, and the warning says nothing was checked.
	r = checkPlan(t, "", replacement(`"delete","archive"`, reserving("v1", 950), "null"))
	wantFindings(t, r, "aws_lambda_function.f: ")
	if !strings.Contains(r.Items[0].Detail, "create nothing to check") || r.Errors() != 0 {
		t.Errorf("items = %+v", r.Items)
	}
	// Without a delete, the old object is kept: 600 of it and 301 new break the floor.
	r = checkPlan(t, "", replacement(`"archive"`, reserving("v1", 600), "null"),
		change("aws_lambda_function.g", "aws_lambda_function", create, reserving("g", 301)))
	wantFindings(t, r, "aws_lambda_function.f: ", "aws_lambda_function.g: unreserved_concurrency_min")
	// Every format names it.
	for _, f := range Formats {
		var b strings.Builder
		if err := Write(&b, f, &r, Meta{Limits: quota.DefaultLimits()}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "not_understood") && !strings.Contains(b.String(), "Plan Change Not Understood") {
			t.Errorf("the %s report does not name the change it did not understand:\n%s", f, b.String())
		}
	}
}

func TestCheckNamesDeferredChanges(t *testing.T) {
	t.Parallel()
	p, err := tfplan.Parse([]byte(`{"format_version":"1.2","resource_changes":[],"deferred_changes":[{"reason":"instance_count_unknown",` +
		`"resource_change":{"address":"aws_lambda_function.f[\"a\"]","mode":"managed","type":"aws_lambda_function","name":"f",` +
		`"change":{"actions":["create"],"before":null,"after":{}}}},{"reason":"resource_config_unknown","resource_change":` +
		`{"address":"aws_s3_bucket.b","mode":"managed","type":"aws_s3_bucket","name":"b","change":{"actions":["create"]}}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	r := Check(p, Options{Limits: quota.DefaultLimits()})
	wantFindings(t, r, `aws_lambda_function.f["a"]: `)
	if d := r.Items[0].Detail; r.Items[0].Kind != quota.NotUnderstood || !strings.Contains(d, `"instance_count_unknown"`) {
		t.Errorf("item = %+v", r.Items[0])
	}
}
