package quota_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/ziptest"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

func reserved(vs ...int64) quota.Value[[]quota.Value[int64]] {
	out := make([]quota.Value[int64], len(vs))
	for i, v := range vs {
		out[i] = quota.Known(v)
	}
	return quota.Known(out)
}

func TestCheckAccountConcurrency(t *testing.T) {
	t.Parallel()
	low, errs := quota.DefaultLimits().WithOverrides(map[string]float64{"concurrent_executions": 10})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	tests := map[string]struct {
		limits    quota.Limits
		in        quota.Value[[]quota.Value[int64]]
		violation bool
		total     quota.Value[int64]
	}{
		"900 passes":            {quota.DefaultLimits(), reserved(500, 400, -1), false, quota.Known[int64](900)},
		"901 fails":             {quota.DefaultLimits(), reserved(500, 401, -1), true, quota.Known[int64](901)},
		"nulls are unreserved":  {quota.DefaultLimits(), quota.Known([]quota.Value[int64]{quota.Known[int64](900), quota.Null[int64]()}), false, quota.Known[int64](900)},
		"10-account reserves 0": {low, reserved(0, -1), false, quota.Known[int64](0)},
		"10-account reserves 1": {low, reserved(1), true, quota.Known[int64](1)},
		"unknown entry undecided": {quota.DefaultLimits(), quota.Known([]quota.Value[int64]{quota.Known[int64](10), quota.Unknown[int64]()}),
			false, quota.Unknown[int64]()},
		"unknown entry, certain": {quota.DefaultLimits(), quota.Known([]quota.Value[int64]{quota.Known[int64](950), quota.Unknown[int64]()}),
			true, quota.Unknown[int64]()},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			rep := quota.CheckAccount(tc.limits, quota.Account{ReservedConcurrentExecutions: tc.in})
			f, ok := rep.Violation(quota.UnreservedConcurrencyMin)
			if ok != tc.violation || rep.ReservedConcurrencyTotal != tc.total {
				t.Fatalf("violation = %v (want %v), total = %+v (want %+v): %v", ok, tc.violation, rep.ReservedConcurrencyTotal, tc.total, rep.Findings)
			}
			floor := fmt.Sprintf("unreserved floor of %s", quota.FormatAmount(min(100, tc.limits.Value(quota.ConcurrentExecutions)), "executions"))
			if ok && !strings.Contains(f.Detail, floor) {
				t.Fatalf("detail lacks the floor: %q", f.Detail)
			}
		})
	}
	rep := quota.CheckAccount(quota.DefaultLimits(), quota.Account{ReservedConcurrentExecutions: reserved(5, -7)})
	if errs := rep.Errors(); len(errs) != 1 || errs[0].Index != 1 {
		t.Fatalf("-7 must be an invalid entry at index 1: %v", rep.Findings)
	}
}

func TestCheckAccountCodeStorage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	pkg := ziptest.WriteSized(t, dir, "p.zip", 1000, 5000)
	limit := quota.DefaultLimits().Value(quota.CodeStorageMaxBytes)
	for _, tc := range []struct {
		existing  int64
		violation bool
	}{{limit - 2000, false}, {limit - 1000, false}, {limit - 999, true}} {
		rep := quota.CheckAccount(quota.DefaultLimits(), quota.Account{
			PackageFilenames: quota.KnownStrings(pkg), ExistingCodeStorageBytes: quota.Known(tc.existing),
		})
		if _, ok := rep.Violation(quota.CodeStorageMaxBytes); ok != tc.violation {
			t.Fatalf("existing %d: violation = %v, want %v", tc.existing, ok, tc.violation)
		}
		if rep.CodeStorageBytes != quota.Known(tc.existing+1000) {
			t.Fatalf("storage = %+v", rep.CodeStorageBytes)
		}
	}
}

