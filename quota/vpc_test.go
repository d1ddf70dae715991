package quota_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

func vpcFn(subnets, groups []string) quota.VPCFunction {
	return quota.VPCFunction{SubnetIDs: quota.KnownStrings(subnets...), SecurityGroupIDs: quota.KnownStrings(groups...)}
}

func TestHyperplaneENIs(t *testing.T) {
	t.Parallel()
	shuffled := make([]quota.VPCFunction, 200)
	subnets := []string{"subnet-a", "subnet-b", "subnet-c"}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range shuffled {
		s := append([]string(nil), subnets...)
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		shuffled[i] = vpcFn(s, []string{"sg-1"})
	}
	u := quota.Unknown[string]()
	tests := map[string]struct {
		fns          []quota.VPCFunction
		want         int64
		wantComplete bool
	}{
		"none":                           {nil, 0, true},
		"no VPC config":                  {[]quota.VPCFunction{{}, vpcFn(nil, nil), vpcFn([]string{"s"}, nil)}, 0, true},
		"one function two subnets":       {[]quota.VPCFunction{vpcFn([]string{"s1", "s2"}, []string{"g"})}, 2, true},
		"shared pairs in shuffled order": {shuffled, 3, true},
		"group order and duplicates":     {[]quota.VPCFunction{vpcFn([]string{"s"}, []string{"g1", "g2"}), vpcFn([]string{"s"}, []string{"g2", "g1", "g2"})}, 1, true},
		"distinct sets on one subnet":    {[]quota.VPCFunction{vpcFn([]string{"s"}, []string{"g1"}), vpcFn([]string{"s"}, []string{"g2"}), vpcFn([]string{"s"}, []string{"g1", "g2"})}, 3, true},
		"ids do not run together":        {[]quota.VPCFunction{vpcFn([]string{"s"}, []string{"ab"}), vpcFn([]string{"s"}, []string{"a", "b"})}, 2, true},
		"unknown subnet not guessed": {[]quota.VPCFunction{vpcFn([]string{"s"}, []string{"g"}),
			{SubnetIDs: quota.Known([]quota.Value[string]{u}), SecurityGroupIDs: quota.KnownStrings("g")}}, 1, false},
		// A list unknown as a whole may turn out empty: no VPC, no ENI.
		"unknown list only": {[]quota.VPCFunction{{SubnetIDs: quota.Unknown[[]quota.Value[string]](), SecurityGroupIDs: quota.KnownStrings("g")}}, 0, false},
		// Two known subnets are two pairs, whatever the one set is.
		"unknown group element": {[]quota.VPCFunction{{SubnetIDs: quota.KnownStrings("a", "b"), SecurityGroupIDs: quota.Known([]quota.Value[string]{u})}}, 2, false},
		"unknown subnet, new set is a new pair": {[]quota.VPCFunction{vpcFn([]string{"s"}, []string{"g"}),
			{SubnetIDs: quota.Known([]quota.Value[string]{u}), SecurityGroupIDs: quota.KnownStrings("other")}}, 2, false},
		"unknown subnets, two new sets": {[]quota.VPCFunction{vpcFn([]string{"s"}, []string{"g"}),
			{SubnetIDs: quota.Known([]quota.Value[string]{u}), SecurityGroupIDs: quota.KnownStrings("x")},
			{SubnetIDs: quota.Known([]quota.Value[string]{u}), SecurityGroupIDs: quota.KnownStrings("y", "y")},
			{SubnetIDs: quota.Known([]quota.Value[string]{u}), SecurityGroupIDs: quota.KnownStrings("y")}}, 3, false},
		"unknown groups on a known subnet's pair": {[]quota.VPCFunction{vpcFn([]string{"s"}, []string{"g"}),
			{SubnetIDs: quota.KnownStrings("s"), SecurityGroupIDs: quota.Known([]quota.Value[string]{u})}}, 1, false},
		"both halves unknown may coincide": {[]quota.VPCFunction{
			{SubnetIDs: quota.Known([]quota.Value[string]{u}), SecurityGroupIDs: quota.KnownStrings("x")},
			{SubnetIDs: quota.KnownStrings("t"), SecurityGroupIDs: quota.Known([]quota.Value[string]{u})}}, 1, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			got, complete := quota.HyperplaneENIs(tc.fns)
			if got != tc.want || complete != tc.wantComplete {
				t.Fatalf("HyperplaneENIs = %d, %v; want %d, %v", got, complete, tc.want, tc.wantComplete)
			}
		})
	}
}

// functionsNeeding returns functions that need exactly n ENIs, one subnet each.
func functionsNeeding(n int) []quota.VPCFunction {
	fns := make([]quota.VPCFunction, n)
	for i := range fns {
		fns[i] = vpcFn([]string{fmt.Sprintf("subnet-%d", i)}, []string{"sg"})
	}
	return fns
}

