package quota_test

import (
	"math"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

func TestWithOverrides(t *testing.T) {
	t.Parallel()
	tests := map[string]struct {
		in       map[string]float64
		wantErr  string
		wantErrs int
		check    quota.ID
		want     int64
	}{
		"raise adjustable":                    {in: map[string]float64{"enis_per_vpc": 1000}, check: quota.ENIsPerVPC, want: 1000},
		"lower adjustable":                    {in: map[string]float64{"concurrent_executions": 50}, check: quota.ConcurrentExecutions, want: 50},
		"lower fixed max":                     {in: map[string]float64{"function_memory_max_mb": 3008}, check: quota.FunctionMemoryMaxMB, want: 3008},
		"fixed max at default":                {in: map[string]float64{"function_memory_max_mb": 10240}, check: quota.FunctionMemoryMaxMB, want: 10240},
		"raise fixed min":                     {in: map[string]float64{"function_memory_min_mb": 256}, check: quota.FunctionMemoryMinMB, want: 256},
		"lower account floor":                 {in: map[string]float64{"unreserved_concurrency_min": 10}, wantErr: `quota "unreserved_concurrency_min": AWS derives it from concurrent_executions`},
		"raise account floor":                 {in: map[string]float64{"unreserved_concurrency_min": 200}, wantErr: "state your account's concurrent_executions instead"},
		"lower reference":                     {in: map[string]float64{"file_descriptors_max": 512}, check: "file_descriptors_max", want: 512},
		"unknown id lists valid ids":          {in: map[string]float64{"enis": 1}, wantErr: `quota "enis": no such quota; valid ids are: function_memory_min_mb,`},
		"raise fixed max":                     {in: map[string]float64{"environment_variables_max_bytes": 4097}, wantErr: "may only be lowered from 4096"},
		"lower fixed min":                     {in: map[string]float64{"ephemeral_storage_min_mb": 511}, wantErr: "may only be raised from 512"},
		"raise reference":                     {in: map[string]float64{"file_descriptors_max": 2048}, wantErr: "may only be lowered"},
		"zero":                                {in: map[string]float64{"enis_per_vpc": 0}, wantErr: "positive whole number, got 0"},
		"negative":                            {in: map[string]float64{"enis_per_vpc": -5}, wantErr: "positive whole number, got -5"},
		"fraction":                            {in: map[string]float64{"enis_per_vpc": 250.5}, wantErr: "positive whole number, got 250.5"},
		"NaN":                                 {in: map[string]float64{"enis_per_vpc": math.NaN()}, wantErr: "positive whole number"},
		"huge":                                {in: map[string]float64{"enis_per_vpc": 1e300}, wantErr: "larger than any AWS quota"},
		"max below default min":               {in: map[string]float64{"function_memory_max_mb": 47}, wantErr: `quota "function_memory_max_mb": the maximum 47 may not be below function_memory_min_mb, which is 128`},
		"both crossed, max below default min": {in: map[string]float64{"function_memory_min_mb": 4096, "function_memory_max_mb": 47}, check: quota.FunctionMemoryMaxMB, want: 10240, wantErrs: 2},
		"min above max":                       {in: map[string]float64{"function_memory_min_mb": 4096, "function_memory_max_mb": 3008}, wantErr: `quota "function_memory_min_mb": the minimum 4096 may not exceed function_memory_max_mb, which is 3008`},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			l, errs := quota.DefaultLimits().WithOverrides(tc.in)
			if tc.wantErrs > 0 {
				if len(errs) != tc.wantErrs || l.Value(tc.check) != tc.want {
					t.Fatalf("errors = %v, %s = %d; want %d errors and %d", errs, tc.check, l.Value(tc.check), tc.wantErrs, tc.want)
				}
				return
			}
			if tc.wantErr != "" {
				if len(errs) != 1 || !strings.Contains(errs[0].Error(), tc.wantErr) {
					t.Fatalf("errors = %v, want one containing %q", errs, tc.wantErr)
				}
				return
			}
			if len(errs) > 0 {
				t.Fatalf("unexpected errors: %v", errs)
			}
			if got := l.Value(tc.check); got != tc.want {
				t.Fatalf("%s = %d, want %d", tc.check, got, tc.want)
			}
		})
	}
}

func TestWithOverridesReportsEveryError(t *testing.T) {
	t.Parallel()
	l, errs := quota.DefaultLimits().WithOverrides(map[string]float64{"nope": 1, "timeout": 2, "enis_per_vpc": 300, "function_layers_max": 6})
	if len(errs) != 3 {
		t.Fatalf("got %d errors, want 3: %v", len(errs), errs)
	}
	if l.Value(quota.ENIsPerVPC) != 300 || l.Value(quota.FunctionLayersMax) != 5 {
		t.Fatalf("valid override not applied or refused one applied: %v", l.Values())
	}
}

