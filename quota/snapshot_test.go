package quota_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/ziptest"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// pairFleet is n functions in vpc-a, each on subnet sN with security group sg.
func pairFleet(n int) []quota.FleetFunction {
	out := make([]quota.FleetFunction, n)
	for i := range out {
		out[i] = fleetFn(fmt.Sprintf("[%d]", i), []string{fmt.Sprintf("s%d", i)}, "sg", quota.Known("vpc-a"))
	}
	return out
}

// inUse is a snapshot of vpc-a with Lambda ENIs on subnets sFROM... sTO-1
// with security group sg, and the given mount targets.
func inUse(from, to int, mountTargets ...string) *quota.Snapshot {
	v := &quota.VPCInUse{Pairs: map[string]int64{}, MountTargets: map[string]bool{}}
	for i := from; i < to; i++ {
		v.Pairs[quota.PairKey(fmt.Sprintf("s%d", i), []string{"sg"})] = 1
	}
	for _, m := range mountTargets {
		v.MountTargets[m] = true
	}
	return &quota.Snapshot{Source: "snap", Region: "us-east-1", ENIs: true, MountTargets: true,
		VPCs: map[string]*quota.VPCInUse{"vpc-a": v}, SubnetVPCs: map[string]string{}}
}

// wantViolation checks whether a result violates a quota, and that the
// violation's detail says what it should.
func wantViolation(t *testing.T, res quota.Result, id quota.ID, fails bool, detail string) {
	t.Helper()
	f, got := res.Violation(id)
	if got != fails {
		t.Fatalf("%s violated = %v, want %v: %+v", id, got, fails, res.Findings)
	}
	if got && !strings.Contains(f.Detail, detail) {
		t.Errorf("detail does not say %q: %s", detail, f.Detail)
	}
}

func withSnapshot(f quota.Fleet, s *quota.Snapshot, held ...quota.Holding) quota.Fleet {
	f.Accounts = map[string]*quota.AccountBase{"": s.Base(held)}
	return f
}

func TestSnapshotENIsPerVPC(t *testing.T) {
	t.Parallel()
	applied := inUse(1000, 1060)
	applied.Applied = map[quota.ID]int64{quota.ENIsPerVPC: 1000}
	tests := map[string]struct {
		fleet quota.Fleet
		total int64
		fails bool
	}{
		"200 new pairs and 60 others in use":           {withSnapshot(quota.Fleet{Functions: pairFleet(200)}, inUse(1000, 1060)), 260, true},
		"30 of the 60 in use are the plan's own pairs": {withSnapshot(quota.Fleet{Functions: pairFleet(200)}, inUse(170, 230)), 230, false},
		"at the quota: 190 new and 60 in use":          {withSnapshot(quota.Fleet{Functions: pairFleet(190)}, inUse(1000, 1060)), 250, false},
		"one past: 191 new and 60 in use":              {withSnapshot(quota.Fleet{Functions: pairFleet(191)}, inUse(1000, 1060)), 251, true},
		"an applied quota of 1,000 lets 260 pass":      {withSnapshot(quota.Fleet{Functions: pairFleet(200)}, applied), 260, false},
		"mount targets in use count in their VPC":      {withSnapshot(quota.Fleet{Functions: pairFleet(190)}, inUse(1000, 1059, "fsmt-1")), 250, false},
		"one more mount target in use is one past":     {withSnapshot(quota.Fleet{Functions: pairFleet(190)}, inUse(1000, 1059, "fsmt-1", "fsmt-2")), 251, true},
		"a deployed mount target is counted once": {withSnapshot(quota.Fleet{Functions: pairFleet(190),
			MountTargetSubnets: quota.KnownStrings("s0"), MountTargetIDs: []quota.Value[string]{quota.Known("fsmt-1")}}, inUse(1000, 1059, "fsmt-1")), 250, false},
		"a deployed mount target the snapshot knows by its ENI is counted once": {withSnapshot(quota.Fleet{Functions: pairFleet(190),
			MountTargetSubnets: quota.KnownStrings("s0"), MountTargetIDs: []quota.Value[string]{quota.Known("fsmt-9")},
			MountTargetENIIDs: []quota.Value[string]{quota.Known("eni-efs1")}}, inUse(1000, 1059, "eni-efs1")), 250, false},
		"a new mount target adds one": {withSnapshot(quota.Fleet{Functions: pairFleet(190),
			MountTargetSubnets: quota.KnownStrings("s0"), MountTargetIDs: []quota.Value[string]{quota.Unknown[string]()}}, inUse(1000, 1059, "fsmt-1")), 251, true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			rep := quota.CheckFleet(quota.DefaultLimits(), tc.fleet)
			if len(rep.VPCs) != 1 {
				t.Fatalf("got %d VPC checks, want 1", len(rep.VPCs))
			}
			if got := rep.VPCs[0].TotalENIs; !got.IsKnown() || got.V != tc.total {
				t.Errorf("total ENIs = %+v, want %d", got, tc.total)
			}
			wantViolation(t, rep.Result, quota.ENIsPerVPC, tc.fails, `already in use from the snapshot "snap"`)
		})
	}
}