func TestCheckVPC(t *testing.T) {
	t.Parallel()
	raised, _ := quota.DefaultLimits().WithOverrides(map[string]float64{"enis_per_vpc": 500})
	tests := map[string]struct {
		limits      quota.Limits
		vpc         quota.VPC
		violation   bool
		wantTotal   quota.Value[int64]
		wantDetails []string
	}{
		"250 passes": {quota.DefaultLimits(), quota.VPC{Functions: quota.Known(functionsNeeding(240)), EFSMountTargets: quota.Known[int64](6), OtherENIs: quota.Known[int64](4)},
			false, quota.Known[int64](250), nil},
		"251 fails": {quota.DefaultLimits(), quota.VPC{ID: quota.Known("vpc-1"), Functions: quota.Known(functionsNeeding(240)), EFSMountTargets: quota.Known[int64](6), OtherENIs: quota.Known[int64](5)},
			true, quota.Known[int64](251), []string{`VPC "vpc-1"`, "240 ENIs for Lambda's subnet and security-group pairs, 6 ENIs for EFS mount targets, 5 ENIs other", "is 251, 1 ENI more than the 250 ENIs"}},
		"raised quota": {raised, quota.VPC{Functions: quota.Known(functionsNeeding(251))}, false, quota.Known[int64](251), nil},
		"unknown other ENIs, certain": {quota.DefaultLimits(), quota.VPC{Functions: quota.Known(functionsNeeding(251)), OtherENIs: quota.Unknown[int64]()},
			true, quota.Unknown[int64](), []string{"counting only what is known before apply"}},
		"unknown other ENIs, undecided": {quota.DefaultLimits(), quota.VPC{Functions: quota.Known(functionsNeeding(10)), OtherENIs: quota.Unknown[int64]()},
			false, quota.Unknown[int64](), nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			rep := quota.CheckVPC(tc.limits, tc.vpc)
			f, ok := rep.Violation(quota.ENIsPerVPC)
			if ok != tc.violation {
				t.Fatalf("violation = %v, want %v: %v", ok, tc.violation, rep.Findings)
			}
			for _, want := range tc.wantDetails {
				if !strings.Contains(f.Detail, want) {
					t.Errorf("detail %q lacks %q", f.Detail, want)
				}
			}
			if rep.TotalENIs != tc.wantTotal {
				t.Fatalf("total = %+v, want %+v", rep.TotalENIs, tc.wantTotal)
			}
		})
	}
	rep := quota.CheckVPC(quota.DefaultLimits(), quota.VPC{EFSMountTargets: quota.Known[int64](-1)})
	if errs := rep.Errors(); len(errs) != 1 || errs[0].Kind != quota.InvalidInput {
		t.Fatalf("negative count: %v", rep.Findings)
	}
}

func FuzzHyperplaneENIs(f *testing.F) {
	f.Add("a,b,c", "g1,g2", "b,a", "g2,g1,g1")
	f.Add("", "", "x", "")
	f.Fuzz(func(t *testing.T, s1, g1, s2, g2 string) {
		split := func(s string) []string {
			if s == "" {
				return nil
			}
			return strings.Split(s, ",")
		}
		a, b := vpcFn(split(s1), split(g1)), vpcFn(split(s2), split(g2))
		both, _ := quota.HyperplaneENIs([]quota.VPCFunction{a, b})
		one, _ := quota.HyperplaneENIs([]quota.VPCFunction{a})
		two, _ := quota.HyperplaneENIs([]quota.VPCFunction{b})
		same, _ := quota.HyperplaneENIs([]quota.VPCFunction{b, a, a})
		if both < max(one, two) || both > one+two || same != both {
			t.Fatalf("ENIs: a=%d b=%d a+b=%d b+a+a=%d", one, two, both, same)
		}
	})
}

// BenchmarkHyperplaneENIs100k counts ENIs for 100,000 functions over 300
// subnets and 50 security-group sets (900 distinct pairs); the baseline is
// building the input.
func BenchmarkHyperplaneENIs100k(b *testing.B) {
	build := func() []quota.VPCFunction {
		fns := make([]quota.VPCFunction, 100000)
		for i := range fns {
			fns[i] = vpcFn(
				[]string{fmt.Sprintf("subnet-%03d", i%300), fmt.Sprintf("subnet-%03d", (i+1)%300), fmt.Sprintf("subnet-%03d", (i+2)%300)},
				[]string{fmt.Sprintf("sg-%02d", i%50), "sg-shared"})
		}
		return fns
	}
	fns := build()
	b.Run("HyperplaneENIs", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if n, _ := quota.HyperplaneENIs(fns); n != 900 {
				b.Fatalf("got %d ENIs, want 900", n)
			}
		}
	})
	b.Run("baseline/build-input", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			build()
		}
	})
}

// vpcCases are the VPC category's cases, by quota.
func vpcCases() map[quota.ID][]quotaCase {
	l := quota.DefaultLimits()
	n := quota.Known[int64]
	vpc := func(v quota.VPC) quota.Result { return quota.CheckVPC(l, v).Result }
	return map[quota.ID][]quotaCase{
		quota.ENIsPerVPC: {
			{"250", vpc(quota.VPC{Functions: quota.Known(functionsNeeding(240)), EFSMountTargets: n(6), OtherENIs: n(4)}), passes},
			{"251", vpc(quota.VPC{Functions: quota.Known(functionsNeeding(240)), EFSMountTargets: n(6), OtherENIs: n(5)}), fails},
			{"251 pairs and unknown others", vpc(quota.VPC{Functions: quota.Known(functionsNeeding(251)), OtherENIs: quota.Unknown[int64]()}), fails},
			{"10 pairs and unknown others", vpc(quota.VPC{Functions: quota.Known(functionsNeeding(10)), OtherENIs: quota.Unknown[int64]()}), waits},
			{"250 functions on one pair", vpc(quota.VPC{Functions: quota.Known(slices.Repeat([]quota.VPCFunction{vpcFn([]string{"subnet-a"}, []string{"sg"})}, 300))}), passes}},
	}
}
