package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/snapshot/snapshottest"
)

// writeSnapshot writes an account snapshot of us-east-1 with reserved
// executions reserved of 1,000, Lambda ENIs in vpc-a on subnet-a-1000...
// subnet-a-TO-1 with security group sg, and an applied ENI quota when enis
// is above 0.
func writeSnapshot(t *testing.T, reserved, to, enis int) string {
	t.Helper()
	return snapshottest.Write(t, snapshottest.Account{Reserved: reserved, Subnets: snapshottest.Subnets("subnet-a-", 1000, to), VPC: "vpc-a", ENIQuota: enis})
}

// checkWith runs lambdaquota check --format json with an --account
// snapshot on dir's plan and returns the exit code and "quota address"
// lines with the findings' details.
func checkWith(t *testing.T, dir, snapshot string) (int, []string, []finding) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	exit := run([]string{"check", "--chdir", dir, "--format", "json", "--account", snapshot, filepath.Join(dir, "plan.json")}, nil, &stdout, &stderr)
	var out struct {
		Findings []finding `json:"findings"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("exit %d: %v\n%s%s", exit, err, stdout.String(), stderr.String())
	}
	var lines []string
	for _, f := range out.Findings {
		lines = append(lines, f.Quota+" "+f.Address)
	}
	return exit, lines, out.Findings
}

func TestAccSavedPlanAccountSnapshotENIs(t *testing.T) {
	c := newCLI(t)
	deploy := []string{"-var", "functions=0"}
	// 200 new pairs beside 60 in use (orders' among them): 260.
	dir := c.savedPlan("testdata/account", deploy, []string{"-var", "functions=200"})
	exit, got, f := checkWith(t, dir, writeSnapshot(t, 0, 1060, 0))
	if exit != exitViolations || strings.Join(got, "\n") != "enis_per_vpc aws_lambda_function.fleet[0]" {
		t.Fatalf("exit %d, findings %v", exit, got)
	}
	if d := f[0].Detail; !strings.Contains(d, "60 ENIs already in use from the snapshot") || !strings.Contains(d, "is 260") {
		t.Errorf("detail = %q", d)
	}
	// The account's applied quota of 1,000 lets the same plan pass.
	if exit, got, _ := checkWith(t, dir, writeSnapshot(t, 0, 1060, 1000)); exit != exitOK || len(got) != 0 {
		t.Errorf("with an applied quota of 1,000: exit %d, findings %v", exit, got)
	}
	// 30 of the 60 pairs in use are the plan's own: 230.
	dir = c.savedPlan("testdata/account", deploy, []string{"-var", "functions=200", "-var", "first_subnet=1030"})
	if exit, got, _ := checkWith(t, dir, writeSnapshot(t, 0, 1060, 0)); exit != exitOK || len(got) != 0 {
		t.Errorf("230 ENIs: exit %d, findings %v", exit, got)
	}
}

func TestAccSavedPlanAccountSnapshotConcurrency(t *testing.T) {
	c := newCLI(t)
	// 250 reserved elsewhere: 700 more fail, 600 fit.
	dir := c.savedPlan("testdata/account", []string{"-var", "functions=0"}, []string{"-var", "functions=7", "-var", "reserved=100"})
	exit, got, f := checkWith(t, dir, writeSnapshot(t, 250, 1001, 0))
	if exit != exitViolations || len(got) != 1 || !strings.HasPrefix(got[0], "unreserved_concurrency_min ") ||
		!strings.Contains(f[0].Detail, "250 executions reserved elsewhere in the account, from the snapshot") || !strings.Contains(f[0].Detail, "is 950") {
		t.Fatalf("exit %d, findings %v %v", exit, got, f)
	}
	dir = c.savedPlan("testdata/account", []string{"-var", "functions=0"}, []string{"-var", "functions=6", "-var", "reserved=100"})
	if exit, got, _ := checkWith(t, dir, writeSnapshot(t, 250, 1001, 0)); exit != exitOK || len(got) != 0 {
		t.Errorf("850 reserved: exit %d, findings %v", exit, got)
	}
	// orders reserves 100 today, inside the snapshot's 350: changed in place
	// and counted once, 250 + 100 + 500 fit.
	dir = c.savedPlan("testdata/account", []string{"-var", "orders_reserved=100"},
		[]string{"-var", "orders_reserved=100", "-var", "orders_memory=1024", "-var", "functions=5", "-var", "reserved=100"})
	if exit, got, _ := checkWith(t, dir, writeSnapshot(t, 350, 1001, 0)); exit != exitOK || len(got) != 0 {
		t.Errorf("orders counted twice: exit %d, findings %v", exit, got)
	}
}

// EFS mount targets spend ENIs of the VPC's 250 too: an unfiltered
// describe-network-interfaces shows them as type efs, or, for older mount
// targets, interface with EFS's description; describe-mount-targets lists
// some of them again.
func TestAccSavedPlanAccountSnapshotEFSENIs(t *testing.T) {
	c := newCLI(t)
	deploy := []string{"-var", "functions=0"}
	snap := snapshottest.Write(t, snapshottest.Account{Subnets: snapshottest.Subnets("subnet-a-", 1000, 1040), VPC: "vpc-a",
		EFSENIs: 3, LegacyEFSENIs: 3, MountTargets: 2})
	// 40 Lambda ENIs and 6 EFS ENIs in use, 205 new pairs: 251.
	dir := c.savedPlan("testdata/account", deploy, []string{"-var", "functions=205"})
	exit, got, f := checkWith(t, dir, snap)
	if exit != exitViolations || strings.Join(got, "\n") != "enis_per_vpc aws_lambda_function.fleet[0]" || !strings.Contains(f[0].Detail, "is 251") ||
		!strings.Contains(f[0].Detail, "6 ENIs for EFS mount targets") {
		t.Fatalf("exit %d, findings %v: %v", exit, got, f)
	}
	// 204 new pairs: 250.
	dir = c.savedPlan("testdata/account", deploy, []string{"-var", "functions=204"})
	if exit, got, _ := checkWith(t, dir, snap); exit != exitOK || len(got) != 0 {
		t.Errorf("250 ENIs: exit %d, findings %v", exit, got)
	}
}

// A snapshot that lists a function the plan creates: either the name is
// in use and CreateFunction fails, or the snapshot predates a deletion. It
// is named, and what that function reserved is not counted again.
func TestAccSavedPlanAccountSnapshotListsAFunctionBeingCreated(t *testing.T) {
	c := newCLI(t)
	dir := c.savedPlan("testdata/account", []string{"-var", "functions=0"}, []string{"-var", "functions=1", "-var", "reserved=100"})
	// 850 reserved elsewhere and 100 more: 950, past the 900 the floor leaves.
	snap := snapshottest.Write(t, snapshottest.Account{Reserved: 850, VPC: "vpc-a", Functions: map[string]int64{"orders": 1 << 20}})
	if exit, got, _ := checkWith(t, dir, snap); exit != exitViolations || strings.Join(got, "\n") != "unreserved_concurrency_min aws_lambda_function.fleet[0]" {
		t.Errorf("exit %d, findings %v; want 950 reserved", exit, got)
	}
	// The same, where the 850 may be fleet-0's own, listed by a stale snapshot.
	snap = snapshottest.Write(t, snapshottest.Account{Reserved: 850, VPC: "vpc-a", Functions: map[string]int64{"orders": 1 << 20, "fleet-0": 1 << 20}})
	exit, got, f := checkWith(t, dir, snap)
	if exit != exitOK || strings.Join(got, "\n") != " aws_lambda_function.fleet[0]" || f[0].Kind != "inconsistent" ||
		!strings.Contains(f[0].Detail, `creates function "fleet-0", which the account snapshot`) {
		t.Errorf("exit %d, findings %v: %+v", exit, got, f)
	}
}

// The owner of a shared VPC lists its participant's Lambda ENIs too: they
// count against the participant's own quotas, and are named, not counted.
func TestAccSavedPlanAccountSnapshotSharedVPC(t *testing.T) {
	c := newCLI(t)
	deploy := []string{"-var", "functions=0"}
	snap := snapshottest.Write(t, snapshottest.Account{Subnets: snapshottest.Subnets("subnet-a-", 1000, 1200), VPC: "vpc-a",
		OtherAccountENIs: 60, Functions: map[string]int64{"orders": 1 << 20}})
	// 200 of the account's ENIs and 51 new pairs: 251.
	dir := c.savedPlan("testdata/account", deploy, []string{"-var", "functions=51"})
	exit, got, f := checkWith(t, dir, snap)
	if exit != exitViolations || strings.Join(got, "\n") != "enis_per_vpc aws_lambda_function.fleet[0]" || !strings.Contains(f[0].Detail, "is 251") ||
		!strings.Contains(f[0].Detail, "60 Lambda ENIs of other accounts are not counted") {
		t.Fatalf("exit %d, findings %v: %+v", exit, got, f)
	}
	dir = c.savedPlan("testdata/account", deploy, []string{"-var", "functions=50"})
	if exit, got, _ := checkWith(t, dir, snap); exit != exitOK || len(got) != 0 {
		t.Errorf("250 ENIs: exit %d, findings %v", exit, got)
	}
}
