package quota_test

import (
	"fmt"
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
