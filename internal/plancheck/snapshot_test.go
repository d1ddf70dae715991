package plancheck

import (
	"fmt"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/ziptest"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// updateChange is a resource_changes entry that updates a deployed function.
func updateChange(addr, before, after string) string {
	name := addr[strings.LastIndex(addr, ".")+1:]
	return fmt.Sprintf(`{"address":%q,"mode":"managed","type":"aws_lambda_function","name":%q,"change":{"actions":["update"],"before":%s,"after":%s,"after_unknown":{}}}`,
		addr, name, before, after)
}

func checkWithSnapshot(t *testing.T, s *quota.Snapshot, changes ...string) Report {
	t.Helper()
	p, err := tfplan.Parse([]byte(`{"format_version":"1.2","resource_changes":[` + strings.Join(changes, ",") + `]}`))
	if err != nil {
		t.Fatal(err)
	}
	return Check(p, Options{Limits: quota.DefaultLimits(), Snapshots: []*quota.Snapshot{s}})
}

func reservedSnapshot(reserved int64, functions map[string]quota.DeployedFunction) *quota.Snapshot {
	return &quota.Snapshot{Source: "snap", Region: "us-east-1", Functions: functions,
		Settings: &quota.AccountSettings{ConcurrentExecutions: 1000, UnreservedConcurrentExecutions: 1000 - reserved, TotalCodeSize: 1 << 30}}
}

func reservingFn(name string, reserved int) string {
	return fmt.Sprintf(`{"function_name":%q,"s3_bucket":"b","reserved_concurrent_executions":%d,"region":"us-east-1"}`, name, reserved)
}

func TestSnapshotReservationsElsewhere(t *testing.T) {
	t.Parallel()
	for name, tc := range map[string]struct {
		reserved int
		fails    bool
	}{
		"250 elsewhere and 700 new": {700, true},
		"250 elsewhere and 600 new": {600, false},
		"250 elsewhere and 650 new": {650, false},
		"250 elsewhere and 651 new": {651, true},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			r := checkWithSnapshot(t, reservedSnapshot(250, nil), change("aws_lambda_function.f", "aws_lambda_function", create, reservingFn("f", tc.reserved)))
			if got := r.Errors() > 0; got != tc.fails {
				t.Fatalf("fails = %v, want %v: %v", got, tc.fails, findings(r))
			}
			if tc.fails && !strings.Contains(r.Items[0].Detail, `250 executions reserved elsewhere in the account, from the snapshot "snap"`) {
				t.Errorf("detail: %s", r.Items[0].Detail)
			}
		})
	}
}

// A deployed function's reservation is in the snapshot already, and the
// plan counts it as planned: counted once, from the prior state.
func TestSnapshotDeployedReservationCountsOnce(t *testing.T) {
	t.Parallel()
	snap := reservedSnapshot(350, map[string]quota.DeployedFunction{"f0": {CodeSize: 1000}})
	deployed := updateChange("aws_lambda_function.f0",
		reservingFn("f0", 100), strings.Replace(reservingFn("f0", 100), `"s3_bucket"`, `"memory_size":1024,"s3_bucket"`, 1))
	if r := checkWithSnapshot(t, snap, deployed, change("aws_lambda_function.f1", "aws_lambda_function", create, reservingFn("f1", 550))); r.Errors() != 0 {
		t.Fatalf("250 elsewhere, 100 and 550: 900 fits, got %v", findings(r))
	}
	r := checkWithSnapshot(t, snap, deployed, change("aws_lambda_function.f1", "aws_lambda_function", create, reservingFn("f1", 551)))
	wantFindings(t, r, "aws_lambda_function.f0: unreserved_concurrency_min")
	if !strings.Contains(r.Items[0].Detail, `from the snapshot "snap", is 901,`) || len(r.Items[0].Related) != 1 {
		t.Errorf("want 901 spent by f0 and f1: %+v", r.Items[0])
	}
	// Raising the deployed function's reservation adds only the raise.
	raised := updateChange("aws_lambda_function.f0", reservingFn("f0", 100), reservingFn("f0", 651))
	wantFindings(t, checkWithSnapshot(t, snap, raised), "aws_lambda_function.f0: unreserved_concurrency_min")
	raised = updateChange("aws_lambda_function.f0", reservingFn("f0", 100), reservingFn("f0", 650))
	wantFindings(t, checkWithSnapshot(t, snap, raised))
}

func vpcFn(name, subnet string) string {
	return fmt.Sprintf(`{"function_name":%q,"s3_bucket":"b","region":"us-east-1","vpc_config":[{"subnet_ids":[%q],"security_group_ids":["sg"],"vpc_id":"vpc-a"}]}`, name, subnet)
}

