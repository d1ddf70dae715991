package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// skipUnlessLifecycleDestroy skips a test of lifecycle { destroy = false }
// on a resource, which OpenTofu reads from 1.12 and Terraform from 1.16.
// The skip says "not in this CLI", which the Terraform leg allows
// (scripts/testacc.sh): the OpenTofu leg runs it.
func (c *cli) skipUnlessLifecycleDestroy() {
	c.t.Helper()
	minimum := "1.16.0"
	if filepath.Base(c.path) == "tofu" {
		minimum = "1.12.0"
	}
	c.skipBelow(minimum, "lifecycle { destroy = false } on a resource (not in this CLI)")
}

func TestAccSavedPlanReplacementThatForgetsCountsBothObjects(t *testing.T) {
	c := newCLI(t)
	c.skipUnlessLifecycleDestroy()
	deploy := []string{"-var", "release=1", "-var", "reserved=600"}
	// A new name replaces the function and keeps the old one: 600 + 600.
	dir := c.savedPlan("testdata/kept", deploy, []string{"-var", "release=2", "-var", "reserved=600"})
	f := wantReport(t, dir, exitViolations, "violation unreserved_concurrency_min aws_lambda_function.kept")
	if !strings.Contains(f[0].Detail, "is 1,200") {
		t.Errorf("detail = %q; want both objects' 1,200", f[0].Detail)
	}
	// 450 + 450 leaves the floor.
	dir = c.savedPlan("testdata/kept", []string{"-var", "release=1", "-var", "reserved=450"}, []string{"-var", "release=2", "-var", "reserved=450"})
	wantReport(t, dir, exitOK)
	// The new object's own quotas are checked: 4,097 bytes fail, 4,096 fit.
	dir = c.savedPlan("testdata/kept", []string{"-var", "release=1", "-var", "reserved=1"},
		[]string{"-var", "release=2", "-var", "reserved=1", "-var", "environment_bytes=4097"})
	wantReport(t, dir, exitViolations, "violation environment_variables_max_bytes aws_lambda_function.kept")
	dir = c.savedPlan("testdata/kept", []string{"-var", "release=1", "-var", "reserved=1"},
		[]string{"-var", "release=2", "-var", "reserved=1", "-var", "environment_bytes=4096"})
	exit, out := textReport(t, dir)
	if exit != exitOK || !strings.Contains(out, "in 1 created or updated resource checked, with 1 deployed resource counted") {
		t.Errorf("exit %d:\n%s\nwant the new object checked and the old one counted", exit, out)
	}
	if slices.ContainsFunc(strings.Split(out, "\n"), func(l string) bool { return strings.Contains(l, "not understood") }) {
		t.Errorf("the plan's actions were not understood:\n%s", out)
	}
}
