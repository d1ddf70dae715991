package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// finding is what these tests read of a finding in the JSON report.
type finding struct {
	Kind, Quota, Address, Scope, Detail string
}

// report runs lambdaquota check --format json on dir's plan.json.
func report(t *testing.T, dir string) (exit int, findings []finding) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	exit = run([]string{"check", "--chdir", dir, "--format", "json", filepath.Join(dir, "plan.json")}, nil, &stdout, &stderr)
	var out struct {
		Findings []finding `json:"findings"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("exit %d: %v\n%s%s", exit, err, stdout.String(), stderr.String())
	}
	return exit, out.Findings
}

// textReport runs lambdaquota check with its text report and returns the
// exit code with what it printed on both streams.
func textReport(t *testing.T, dir string) (int, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	exit := run([]string{"check", "--chdir", dir, filepath.Join(dir, "plan.json")}, nil, &stdout, &stderr)
	return exit, stdout.String() + stderr.String()
}

// wantReport checks the exit code and the kind and quota of each finding,
// as "kind quota address" lines.
func wantReport(t *testing.T, dir string, wantExit int, want ...string) []finding {
	t.Helper()
	exit, findings := report(t, dir)
	var got []string
	for _, f := range findings {
		got = append(got, strings.Join([]string{f.Kind, f.Quota, f.Address}, " "))
	}
	if exit != wantExit || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("exit %d, findings:\n%s\nwant exit %d, findings:\n%s", exit, strings.Join(got, "\n"), wantExit, strings.Join(want, "\n"))
	}
	return findings
}

func TestAccSavedPlanCountsConcurrencyPerRegion(t *testing.T) {
	c := newCLI(t)
	// 900 reserved in each of two Regions: each leaves its floor.
	dir := c.savedPlan("testdata/shared", nil, []string{"-var", "east=[450,450]", "-var", "west=[450,450]"})
	wantReport(t, dir, exitOK)
	// 950 in one Region does not; the finding names both functions.
	dir = c.savedPlan("testdata/shared", nil, []string{"-var", "east=[900,50]", "-var", "west=[450]"})
	f := wantReport(t, dir, exitViolations, "violation unreserved_concurrency_min aws_lambda_function.east[0]")
	if f[0].Scope != "Region us-east-1" || !strings.Contains(f[0].Detail, "in Region us-east-1 is 950") {
		t.Errorf("finding = %v; want the Region's total of 950", f[0])
	}
}

func TestAccSavedPlanReplacementHoldsOldAndNew(t *testing.T) {
	c := newCLI(t)
	deploy, replace := []string{"-var", "release=1"}, []string{"-var", "release=2"}
	// create_before_destroy: 700 old and 700 new exist at once.
	dir := c.savedPlan("testdata/shared", append(deploy, "-var", "blue_green_reserved=700"), append(replace, "-var", "blue_green_reserved=700"))
	f := wantReport(t, dir, exitViolations, "violation unreserved_concurrency_min aws_lambda_function.blue_green[0]")
	if d := f[0].Detail; !strings.Contains(d, "is 1,400") || !strings.Contains(d, "create_before_destroy") {
		t.Errorf("detail = %q; want 1,400 at the moment both exist", d)
	}
	// Destroy, then create: only 700 at any moment.
	dir = c.savedPlan("testdata/shared", append(deploy, "-var", "in_place_reserved=700"), append(replace, "-var", "in_place_reserved=700"))
	wantReport(t, dir, exitOK)
}

func TestAccSavedPlanWarnsOfApplyOrder(t *testing.T) {
	c := newCLI(t)
	deploy := []string{"-var", "release=1", "-var", "legacy_reserved=600"}
	// 600 destroyed and 400 created: 1,000 if the create runs first.
	dir := c.savedPlan("testdata/shared", deploy, []string{"-var", "release=2", "-var", "legacy_reserved=600", "-var", "new_reserved=400"})
	wantReport(t, dir, exitOK, "order_dependent unreserved_concurrency_min aws_lambda_function.successor[0]")
	// 300 created fits whatever runs first.
	dir = c.savedPlan("testdata/shared", deploy, []string{"-var", "release=2", "-var", "legacy_reserved=600", "-var", "new_reserved=300"})
	wantReport(t, dir, exitOK)
}