func TestSnapshotENIsInUse(t *testing.T) {
	t.Parallel()
	snap := func(from, to int, mountTargets ...string) *quota.Snapshot {
		v := &quota.VPCInUse{Pairs: map[string]int64{}, MountTargets: map[string]bool{}}
		for i := from; i < to; i++ {
			v.Pairs[quota.PairKey(fmt.Sprintf("s%d", i), []string{"sg"})] = 1
		}
		for _, m := range mountTargets {
			v.MountTargets[m] = true
		}
		return &quota.Snapshot{Source: "snap", Region: "us-east-1", ENIs: true, MountTargets: true, VPCs: map[string]*quota.VPCInUse{"vpc-a": v}}
	}
	fleet := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = change(fmt.Sprintf("aws_lambda_function.f%d", i), "aws_lambda_function", create, vpcFn(fmt.Sprintf("f%d", i), fmt.Sprintf("s%d", i)))
		}
		return out
	}
	mt := func(id string, action string) string {
		return change("aws_efs_mount_target.m", "aws_efs_mount_target", action, fmt.Sprintf(`{"id":%q,"subnet_id":"s0","file_system_id":"fs"}`, id))
	}
	for name, tc := range map[string]struct {
		snap    *quota.Snapshot
		changes []string
		fails   bool
	}{
		"200 new pairs and 60 in use":               {snap(1000, 1060), fleet(200), true},
		"200 pairs, 30 of the 60 in use among them": {snap(170, 230), fleet(200), false},
		"190 new and 60 in use: at the quota":       {snap(1000, 1060), fleet(190), false},
		"a deployed mount target is counted once":   {snap(1000, 1059, "fsmt-1"), append(fleet(190), mt("fsmt-1", noop)), false},
		"a new mount target adds one":               {snap(1000, 1059, "fsmt-1"), append(fleet(190), change("aws_efs_mount_target.n", "aws_efs_mount_target", create, `{"subnet_id":"s0"}`, `{"id":true}`)), true},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			r := checkWithSnapshot(t, tc.snap, tc.changes...)
			if got := r.Errors() > 0; got != tc.fails {
				t.Fatalf("fails = %v, want %v: %v", got, tc.fails, findings(r))
			}
			if tc.fails && (r.Items[0].Quota != quota.ENIsPerVPC || !strings.Contains(r.Items[0].Detail, `already in use from the snapshot "snap"`)) {
				t.Errorf("item: %+v", r.Items[0])
			}
		})
	}
}

// A deployed function's $LATEST package is in the snapshot's stored code:
// a new package replaces it, so only the difference is added.
func TestSnapshotCodeStorageReplacesTheDeployedPackage(t *testing.T) {
	t.Parallel()
	const limit = 80530636800
	snap := func() *quota.Snapshot {
		return &quota.Snapshot{Source: "snap", Region: "us-east-1", Applied: map[quota.ID]int64{quota.CodeStorageMaxBytes: limit},
			Functions: map[string]quota.DeployedFunction{"f": {CodeSize: 5000}, "s3": {CodeSize: 40 << 20}},
			Settings:  &quota.AccountSettings{ConcurrentExecutions: 1000, UnreservedConcurrentExecutions: 1000, TotalCodeSize: limit - 1000}}
	}
	fn := func(file string) string {
		return fmt.Sprintf(`{"function_name":"f","filename":%q,"region":"us-east-1"}`, file)
	}
	s3 := updateChange("aws_lambda_function.s3", `{"function_name":"s3","s3_bucket":"b","region":"us-east-1"}`,
		`{"function_name":"s3","s3_bucket":"b","memory_size":1024,"region":"us-east-1"}`)
	for name, tc := range map[string]struct {
		size  int64
		fails bool
	}{
		"a package 1,000 bytes larger fits":  {6000, false},
		"a package 1,001 bytes larger fails": {6001, true},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			ziptest.WriteSized(t, dir, "new.zip", tc.size, 10000)
			p, err := tfplan.Parse([]byte(`{"format_version":"1.2","resource_changes":[` +
				updateChange("aws_lambda_function.f", fn("old.zip"), fn("new.zip")) + "," + s3 + `]}`))
			if err != nil {
				t.Fatal(err)
			}
			r := Check(p, Options{Dir: dir, Limits: quota.DefaultLimits(), Snapshots: []*quota.Snapshot{snap()}})
			if got := r.Errors() > 0; got != tc.fails {
				t.Fatalf("fails = %v, want %v: %v", got, tc.fails, findings(r))
			}
			if tc.fails && !strings.Contains(r.Items[0].Detail, `the account's applied value in the snapshot "snap"`) {
				t.Errorf("detail: %s", r.Items[0].Detail)
			}
		})
	}
}