// accountCases are the account category's cases, by quota.
func accountCases(t *testing.T) map[quota.ID][]quotaCase {
	l := quota.DefaultLimits()
	n, s := quota.Known[int64], quota.Known[string]
	withLimits := func(overrides map[string]float64) quota.Limits {
		out, errs := l.WithOverrides(overrides)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		return out
	}
	account := func(l quota.Limits, a quota.Account) quota.Result { return quota.CheckAccount(l, a).Result }
	published := func(k int) quota.Result {
		fs := make([]quota.FleetFunction, k)
		for i := range fs {
			fs[i] = quota.FleetFunction{Label: fmt.Sprint(i), Function: quota.Function{Publish: quota.Known(true), ManagedInstances: quota.Known(true),
				CapacityProviderARN: s("arn:aws:lambda:us-east-1:123456789012:capacity-provider:cp")}}
		}
		return quota.CheckFleet(l, quota.Fleet{Functions: fs}).Result
	}
	versionsMax := int(l.Value(quota.CapacityProviderFunctionVersionsMax))
	group := func(mappings int, each int64) quota.Result {
		g := quota.PollerGroup{Name: "g"}
		for range mappings {
			g.MaximumPollers = append(g.MaximumPollers, n(each))
		}
		return quota.CheckPollerGroup(l, g)
	}
	pkg := ziptest.WriteSized(t, t.TempDir(), "p.zip", 1000, 5000)
	storage := func(existing int64) quota.Result {
		return account(l, quota.Account{PackageFilenames: quota.KnownStrings(pkg), ExistingCodeStorageBytes: n(existing)})
	}
	storageMax := l.Value(quota.CodeStorageMaxBytes)
	return map[quota.ID][]quotaCase{
		quota.ConcurrentExecutions: {
			{"900 of 1,000 held", account(l, quota.Account{ReservedConcurrentExecutions: reserved(500), ProvisionedConcurrentExecutions: reserved(400)}), passes},
			{"901 of 1,000 held", account(l, quota.Account{ReservedConcurrentExecutions: reserved(500), ProvisionedConcurrentExecutions: reserved(401)}), fails},
			{"a 10-concurrency account holding none", account(withLimits(map[string]float64{"concurrent_executions": 10}),
				quota.Account{ReservedConcurrentExecutions: reserved()}), passes},
			{"a 10-concurrency account holding 1", account(withLimits(map[string]float64{"concurrent_executions": 10}),
				quota.Account{ReservedConcurrentExecutions: reserved(1)}), fails}},
		quota.UnreservedConcurrencyMin: {
			{"900 reserved", quota.CheckFunction(l, quota.Function{ReservedConcurrentExecutions: n(900)}).Result, passes},
			{"901 reserved", quota.CheckFunction(l, quota.Function{ReservedConcurrentExecutions: n(901)}).Result, fails},
			{"-1 reserves none", quota.CheckFunction(l, quota.Function{ReservedConcurrentExecutions: n(-1)}).Result, passes},
			{"0 throttles, on a 50-concurrency account", quota.CheckFunction(withLimits(map[string]float64{"concurrent_executions": 50}),
				quota.Function{ReservedConcurrentExecutions: n(0)}).Result, passes},
			{"901 provisioned without a reservation", quota.CheckProvisionedConcurrency(l,
				quota.ProvisionedConcurrency{ProvisionedConcurrentExecutions: n(901), ReservedConcurrentExecutions: n(-1)}), fails},
			{"950 and an unknown one", account(l, quota.Account{ReservedConcurrentExecutions: quota.Known([]quota.Value[int64]{n(950), quota.Unknown[int64]()})}), fails},
			{"10 and an unknown one", account(l, quota.Account{ReservedConcurrentExecutions: quota.Known([]quota.Value[int64]{n(10), quota.Unknown[int64]()})}), waits}},
		quota.CodeStorageMaxBytes: {{"at the limit", storage(storageMax - 1000), passes}, {"a byte over", storage(storageMax - 999), fails}},
		quota.CapacityProviderFunctionVersionsMax: {{fmt.Sprint(versionsMax), published(versionsMax), passes},
			{fmt.Sprint(versionsMax + 1), published(versionsMax + 1), fails}},
		quota.CapacityProviderMaxVCPUMin: {{"2", quota.CheckCapacityProvider(l, quota.CapacityProvider{MaxVCPUCount: n(2)}), passes},
			{"1", quota.CheckCapacityProvider(l, quota.CapacityProvider{MaxVCPUCount: n(1)}), fails},
			{"unknown", quota.CheckCapacityProvider(l, quota.CapacityProvider{MaxVCPUCount: quota.Unknown[int64]()}), waits}},
		quota.CapacityProviderMaxVCPUMax: {{"15,000", quota.CheckCapacityProvider(l, quota.CapacityProvider{MaxVCPUCount: n(15000)}), passes},
			{"15,001", quota.CheckCapacityProvider(l, quota.CapacityProvider{MaxVCPUCount: n(15001)}), fails}},
		quota.PollerGroupMappingsMax: {{"100 mappings", group(100, 1), passes}, {"101 mappings", group(101, 1), fails}},
		quota.PollerGroupPollersMax: {{"10 mappings of 200", group(10, 200), passes}, {"10 of 200 and one more", group(11, 200), fails},
			{"one unknown beside 1,999", quota.CheckPollerGroup(l, quota.PollerGroup{Name: "g", MaximumPollers: []quota.Value[int64]{n(1999), quota.Unknown[int64]()}}), waits},
			{"one unknown beside 2,000", quota.CheckPollerGroup(l, quota.PollerGroup{Name: "g", MaximumPollers: []quota.Value[int64]{n(2000), quota.Unknown[int64]()}}), fails}},
		quota.LMIKafkaMappingsMax: {{"100", quota.CheckManagedInstancesKafka(l, n(100), ""), passes}, {"101", quota.CheckManagedInstancesKafka(l, n(101), ""), fails},
			{"90 and some unknown", quota.CheckManagedInstancesKafka(l, quota.Value[int64]{V: 90, Unknown: true}, ""), waits}},
		quota.CapacityProvidersMax: {
			{"at the limit", quota.CheckCapacityProviderCount(l, n(l.Value(quota.CapacityProvidersMax)), ""), passes},
			{"one over", quota.CheckCapacityProviderCount(l, n(l.Value(quota.CapacityProvidersMax)+1), ""), fails},
			{"some unknown", quota.CheckCapacityProviderCount(l, quota.Value[int64]{V: 3, Unknown: true}, ""), waits}},
	}
}