// FuzzWithOverrides: every override is applied or refused with an error
// naming its id, and applied values keep the rules.
func FuzzWithOverrides(f *testing.F) {
	f.Add("enis_per_vpc", 1000.0, "function_memory_max_mb", 3008.0)
	f.Add("function_memory_min_mb", 4096.0, "function_memory_max_mb", 3008.0)
	f.Add("nope", -1.5, "environment_variables_max_bytes", 1e300)
	f.Fuzz(func(t *testing.T, id1 string, v1 float64, id2 string, v2 float64) {
		defaults := quota.DefaultLimits()
		l, errs := defaults.WithOverrides(map[string]float64{id1: v1, id2: v2})
		for _, err := range errs {
			if !strings.Contains(err.Error(), "quota \"") {
				t.Fatalf("error does not name its quota: %v", err)
			}
		}
		for _, q := range l.Catalog().Quotas() {
			v := l.Value(q.ID)
			switch {
			case q.Bound == quota.BoundRule && v != 0:
				t.Fatalf("rule %s given the value %d", q.ID, v)
			case q.Bound != quota.BoundRule && v <= 0:
				t.Fatalf("%s = %d", q.ID, v)
			case !q.Overridable() && q.Bound != quota.BoundMin && v > q.Value:
				t.Fatalf("fixed %s raised to %d", q.ID, v)
			case !q.Overridable() && q.Bound == quota.BoundMin && v < q.Value:
				t.Fatalf("fixed minimum %s lowered to %d", q.ID, v)
			case q.PairedMax != "" && v > l.Value(q.PairedMax):
				t.Fatalf("%s = %d above its maximum %d", q.ID, v, l.Value(q.PairedMax))
			}
		}
	})
}

// TestUnknownOverrides: with overrides not known yet, a fixed quota still
// decides a value beyond AWS's own limit (an override could only make it
// stricter), and a quota the account can raise decides nothing.
func TestUnknownOverrides(t *testing.T) {
	t.Parallel()
	all := quota.DefaultLimits().WithUnknownOverrides()
	enis := quota.DefaultLimits().WithUnknownOverrides(quota.ENIsPerVPC)
	pairs := func(n int) quota.VPC { return quota.VPC{Functions: quota.Known(functionsNeeding(n))} }
	tests := map[string]struct {
		res       quota.Result
		violation quota.ID
		undecided quota.ID
	}{
		"fixed quota over AWS's limit is certain": {quota.CheckFunction(all, quota.Function{MemorySize: quota.Known[int64](10241)}).Result, quota.FunctionMemoryMaxMB, ""},
		"fixed quota within AWS's limit waits":    {quota.CheckFunction(all, quota.Function{MemorySize: quota.Known[int64](10240)}).Result, "", quota.FunctionMemoryMaxMB},
		"fixed minimum under AWS's is certain":    {quota.CheckFunction(all, quota.Function{MemorySize: quota.Known[int64](127)}).Result, quota.FunctionMemoryMinMB, ""},
		"raisable quota waits":                    {quota.CheckVPC(all, pairs(300)).Result, "", quota.ENIsPerVPC},
		"one unknown override waits for it":       {quota.CheckVPC(enis, pairs(300)).Result, "", quota.ENIsPerVPC},
		"other quotas stay decided":               {quota.CheckFunction(enis, quota.Function{Timeout: quota.Known[int64](900)}).Result, "", ""},
		"floor depends on the raisable total": {quota.CheckAccount(all, quota.Account{ReservedConcurrentExecutions: quota.Known([]quota.Value[int64]{quota.Known[int64](5000)})}).Result,
			"", quota.UnreservedConcurrencyMin},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			errs := tc.res.Errors()
			if tc.violation == "" && len(errs) > 0 {
				t.Fatalf("unexpected errors: %v", errs)
			}
			if _, ok := tc.res.Violation(tc.violation); tc.violation != "" && !ok {
				t.Fatalf("no violation of %s: %v", tc.violation, tc.res.Findings)
			}
			undecided := strings.Contains(strings.Join(idStrings(tc.res.Undecided), ","), string(tc.undecided))
			if tc.undecided != "" && !undecided {
				t.Fatalf("%s not undecided: %v", tc.undecided, tc.res.Undecided)
			}
		})
	}
}

func idStrings(ids []quota.ID) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = string(id)
	}
	return out
}
