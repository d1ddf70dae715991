package quota_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

func fleetFn(label string, subnets []string, group string, vpc quota.Value[string]) quota.FleetFunction {
	return quota.FleetFunction{Label: label, VPCID: vpc, Function: quota.Function{
		SubnetIDs: quota.KnownStrings(subnets...), SecurityGroupIDs: quota.KnownStrings(group), MemorySize: quota.Known[int64](512)}}
}

// fleetOf is n functions, each on its own two subnets with one shared
// security group (two ENIs each), in VPCs given by vpc(i).
func fleetOf(n int, vpc func(i int) quota.Value[string]) []quota.FleetFunction {
	out := make([]quota.FleetFunction, n)
	for i := range out {
		out[i] = fleetFn(fmt.Sprintf("[%d]", i), []string{fmt.Sprintf("s%da", i), fmt.Sprintf("s%db", i)}, "sg", vpc(i))
	}
	return out
}

func TestCheckFleetVPCGroups(t *testing.T) {
	t.Parallel()
	none := func(int) quota.Value[string] { return quota.Null[string]() }
	one := func(int) quota.Value[string] { return quota.Known("vpc-1") }
	unknownID := func(int) quota.Value[string] { return quota.Unknown[string]() }
	shared := make([]quota.FleetFunction, 126)
	for i := range shared {
		shared[i] = fleetFn(fmt.Sprint(i), []string{"a", "b"}, fmt.Sprintf("sg-%d", i), quota.Null[string]())
	}
	tests := map[string]struct {
		fleet quota.Fleet
		want  bool
	}{
		// 126 functions on their own subnets: 252 ENIs, but nothing says they share a VPC.
		"own subnets, no vpc_id: never guessed": {quota.Fleet{Functions: fleetOf(126, none)}, false},
		"own subnets, unknown vpc_id":           {quota.Fleet{Functions: fleetOf(126, unknownID)}, false},
		"own subnets, one known vpc_id":         {quota.Fleet{Functions: fleetOf(126, one)}, true},
		"one vpc_id, 125 functions":             {quota.Fleet{Functions: fleetOf(125, one)}, false},
		"shared subnets: one VPC":               {quota.Fleet{Functions: shared}, true},
		"shared subnets, 125 functions":         {quota.Fleet{Functions: shared[:125]}, false},
		"EFS in every VPC":                      {quota.Fleet{Functions: fleetOf(124, one), EFSMountTargets: quota.Known[int64](3)}, true},
		"EFS on the fleet's subnets": {quota.Fleet{Functions: fleetOf(124, one), MountTargetSubnets: quota.KnownStrings("s0a", "s1a", "elsewhere")},
			false},
		"EFS on the fleet's subnets, one more": {quota.Fleet{Functions: fleetOf(124, one), MountTargetSubnets: quota.KnownStrings("s0a", "s1a", "s2a")},
			true},
		// 63 functions in vpc-1 and 63 in vpc-2, whose subnets are known to
		// be there, though every vpc_id still says vpc-1 (as an update plans
		// it): the subnets win, 126 ENIs each.
		"subnets in another VPC than a stale vpc_id": {quota.Fleet{Functions: fleetOf(126, one), SubnetVPCs: splitVPCs(126)}, false},
		"subnets in one VPC, vpc_id stale":           {quota.Fleet{Functions: fleetOf(126, func(int) quota.Value[string] { return quota.Known("vpc-0") }), SubnetVPCs: inVPCOne(126)}, true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, got := quota.CheckFleet(quota.DefaultLimits(), tc.fleet).Violation(quota.ENIsPerVPC)
			if got != tc.want {
				t.Fatalf("ENI violation = %v, want %v", got, tc.want)
			}
		})
	}
}

// splitVPCs places the subnets of fleetOf's first half in vpc-1 and the
// rest in vpc-2.
func splitVPCs(n int) map[string]string {
	out := map[string]string{}
	for i := range n {
		vpc := "vpc-1"
		if i >= n/2 {
			vpc = "vpc-2"
		}
		out[fmt.Sprintf("s%da", i)], out[fmt.Sprintf("s%db", i)] = vpc, vpc
	}
	return out
}

// inVPCOne places every subnet of fleetOf in vpc-1.
func inVPCOne(n int) map[string]string {
	out := map[string]string{}
	for i := range n {
		out[fmt.Sprintf("s%da", i)], out[fmt.Sprintf("s%db", i)] = "vpc-1", "vpc-1"
	}
	return out
}

