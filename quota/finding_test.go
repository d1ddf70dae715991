package quota_test

import (
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

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
