package quota_test

import (
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

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

// TestMessageBySurface: the remedy speaks the surface's language, and a
// quota the account can change says how to state it there.
func TestMessageBySurface(t *testing.T) {
	t.Parallel()
	zip := quota.CheckFunction(quota.DefaultLimits(), quota.Function{PackageType: quota.Known("Image"), ImageSizeBytes: quota.Known[int64](1 << 40)})
	f, ok := zip.Violation(quota.ContainerImageMaxBytes)
	if !ok {
		t.Fatal("no image violation")
	}
	if !strings.Contains(f.Message(quota.SurfaceFunction), "smaller base image") {
		t.Fatalf("remedy missing: %s", f.Message(quota.SurfaceFunction))
	}
	vpc := quota.CheckVPC(quota.DefaultLimits(), quota.VPC{Functions: quota.Known(functionsNeeding(251))})
	v, _ := vpc.Violation(quota.ENIsPerVPC)
	for s, want := range map[quota.Surface]string{
		quota.SurfaceDataSource: "state it in the provider's quotas as enis_per_vpc.",
		quota.SurfaceFunction:   "{ quotas = data.lambdaquota_limits.<name>.quotas }",
		quota.SurfacePlan:       "--quota enis_per_vpc=VALUE",
	} {
		if msg := v.Message(s); !strings.Contains(msg, want) || !strings.Contains(msg, "L-9FEE3D26") {
			t.Errorf("surface %d: %q lacks %q", s, msg, want)
		}
	}
	res := quota.CheckAccount(quota.DefaultLimits(), quota.Account{ReservedConcurrentExecutions: quota.Known([]quota.Value[int64]{quota.Known[int64](901)})})
	a, _ := res.Violation(quota.UnreservedConcurrencyMin)
	if msg := a.Message(quota.SurfaceDataSource); !strings.Contains(msg, "as concurrent_executions.") {
		t.Errorf("floor message names %q, want concurrent_executions", msg)
	}

}

func TestLayerCountWithPackages(t *testing.T) {
	t.Parallel()
	arns := func(n int) quota.Strings {
		s := make([]string, n)
		for i := range s {
			s[i] = "arn"
		}
		return quota.KnownStrings(s...)
	}
	tests := map[string]struct {
		fn   quota.Function
		want bool
	}{
		"5 ARNs and 5 packages, the same layers": {quota.Function{Layers: arns(5), LayerFilenames: quota.KnownStrings("a", "b", "c", "d", "e")}, false},
		"6 packages":                             {quota.Function{LayerFilenames: quota.KnownStrings("a", "b", "c", "d", "e", "f")}, true},
		"6 packages, ARNs unknown":               {quota.Function{Layers: quota.Unknown[[]quota.Value[string]](), LayerFilenames: quota.KnownStrings("a", "b", "c", "d", "e", "f")}, true},
		"5 packages, ARNs unknown":               {quota.Function{Layers: quota.Unknown[[]quota.Value[string]](), LayerFilenames: quota.KnownStrings("a", "b", "c", "d", "e")}, false},
		"6 ARNs, 1 package":                      {quota.Function{Layers: arns(6), LayerFilenames: quota.KnownStrings("a")}, true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, got := quota.CheckFunction(quota.DefaultLimits(), tc.fn).Violation(quota.FunctionLayersMax)
			if got != tc.want {
				t.Fatalf("violation = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestFormatAmount(t *testing.T) {
	t.Parallel()
	for v, want := range map[int64]string{
		4097:        "4,097 bytes (4 KB)",
		52428801:    "52,428,801 bytes (50 MB)",
		80530636800: "80,530,636,800 bytes (75 GB)",
		1:           "1 byte",
		1000:        "1,000 bytes",
		4608:        "4,608 bytes (4.5 KB)",
	} {
		if got := quota.FormatAmount(v, "bytes"); got != want {
			t.Errorf("FormatAmount(%d) = %q, want %q", v, got, want)
		}
	}
}