func TestCheckFleetNamesTheBadFunction(t *testing.T) {
	t.Parallel()
	fns := fleetOf(1000, func(int) quota.Value[string] { return quota.Null[string]() })
	fns[617].Label = `["fn-617"]`
	fns[617].Function.MemorySize = quota.Known[int64](20000)
	rep := quota.CheckFleet(quota.DefaultLimits(), quota.Fleet{Name: "functions", Functions: fns})
	errs := rep.Errors()
	if len(errs) != 1 || errs[0].Subject != `functions["fn-617"]` || errs[0].Quota != quota.FunctionMemoryMaxMB {
		t.Fatalf("errors = %+v", errs)
	}
}

func TestCheckFleetTotals(t *testing.T) {
	t.Parallel()
	fn := func(reserved, provisioned quota.Value[int64]) quota.FleetFunction {
		return quota.FleetFunction{Function: quota.Function{ReservedConcurrentExecutions: reserved, ProvisionedConcurrentExecutions: provisioned}}
	}
	n, null := quota.Known[int64], quota.Null[int64]()
	tests := map[string]struct {
		fns  []quota.FleetFunction
		want bool
	}{
		"900 reserved":                        {[]quota.FleetFunction{fn(n(500), null), fn(n(400), null)}, false},
		"901 reserved":                        {[]quota.FleetFunction{fn(n(500), null), fn(n(401), null)}, true},
		"provisioned within a reservation":    {[]quota.FleetFunction{fn(n(900), n(900))}, false},
		"provisioned without a reservation":   {[]quota.FleetFunction{fn(n(500), null), fn(n(-1), n(401))}, true},
		"unknown reservation, known over 900": {[]quota.FleetFunction{fn(n(901), null), fn(quota.Unknown[int64](), null)}, true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, got := quota.CheckFleet(quota.DefaultLimits(), quota.Fleet{Functions: tc.fns}).Violation(quota.UnreservedConcurrencyMin)
			if got != tc.want {
				t.Fatalf("floor violation = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestCheckFleetConcurrencyPerRegion(t *testing.T) {
	t.Parallel()
	in := func(region quota.Value[string], reserved int64) quota.FleetFunction {
		return quota.FleetFunction{Region: region, Function: quota.Function{ReservedConcurrentExecutions: quota.Known(reserved)}}
	}
	east, west, dflt, unknown := quota.Known("us-east-1"), quota.Known("eu-west-1"), quota.Null[string](), quota.Unknown[string]()
	tests := map[string]struct {
		fns       []quota.FleetFunction
		violation bool
		undecided bool
	}{
		"900 in each of two Regions":          {[]quota.FleetFunction{in(east, 450), in(east, 450), in(west, 450), in(west, 450)}, false, false},
		"901 in one of two Regions":           {[]quota.FleetFunction{in(east, 450), in(east, 451), in(west, 450)}, true, false},
		"950 in one Region":                   {[]quota.FleetFunction{in(east, 900), in(east, 50)}, true, false},
		"900 in the default Region":           {[]quota.FleetFunction{in(dflt, 450), in(dflt, 450)}, false, false},
		"901 in the default Region":           {[]quota.FleetFunction{in(dflt, 450), in(dflt, 451)}, true, false},
		"default beside a named Region, each": {[]quota.FleetFunction{in(dflt, 450), in(east, 450)}, false, true},
		"default beside a named Region, over": {[]quota.FleetFunction{in(dflt, 901), in(east, 1)}, true, false},
		"unknown Region may join":             {[]quota.FleetFunction{in(east, 600), in(unknown, 400)}, false, true},
		"unknown Region over alone":           {[]quota.FleetFunction{in(east, 600), in(unknown, 901)}, true, false},
		"unknown Region reserving nothing":    {[]quota.FleetFunction{in(east, 900), in(unknown, -1)}, false, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			rep := quota.CheckFleet(quota.DefaultLimits(), quota.Fleet{Functions: tc.fns})
			_, violated := rep.Violation(quota.UnreservedConcurrencyMin)
			undecided := slices.Contains(rep.Undecided, quota.UnreservedConcurrencyMin)
			// A quota is undecided only where no violation is certain.
			if violated != tc.violation || !violated && undecided != tc.undecided {
				t.Fatalf("violation = %v (want %v), undecided = %v (want %v): %v", violated, tc.violation, undecided, tc.undecided, rep.Findings)
			}
			if n := len(rep.Errors()); violated && n != 1 {
				t.Fatalf("%d errors, want one per violated quota: %v", n, rep.Findings)
			}
		})
	}
}

// A function's own checks take its Region's account values from that
// Region's snapshot: 950 reserved fits an account of 5,000 in us-east-1
// (at 4,900 and 4,901 in both the function's and the Region's checks),
// and still fails eu-west-1, which has no snapshot.
func TestCheckFleetFunctionsTakeTheirRegionsSnapshot(t *testing.T) {
	t.Parallel()
	snap := &quota.Snapshot{Source: "snap", Region: "us-east-1", Applied: map[quota.ID]int64{quota.ConcurrentExecutions: 5000},
		Settings: &quota.AccountSettings{ConcurrentExecutions: 5000, UnreservedConcurrentExecutions: 5000}}
	in := func(region string, reserved int64) quota.FleetFunction {
		return quota.FleetFunction{Region: quota.Known(region), Function: quota.Function{ReservedConcurrentExecutions: quota.Known(reserved)}}
	}
	for name, tc := range map[string]struct {
		fn    quota.FleetFunction
		fails bool
	}{
		"950 in us-east-1":   {in("us-east-1", 950), false},
		"4,900 in us-east-1": {in("us-east-1", 4900), false},
		"4,901 in us-east-1": {in("us-east-1", 4901), true},
		"950 in eu-west-1":   {in("eu-west-1", 950), true},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			rep := quota.CheckFleet(quota.DefaultLimits(), quota.Fleet{Functions: []quota.FleetFunction{tc.fn},
				Accounts: map[string]*quota.AccountBase{"us-east-1": snap.Base(nil)}})
			if _, violated := rep.Violation(quota.UnreservedConcurrencyMin); violated != tc.fails || len(rep.Functions[0].Errors()) > 0 != tc.fails {
				t.Fatalf("fails = %v, want %v: fleet %v, function %v", violated, tc.fails, rep.Findings, rep.Functions[0].Findings)
			}
		})
	}
}

func TestCheckFleetProvisionedRemedy(t *testing.T) {
	t.Parallel()
	fns := []quota.FleetFunction{{Function: quota.Function{ReservedConcurrentExecutions: quota.Known[int64](-1),
		ProvisionedConcurrentExecutions: quota.Known[int64](950)}}}
	f, ok := quota.CheckFleet(quota.DefaultLimits(), quota.Fleet{Functions: fns}).Violation(quota.UnreservedConcurrencyMin)
	if !ok {
		t.Fatal("950 provisioned with no reservation: no violation")
	}
	if msg := f.Message(quota.SurfaceFunction); !strings.Contains(msg, "Lower provisioned_concurrent_executions") ||
		strings.Contains(msg, "Lower reserved_concurrent_executions") || strings.Contains(msg, "%") {
		t.Fatalf("the remedy does not fit provisioned concurrency: %q", msg)
	}
}

// A saved plan's fleet: deployed functions count toward what is shared but
// are not checked again, and subnets placed in a VPC by aws_subnet join it.
func TestCheckFleetSavedPlan(t *testing.T) {
	t.Parallel()
	one := func(int) quota.Value[string] { return quota.Null[string]() }
	existing := func(n int) []quota.FleetFunction {
		fns := fleetOf(n, one)
		for i := range fns {
			fns[i].Existing = true
		}
		return fns
	}
	inVPC := func(n int) map[string]string {
		m := map[string]string{}
		for i := range n {
			m[fmt.Sprintf("s%da", i)] = "vpc-1"
		}
		return m
	}
	bad := fleetFn("[bad]", []string{"x"}, "sg", quota.Null[string]())
	bad.Function.MemorySize = quota.Known[int64](20000)
	badExisting := bad
	badExisting.Existing = true
	tests := map[string]struct {
		fleet       quota.Fleet
		eni, memory bool
	}{
		"a changed function is checked":        {quota.Fleet{Functions: []quota.FleetFunction{bad}}, false, true},
		"a deployed function is not":           {quota.Fleet{Functions: []quota.FleetFunction{badExisting}}, false, false},
		"own subnets placed in one VPC: 252":   {quota.Fleet{Functions: fleetOf(126, one), SubnetVPCs: inVPC(126)}, true, false},
		"own subnets placed in one VPC: 250":   {quota.Fleet{Functions: fleetOf(125, one), SubnetVPCs: inVPC(125)}, false, false},
		"placed in two VPCs":                   {quota.Fleet{Functions: fleetOf(126, one), SubnetVPCs: inVPC(63)}, false, false},
		"only deployed functions: not checked": {quota.Fleet{Functions: existing(126), SubnetVPCs: inVPC(126)}, false, false},
		"one new function among deployed ones": {quota.Fleet{Functions: append(existing(125), fleetOf(126, one)[125]), SubnetVPCs: inVPC(126)}, true, false},
		"mount target on another subnet of the VPC": {quota.Fleet{Functions: fleetOf(125, one), SubnetVPCs: map[string]string{"s0a": "vpc-1", "efs": "vpc-1"},
			MountTargetSubnets: quota.KnownStrings("efs")}, false, false},
	}
	// 125 functions share vpc-1 through s0a only when all are mapped; map
	// them all and add the mount target's subnet: 251 ENIs.
	all := inVPC(125)
	all["efs"] = "vpc-1"
	tests["mount target on another subnet of the VPC, all mapped"] = struct {
		fleet       quota.Fleet
		eni, memory bool
	}{quota.Fleet{Functions: fleetOf(125, one), SubnetVPCs: all, MountTargetSubnets: quota.KnownStrings("efs")}, true, false}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			rep := quota.CheckFleet(quota.DefaultLimits(), tc.fleet)
			if _, got := rep.Violation(quota.ENIsPerVPC); got != tc.eni {
				t.Errorf("ENI violation = %v, want %v", got, tc.eni)
			}
			if _, got := rep.Violation(quota.FunctionMemoryMaxMB); got != tc.memory {
				t.Errorf("memory violation = %v, want %v", got, tc.memory)
			}
			if len(rep.VPCs) != len(rep.VPCMembers) {
				t.Errorf("%d VPCs, %d member lists", len(rep.VPCs), len(rep.VPCMembers))
			}
		})
	}
}