func TestSnapshotMountTargetsCountInTheirVPCOnly(t *testing.T) {
	t.Parallel()
	s := inUse(1000, 1060)
	other := &quota.VPCInUse{MountTargets: map[string]bool{}}
	for i := range 100 {
		other.MountTargets[fmt.Sprintf("fsmt-%d", i)] = true
	}
	s.VPCs["vpc-b"] = other
	rep := quota.CheckFleet(quota.DefaultLimits(), withSnapshot(quota.Fleet{Functions: pairFleet(190)}, s))
	if got := rep.VPCs[0].TotalENIs; got.V != 250 {
		t.Fatalf("vpc-a total = %+v, want 250: vpc-b's mount targets counted there", got)
	}
	if _, fails := rep.Violation(quota.ENIsPerVPC); fails {
		t.Fatal("vpc-b's mount targets failed vpc-a")
	}
}

// An unknown subnet may be one of the pairs in use: it is never counted as new.
func TestSnapshotUnknownSubnetMayShareAPairInUse(t *testing.T) {
	t.Parallel()
	fns := pairFleet(190)
	fns = append(fns, quota.FleetFunction{Label: "[x]", VPCID: quota.Known("vpc-a"), Function: quota.Function{
		SubnetIDs: quota.Known([]quota.Value[string]{quota.Unknown[string]()}), SecurityGroupIDs: quota.KnownStrings("sg")}})
	rep := quota.CheckFleet(quota.DefaultLimits(), withSnapshot(quota.Fleet{Functions: fns}, inUse(1000, 1060)))
	if _, fails := rep.Violation(quota.ENIsPerVPC); fails {
		t.Fatal("an unknown subnet was counted as a new pair")
	}
	if !slices.Contains(rep.Undecided, quota.ENIsPerVPC) {
		t.Fatal("ENIs per VPC should be undecided")
	}
}

// A VPC the snapshot's Region holds but whose id is unknown may hold any
// number of ENIs: its check is undecided, never passed.
func TestSnapshotUnknownVPCIsUndecided(t *testing.T) {
	t.Parallel()
	fns := pairFleet(10)
	for i := range fns {
		fns[i].VPCID = quota.Unknown[string]()
		fns[i].Function.SubnetIDs = quota.KnownStrings("shared")
	}
	rep := quota.CheckFleet(quota.DefaultLimits(), withSnapshot(quota.Fleet{Functions: fns}, inUse(0, 60)))
	if !slices.Contains(rep.Undecided, quota.ENIsPerVPC) {
		t.Fatalf("ENIs per VPC should be undecided: %+v", rep.Result)
	}
}

func reserving(n int, each int64) []quota.FleetFunction {
	out := make([]quota.FleetFunction, n)
	for i := range out {
		out[i] = quota.FleetFunction{Label: fmt.Sprintf("[%d]", i), Function: quota.Function{
			Name: quota.Known(fmt.Sprintf("f%d", i)), ReservedConcurrentExecutions: quota.Known(each)}}
	}
	return out
}

func settings(reserved int64) *quota.Snapshot {
	return &quota.Snapshot{Source: "snap", Region: "us-east-1", Settings: &quota.AccountSettings{
		ConcurrentExecutions: 1000, UnreservedConcurrentExecutions: 1000 - reserved, TotalCodeSize: 1 << 30}}
}

