package quota_test

import (
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// TestEverySDKRuntimeIsInTheTable: every runtime the AWS provider accepts
// (aws-sdk-go-v2's types.Runtime, which it validates runtime against) has a
// row in runtimes.hcl, so a newly deprecated one cannot be missed; a row
// without dates is one AWS has published none for.
func TestEverySDKRuntimeIsInTheTable(t *testing.T) {
	t.Parallel()
	table := quota.Runtimes()
	for _, r := range types.Runtime("").Values() {
		if _, ok := table[string(r)]; !ok {
			t.Errorf("runtime %s is in the AWS SDK and not in quota/runtimes.hcl: add its row from the Lambda runtimes page", r)
		}
	}
	for id, l := range table {
		if !l.BlockCreate.IsZero() && l.BlockUpdate.Before(l.BlockCreate) {
			t.Errorf("%s: blocks updates (%v) before it blocks creates (%v)", id, l.BlockUpdate, l.BlockCreate)
		}
		if _, ok := table[l.Successor]; l.Successor != "" && !ok {
			t.Errorf("%s: successor %s has no row", id, l.Successor)
		}
	}
}

// A deprecated runtime is a warning with its dates where the change is not
// known, and on an update before its block-update date.
func TestDeprecatedRuntimeWarnsWithItsDates(t *testing.T) {
	t.Parallel()
	for _, change := range []quota.Change{quota.ChangeUnknown, quota.ChangeUpdate} {
		rep := quota.CheckFunction(quota.DefaultLimits(), quota.Function{Name: quota.Known("api"), Runtime: quota.Known("python3.9"),
			Lifecycle: quota.RuntimeUse{Today: date("2026-12-07"), Change: change}})
		if len(rep.Errors()) > 0 || len(rep.Findings) != 1 || rep.Findings[0].Kind != quota.Deprecation {
			t.Fatalf("change %d: %+v, want one Deprecated warning", change, rep.Findings)
		}
		want := "runs on python3.9: deprecated since December 15, 2025; creating functions on it fails from February 1, 2027; " +
			"and updating them fails from March 3, 2027"
		if d := rep.Findings[0].Detail; !strings.Contains(d, want) || !strings.Contains(rep.Findings[0].Remedy, "python3.14") {
			t.Errorf("change %d: %q / %q", change, d, rep.Findings[0].Remedy)
		}
	}
	for name, f := range map[string]quota.Function{
		"supported":        {Runtime: quota.Known("python3.13")},
		"no dates yet":     {Runtime: quota.Known("nodejs26.x")},
		"container image":  {Runtime: quota.Known("python3.9"), PackageType: quota.Known(quota.PackageTypeImage)},
		"no date to check": {Runtime: quota.Known("nodejs12.x"), Lifecycle: quota.RuntimeUse{}},
	} {
		if f.Lifecycle.Today.IsZero() && name != "no date to check" {
			f.Lifecycle = quota.RuntimeUse{Today: date("2026-12-07")}
		}
		if rep := quota.CheckFunction(quota.DefaultLimits(), f); len(rep.Findings) > 0 {
			t.Errorf("%s: %+v", name, rep.Findings)
		}
	}
}