func TestCheckFleetProvisionedConfigs(t *testing.T) {
	t.Parallel()
	n := quota.Known[int64]
	fns := []quota.FleetFunction{
		{Function: quota.Function{ReservedConcurrentExecutions: n(500)}},
		{Function: quota.Function{ReservedConcurrentExecutions: quota.Null[int64]()}},
		{Function: quota.Function{ReservedConcurrentExecutions: quota.Unknown[int64]()}},
	}
	tests := map[string]struct {
		provisioned []quota.FleetProvisioned
		want        bool
	}{
		"within the reservation":                 {[]quota.FleetProvisioned{{Function: 0, Executions: n(500)}}, false},
		"no reservation: 400":                    {[]quota.FleetProvisioned{{Function: 1, Executions: n(400)}}, false},
		"no reservation: 401":                    {[]quota.FleetProvisioned{{Function: 1, Executions: n(401)}}, true},
		"unknown reservation":                    {[]quota.FleetProvisioned{{Function: 2, Executions: n(401)}}, false},
		"function not in the fleet":              {[]quota.FleetProvisioned{{Function: -1, Executions: n(401)}}, false},
		"two configs of one function: 200 + 201": {[]quota.FleetProvisioned{{Function: 1, Executions: n(200)}, {Function: 1, Executions: n(201)}}, true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			rep := quota.CheckFleet(quota.DefaultLimits(), quota.Fleet{Functions: fns, Provisioned: tc.provisioned})
			if _, got := rep.Violation(quota.UnreservedConcurrencyMin); got != tc.want {
				t.Fatalf("floor violation = %v, want %v: %v", got, tc.want, rep.Findings)
			}
		})
	}
}

// BenchmarkCheckFleet measures the provider's own time for a fleet, against
// the same functions checked one call each in the same run.
func BenchmarkCheckFleet(b *testing.B) {
	for _, n := range []int{1000, 100000} {
		fns := fleetOf(n, func(i int) quota.Value[string] { return quota.Known(fmt.Sprintf("vpc-%d", i%10)) })
		for i := range fns {
			fns[i].Function.EnvironmentVariables = quota.KnownStringMap(map[string]string{"LOG_LEVEL": "info", "TABLE": strings.Repeat("t", 40)})
		}
		b.Run(fmt.Sprintf("fleet/%d", n), func(b *testing.B) {
			for b.Loop() {
				quota.CheckFleet(quota.DefaultLimits(), quota.Fleet{Functions: fns})
			}
		})
		b.Run(fmt.Sprintf("one-by-one/%d", n), func(b *testing.B) {
			for b.Loop() {
				for _, f := range fns {
					quota.CheckFunction(quota.DefaultLimits(), f.Function)
				}
			}
		})
	}
}
