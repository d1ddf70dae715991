package main

import (
	"strings"
	"testing"
)

// What a saved plan proves besides its resources' values: the variables and
// data-source values the provider block's quotas come from, and resources
// linked by a single reference while their ARNs are unknown.

func TestAccSavedPlanQuotasFromVariable(t *testing.T) {
	c := newCLI(t)
	// 1,500 reserved is over a 1,000 account's floor...
	dir := c.savedPlan("testdata/quotas-variable", nil, []string{"-var", "reserved=1500"})
	wantReport(t, dir, exitViolations, "violation unreserved_concurrency_min aws_lambda_function.api")
	// ...and fits the 2,000 the variable states.
	dir = c.savedPlan("testdata/quotas-variable", nil, []string{"-var", "reserved=1500", "-var", `quotas={concurrent_executions=2000}`})
	wantReport(t, dir, exitOK)
	// A fixed quota raised through the variable is refused, as the provider refuses it.
	dir = c.savedPlan("testdata/quotas-variable", nil, []string{"-var", "reserved=10", "-var", `quotas={environment_variables_max_bytes=8192}`})
	if exit, out := textReport(t, dir); exit != exitBadInput || !strings.Contains(out, "may only be lowered from 4096, got 8192") {
		t.Errorf("a raised fixed quota: exit %d, want %d: %s", exit, exitBadInput, out)
	}
}

func TestAccSavedPlanQuotasFromServiceQuotas(t *testing.T) {
	c := newCLI(t)
	// The account's applied concurrency is 2,000: 1,900 fits, 1,901 does not.
	dir := c.savedPlan("testdata/quotas-service-quotas", nil, []string{"-var", "reserved=1900"})
	wantReport(t, dir, exitOK)
	dir = c.savedPlan("testdata/quotas-service-quotas", nil, []string{"-var", "reserved=1901"})
	f := wantReport(t, dir, exitViolations, "violation unreserved_concurrency_min aws_lambda_function.api")
	if !strings.Contains(f[0].Detail, "the account's 2,000 executions") {
		t.Errorf("detail = %q; want the applied 2,000", f[0].Detail)
	}
}

func TestAccSavedPlanLinksNewResources(t *testing.T) {
	c := newCLI(t)
	// A new 60 s queue feeding a new 300 s function: the mapping that names
	// the queue by a single reference fails, as check_event_source fails it;
	// the one whose expression rewrites the ARN stays undecided.
	dir := c.savedPlan("testdata/new-resources", nil, []string{"-var", "visibility_timeout=60"})
	wantReport(t, dir, exitViolations, "violation sqs_visibility_timeout_min aws_lambda_event_source_mapping.jobs")
	_, out := textReport(t, dir)
	if _, list, _ := strings.Cut(out, "Undecided until apply"); !strings.Contains(list, "aws_lambda_event_source_mapping.rewritten") {
		t.Errorf("undecided: %s; want the rewritten mapping", list)
	}
	dir = c.savedPlan("testdata/new-resources", nil, []string{"-var", "visibility_timeout=300"})
	wantReport(t, dir, exitOK)
	// 120 new permissions on the new function, named by its unknown ARN:
	// one policy, over 20 KB.
	dir = c.savedPlan("testdata/new-resources", nil, []string{"-var", "visibility_timeout=300", "-var", "permissions=120"})
	wantReport(t, dir, exitViolations, "violation resource_policy_max_bytes aws_lambda_function.worker")
	dir = c.savedPlan("testdata/new-resources", nil, []string{"-var", "visibility_timeout=300", "-var", "permissions=40"})
	wantReport(t, dir, exitOK)
}
