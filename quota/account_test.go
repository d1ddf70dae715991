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