func TestSnapshotReservedConcurrency(t *testing.T) {
	t.Parallel()
	deployed := settings(350)
	deployed.Functions = map[string]quota.DeployedFunction{"f0": {CodeSize: 1000}}
	tests := map[string]struct {
		fleet     quota.Fleet
		fails     bool
		undecided bool
	}{
		"250 elsewhere and 700 by the plan":         {withSnapshot(quota.Fleet{Functions: reserving(7, 100)}, settings(250)), true, false},
		"250 elsewhere and 600 by the plan":         {withSnapshot(quota.Fleet{Functions: reserving(6, 100)}, settings(250)), false, false},
		"at the floor: 250 elsewhere and 650":       {withSnapshot(quota.Fleet{Functions: reserving(13, 50)}, settings(250)), false, false},
		"one past the floor: 250 elsewhere and 651": {withSnapshot(quota.Fleet{Functions: append(reserving(13, 50), reserving(1, 1)...)}, settings(250)), true, false},
		// f0 reserves 100 today: the snapshot's 350 holds it, and the plan counts it again as planned.
		"a deployed function's reservation counts once": {withSnapshot(quota.Fleet{Functions: reserving(6, 100)}, deployed,
			quota.Holding{Name: quota.Known("f0"), Reserved: quota.Known[int64](100)}), false, false},
		"a deployed function's unknown reservation: undecided": {withSnapshot(quota.Fleet{Functions: reserving(6, 100)}, deployed,
			quota.Holding{Name: quota.Known("f0"), Reserved: quota.Unknown[int64]()}), false, true},
		"a plan over the floor alone fails even so": {withSnapshot(quota.Fleet{Functions: reserving(10, 100)}, deployed,
			quota.Holding{Name: quota.Known("f0"), Reserved: quota.Unknown[int64]()}), true, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			rep := quota.CheckFleet(quota.DefaultLimits(), tc.fleet)
			wantViolation(t, rep.Result, quota.UnreservedConcurrencyMin, tc.fails, `from the snapshot "snap"`)
			if got := slices.Contains(rep.Undecided, quota.UnreservedConcurrencyMin); got != tc.undecided {
				t.Errorf("undecided = %v, want %v", got, tc.undecided)
			}
		})
	}
}

func TestSnapshotCodeStorage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	const zipped = 1 << 20
	pkg := ziptest.WriteSized(t, dir, "f.zip", zipped, 2<<20)
	s := settings(0)
	s.Applied = map[quota.ID]int64{quota.CodeStorageMaxBytes: 80530636800}
	withPackage := func(name string) quota.FleetFunction {
		return quota.FleetFunction{Label: "[f]", Function: quota.Function{Name: quota.Known(name), Filename: quota.Known(pkg)}}
	}
	for name, tc := range map[string]struct {
		total int64
		fails bool
	}{
		"at the account's limit":  {80530636800 - zipped, false},
		"one byte past the limit": {80530636800 - zipped + 1, true},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			s := *s
			s.Settings = &quota.AccountSettings{ConcurrentExecutions: 1000, UnreservedConcurrentExecutions: 1000, TotalCodeSize: tc.total}
			rep := quota.CheckFleet(quota.DefaultLimits(), withSnapshot(quota.Fleet{Functions: []quota.FleetFunction{withPackage("new")}}, &s))
			wantViolation(t, rep.Result, quota.CodeStorageMaxBytes, tc.fails, `the account's applied value in the snapshot "snap"`)
		})
	}
}

func TestWithAppliedKeepsTheRules(t *testing.T) {
	t.Parallel()
	l := quota.DefaultLimits().WithApplied(map[quota.ID]int64{
		quota.ENIsPerVPC:               1000,
		quota.ConcurrentExecutions:     5000,
		quota.ZippedPackageMaxBytes:    100 << 20, // fixed: never loosened
		quota.UnzippedPackageMaxBytes:  200 << 20, // fixed, but stricter
		quota.UnreservedConcurrencyMin: 10,        // derived: never stated
	}, "snap")
	for id, want := range map[quota.ID]int64{
		quota.ENIsPerVPC: 1000, quota.ConcurrentExecutions: 5000, quota.ZippedPackageMaxBytes: 52428800,
		quota.UnzippedPackageMaxBytes: 200 << 20, quota.UnreservedConcurrencyMin: 100,
	} {
		if got := l.Value(id); got != want {
			t.Errorf("%s = %d, want %d", id, got, want)
		}
	}
	stated, errs := l.WithOverrides(map[string]float64{"enis_per_vpc": 300})
	if len(errs) > 0 || stated.Value(quota.ENIsPerVPC) != 300 {
		t.Fatalf("a stated quota must win over the applied one: %d %v", stated.Value(quota.ENIsPerVPC), errs)
	}
}

func TestPairKeyIgnoresOrderAndDuplicates(t *testing.T) {
	t.Parallel()
	if quota.PairKey("s", []string{"b", "a", "a"}) != quota.PairKey("s", []string{"a", "b"}) {
		t.Fatal("the same set in another order is another pair")
	}
	if quota.PairKey("s", []string{"a"}) == quota.PairKey("t", []string{"a"}) {
		t.Fatal("two subnets are one pair")
	}
}
