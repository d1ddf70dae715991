package quota_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

func TestSettingsThatChangeTheRules(t *testing.T) {
	t.Parallel()
	on, off, unknown := quota.Known(true), quota.Known(false), quota.Unknown[bool]()
	str, n := quota.Known[string], quota.Known[int64]
	snap := func(runtime quota.Value[string]) quota.Function {
		return quota.Function{SnapStart: on, Runtime: runtime, PackageType: str(quota.PackageTypeZip)}
	}
	tests := map[string]struct {
		fn        quota.Function
		violation quota.ID // "" when AWS accepts it
		undecided quota.ID
	}{
		"SnapStart on python3.12":                {fn: snap(str("python3.12"))},
		"SnapStart on python3.13":                {fn: snap(str("python3.13"))},
		"SnapStart on java21":                    {fn: snap(str("java21"))},
		"SnapStart on java11":                    {fn: snap(str("java11"))},
		"SnapStart on dotnet8":                   {fn: snap(str("dotnet8"))},
		"SnapStart on a later .NET":              {fn: snap(str("dotnet10"))},
		"SnapStart on java8.al2":                 {fn: snap(str("java8.al2")), violation: quota.SnapStartRuntime},
		"SnapStart on python3.11":                {fn: snap(str("python3.11")), violation: quota.SnapStartRuntime},
		"SnapStart on nodejs22.x":                {fn: snap(str("nodejs22.x")), violation: quota.SnapStartRuntime},
		"SnapStart on ruby3.3":                   {fn: snap(str("ruby3.3")), violation: quota.SnapStartRuntime},
		"SnapStart on provided.al2023":           {fn: snap(str("provided.al2023")), violation: quota.SnapStartRuntime},
		"SnapStart on a container image":         {fn: quota.Function{SnapStart: on, PackageType: str(quota.PackageTypeImage)}, violation: quota.SnapStartRuntime},
		"SnapStart off on nodejs22.x":            {fn: quota.Function{SnapStart: off, Runtime: str("nodejs22.x")}},
		"SnapStart on an unknown runtime":        {fn: snap(quota.Unknown[string]()), undecided: quota.SnapStartRuntime},
		"unknown SnapStart on nodejs22.x":        {fn: quota.Function{SnapStart: unknown, Runtime: str("nodejs22.x")}, undecided: quota.SnapStartRuntime},
		"SnapStart with 512 MB of /tmp":          {fn: quota.Function{SnapStart: on, Runtime: str("java21"), EphemeralStorageSize: n(512)}},
		"EFS with 4 GB of /tmp, no SnapStart":    {fn: quota.Function{SnapStart: off, FileSystem: on, EphemeralStorageSize: n(4096)}},
		"unknown SnapStart with 1 GB of /tmp":    {fn: quota.Function{SnapStart: unknown, EphemeralStorageSize: n(1024)}, undecided: quota.SnapStartEphemeralStorage},
		"SnapStart with EFS":                     {fn: quota.Function{SnapStart: on, Runtime: str("java21"), FileSystem: on}, violation: quota.SnapStartFileSystem},
		"SnapStart with an unknown file system":  {fn: quota.Function{SnapStart: on, Runtime: str("java21"), FileSystem: unknown}, undecided: quota.SnapStartFileSystem},
		"a tenant-isolated function alone":       {fn: quota.Function{TenantIsolation: on}},
		"tenant isolation with SnapStart":        {fn: quota.Function{TenantIsolation: on, SnapStart: on, Runtime: str("java21")}, violation: quota.TenantIsolationSnapStart},
		"tenant isolation with provisioned":      {fn: quota.Function{TenantIsolation: on, ProvisionedConcurrentExecutions: n(1)}, violation: quota.TenantIsolationProvisionedConcurrency},
		"unknown isolation with provisioned":     {fn: quota.Function{TenantIsolation: unknown, ProvisionedConcurrentExecutions: n(1)}, undecided: quota.TenantIsolationProvisionedConcurrency},
		"SnapStart with provisioned concurrency": {fn: quota.Function{SnapStart: on, Runtime: str("java21"), ProvisionedConcurrentExecutions: n(5)}, violation: quota.SnapStartProvisionedConcurrency},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			rep := quota.CheckFunction(quota.DefaultLimits(), tc.fn)
			if tc.violation == "" && len(rep.Errors()) > 0 {
				t.Fatalf("a configuration AWS accepts fails: %v", rep.Errors())
			}
			if _, ok := rep.Violation(tc.violation); tc.violation != "" && (!ok || len(rep.Errors()) != 1) {
				t.Fatalf("want one violation of %s: %v", tc.violation, rep.Findings)
			}
			if tc.undecided != "" && !slices.Contains(rep.Undecided, tc.undecided) {
				t.Fatalf("%s is not undecided: %v, %v", tc.undecided, rep.Undecided, rep.Findings)
			}
		})
	}
}

// Lambda Managed Instances' 5,400 s applies to asynchronous and
// event-source invocations; a call through a function URL stops at 900 s.
func TestSynchronousCallThroughAURLStopsAt900Seconds(t *testing.T) {
	t.Parallel()
	for name, tc := range map[string]struct {
		managed quota.Value[bool]
		timeout int64
		warns   bool
	}{
		"Managed Instances, 901 s":             {quota.Known(true), 901, true},
		"Managed Instances, 900 s":             {quota.Known(true), 900, false},
		"Managed Instances unknown":            {quota.Unknown[bool](), 3600, false},
		"standard Lambda (an error elsewhere)": {quota.Known(false), 3600, false},
	} {
		res := quota.CheckFunctionURL(quota.DefaultLimits(), quota.FunctionURL{FunctionName: quota.Known("api"),
			FunctionManagedInstances: tc.managed, FunctionTimeout: quota.Known(tc.timeout)})
		warned := len(res.Findings) == 1 && res.Findings[0].Kind == quota.Inconsistent &&
			strings.Contains(res.Findings[0].Detail, "stops at 900 seconds")
		if warned != tc.warns || len(res.Errors()) > 0 {
			t.Errorf("%s: %+v", name, res.Findings)
		}
	}
}
