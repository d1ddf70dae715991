package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestAccSavedPlanMovedFunctionCountsInItsNewVPC: a function whose subnets
// move to another VPC is updated in place, and the AWS provider plans its
// vpc_id at the VPC it leaves. It counts in the VPC of its new subnets alone.
func TestAccSavedPlanMovedFunctionCountsInItsNewVPC(t *testing.T) {
	c := newCLI(t)
	check := func(dir string) (int, []finding) {
		var stdout, stderr bytes.Buffer
		exit := run([]string{"check", "--chdir", dir, "--format", "json", "--quota", "enis_per_vpc=10", filepath.Join(dir, "plan.json")},
			nil, &stdout, &stderr)
		var out struct{ Findings []finding }
		if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
			t.Fatalf("exit %d: %v\n%s%s", exit, err, stdout.String(), stderr.String())
		}
		return exit, out.Findings
	}
	// vpc-a holds 10 ENIs with the moved function and vpc-b 4: 9 and 5
	// after the move, and vpc-a's 10 while it still holds the old pair.
	dir := c.savedPlan("testdata/moved", []string{"-var", "in_a=9", "-var", "in_b=4"}, []string{"-var", "in_a=9", "-var", "in_b=4", "-var", "moved_to=b"})
	if exit, f := check(dir); exit != exitOK || len(f) != 0 {
		t.Errorf("moved into a VPC with room: exit %d, %v", exit, f)
	}
	// Into vpc-b holding 10 already: 11 there, and vpc-a is not named.
	dir = c.savedPlan("testdata/moved", []string{"-var", "in_a=9", "-var", "in_b=10"}, []string{"-var", "in_a=9", "-var", "in_b=10", "-var", "moved_to=b"})
	exit, f := check(dir)
	if exit != exitViolations || len(f) != 1 || f[0].Quota != "enis_per_vpc" || !strings.Contains(f[0].Detail, `VPC "vpc-b"`) ||
		!strings.Contains(f[0].Detail, "is 11") {
		t.Errorf("moved into a full VPC: exit %d, %v; want 11 ENIs in vpc-b", exit, f)
	}
}
