package quota_test

import (
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// TestQuotasAtTheirBoundaries: each rule of the facts file at its boundary and one past
// it, with the configuration AWS accepts beside the one it refuses.
func TestQuotasAtTheirBoundaries(t *testing.T) {
	t.Parallel()
	n := quota.Known[int64]
	lmi := quota.Known(true)
	unknownPlatform := quota.Unknown[bool]()
	limits := func(overrides map[string]float64) quota.Limits {
		l, errs := quota.DefaultLimits().WithOverrides(overrides)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		return l
	}
	env := func(keys ...string) quota.StringMap {
		m := map[string]string{}
		for _, k := range keys {
			m[k] = "v"
		}
		return quota.KnownStringMap(m)
	}
	reserved := func(vs ...int64) quota.Value[[]quota.Value[int64]] {
		out := make([]quota.Value[int64], len(vs))
		for i, v := range vs {
			out[i] = n(v)
		}
		return quota.Known(out)
	}
	tests := map[string]struct {
		res  quota.Result
		want quota.ID // "" when the configuration must pass
	}{
		"standard memory 10240":          {quota.CheckFunction(quota.DefaultLimits(), quota.Function{MemorySize: n(10240)}).Result, ""},
		"standard memory 16384":          {quota.CheckFunction(quota.DefaultLimits(), quota.Function{MemorySize: n(16384)}).Result, quota.FunctionMemoryMaxMB},
		"LMI memory 32768":               {quota.CheckFunction(quota.DefaultLimits(), quota.Function{ManagedInstances: lmi, MemorySize: n(32768)}).Result, ""},
		"LMI memory 32769":               {quota.CheckFunction(quota.DefaultLimits(), quota.Function{ManagedInstances: lmi, MemorySize: n(32769)}).Result, quota.LMIFunctionMemoryMaxMB},
		"LMI memory 2048":                {quota.CheckFunction(quota.DefaultLimits(), quota.Function{ManagedInstances: lmi, MemorySize: n(2048)}).Result, ""},
		"LMI memory 2047":                {quota.CheckFunction(quota.DefaultLimits(), quota.Function{ManagedInstances: lmi, MemorySize: n(2047)}).Result, quota.LMIFunctionMemoryMinMB},
		"LMI timeout 5400":               {quota.CheckFunction(quota.DefaultLimits(), quota.Function{ManagedInstances: lmi, Timeout: n(5400)}).Result, ""},
		"LMI timeout 5401":               {quota.CheckFunction(quota.DefaultLimits(), quota.Function{ManagedInstances: lmi, Timeout: n(5401)}).Result, quota.LMIFunctionTimeoutMaxSeconds},
		"LMI memory per vCPU 8":          {quota.CheckFunction(quota.DefaultLimits(), quota.Function{ManagedInstances: lmi, MemoryGiBPerVCPU: quota.Known(8.0)}).Result, ""},
		"LMI memory per vCPU 8.1":        {quota.CheckFunction(quota.DefaultLimits(), quota.Function{ManagedInstances: lmi, MemoryGiBPerVCPU: quota.Known(8.1)}).Result, quota.LMIMemoryGiBPerVCPUMax},
		"LMI memory per vCPU 1.9":        {quota.CheckFunction(quota.DefaultLimits(), quota.Function{ManagedInstances: lmi, MemoryGiBPerVCPU: quota.Known(1.9)}).Result, quota.LMIMemoryGiBPerVCPUMin},
		"LMI concurrency 1600":           {quota.CheckFunction(quota.DefaultLimits(), quota.Function{ManagedInstances: lmi, EnvironmentMaxConcurrency: n(1600)}).Result, ""},
		"LMI concurrency 1601":           {quota.CheckFunction(quota.DefaultLimits(), quota.Function{ManagedInstances: lmi, EnvironmentMaxConcurrency: n(1601)}).Result, quota.LMIEnvironmentConcurrencyMax},
		"unknown platform, 16384 waits":  {quota.CheckFunction(quota.DefaultLimits(), quota.Function{ManagedInstances: unknownPlatform, MemorySize: n(16384)}).Result, ""},
		"unknown platform, 40000 fails":  {quota.CheckFunction(quota.DefaultLimits(), quota.Function{ManagedInstances: unknownPlatform, MemorySize: n(40000)}).Result, quota.LMIFunctionMemoryMaxMB},
		"unknown platform, 100 fails":    {quota.CheckFunction(quota.DefaultLimits(), quota.Function{ManagedInstances: unknownPlatform, MemorySize: n(100)}).Result, quota.FunctionMemoryMinMB},
		"10-concurrency account, none":   {quota.CheckAccount(limits(map[string]float64{"concurrent_executions": 10}), quota.Account{ReservedConcurrentExecutions: reserved()}).Result, ""},
		"10-concurrency account, 0":      {quota.CheckAccount(limits(map[string]float64{"concurrent_executions": 10}), quota.Account{ReservedConcurrentExecutions: reserved(0, -1)}).Result, ""},
		"10-concurrency account, 1":      {quota.CheckAccount(limits(map[string]float64{"concurrent_executions": 10}), quota.Account{ReservedConcurrentExecutions: reserved(1)}).Result, quota.UnreservedConcurrencyMin},
		"throttling a function with 0":   {quota.CheckFunction(limits(map[string]float64{"concurrent_executions": 50}), quota.Function{ReservedConcurrentExecutions: n(0)}).Result, ""},
		"provisioned within reservation": {quota.CheckProvisionedConcurrency(quota.DefaultLimits(), quota.ProvisionedConcurrency{ProvisionedConcurrentExecutions: n(10), ReservedConcurrentExecutions: n(10)}), ""},
		"provisioned over reservation":   {quota.CheckProvisionedConcurrency(quota.DefaultLimits(), quota.ProvisionedConcurrency{ProvisionedConcurrentExecutions: n(11), ReservedConcurrentExecutions: n(10)}), quota.ProvisionedConcurrencyWithinReserved},
		"provisioned without reservation": {quota.CheckProvisionedConcurrency(quota.DefaultLimits(), quota.ProvisionedConcurrency{ProvisionedConcurrentExecutions: n(901), ReservedConcurrentExecutions: n(-1)}),
			quota.UnreservedConcurrencyMin},
		"reserved plus provisioned 900": {quota.CheckAccount(quota.DefaultLimits(), quota.Account{ReservedConcurrentExecutions: reserved(500), ProvisionedConcurrentExecutions: reserved(400)}).Result, ""},
		"reserved plus provisioned 901": {quota.CheckAccount(quota.DefaultLimits(), quota.Account{ReservedConcurrentExecutions: reserved(500), ProvisionedConcurrentExecutions: reserved(401)}).Result, quota.UnreservedConcurrencyMin},
		"visibility equals timeout":     {quota.CheckEventSource(quota.DefaultLimits(), quota.EventSource{VisibilityTimeoutSeconds: n(180), FunctionTimeout: n(180)}), ""},
		"visibility one short":          {quota.CheckEventSource(quota.DefaultLimits(), quota.EventSource{VisibilityTimeoutSeconds: n(179), FunctionTimeout: n(180)}), quota.SQSVisibilityTimeoutMin},
		"defaults: 30 against 3":        {quota.CheckEventSource(quota.DefaultLimits(), quota.EventSource{}), ""},
		"default visibility against 31": {quota.CheckEventSource(quota.DefaultLimits(), quota.EventSource{FunctionTimeout: n(31)}), quota.SQSVisibilityTimeoutMin},
		"settable keys":                 {quota.CheckEnvironmentVariables(quota.DefaultLimits(), env("TZ", "AWS_LAMBDA_EXEC_WRAPPER", "LANG", "PATH", "NODE_OPTIONS", "LD_LIBRARY_PATH")), ""},
		"reserved key":                  {quota.CheckEnvironmentVariables(quota.DefaultLimits(), env("AWS_REGION")), quota.EnvironmentVariableReservedKeys},
		"key starting with a digit":     {quota.CheckEnvironmentVariables(quota.DefaultLimits(), env("1X")), quota.EnvironmentVariableKeyPattern},
		"one-letter key":                {quota.CheckEnvironmentVariables(quota.DefaultLimits(), env("A")), quota.EnvironmentVariableKeyPattern},
		"handler":                       {quota.CheckHandler(quota.DefaultLimits(), "index.handler"), ""},
		"handler with a space":          {quota.CheckHandler(quota.DefaultLimits(), "index. handler"), quota.HandlerPattern},
		"layer description 256":         {quota.CheckLayer(quota.DefaultLimits(), quota.Layer{Description: quota.Known(strings.Repeat("d", 256))}).Result, ""},
		"layer description 257":         {quota.CheckLayer(quota.DefaultLimits(), quota.Layer{Description: quota.Known(strings.Repeat("d", 257))}).Result, quota.LayerDescriptionMaxLength},
		"layer license 512":             {quota.CheckLayer(quota.DefaultLimits(), quota.Layer{LicenseInfo: quota.Known(strings.Repeat("l", 512))}).Result, ""},
		"layer license 513":             {quota.CheckLayer(quota.DefaultLimits(), quota.Layer{LicenseInfo: quota.Known(strings.Repeat("l", 513))}).Result, quota.LayerLicenseMaxLength},
		"statement id 100":              {policyOf(quota.Permission{StatementID: quota.Known(strings.Repeat("s", 100))}), ""},
		"statement id 101":              {policyOf(quota.Permission{StatementID: quota.Known(strings.Repeat("s", 101))}), quota.PermissionStatementIDMaxLength},
		"statement id with a dot":       {policyOf(quota.Permission{StatementID: quota.Known("s3.uploads")}), quota.PermissionStatementIDPattern},
		"empty statement id":            {policyOf(quota.Permission{StatementID: quota.Known("")}), quota.PermissionStatementIDPattern},
		"45 on each of two qualifiers":  {policyOf(append(s3Permissions(45, "live"), s3Permissions(45, "blue")...)...), ""},
		"90 on one qualifier":           {policyOf(s3Permissions(90, "live")...), quota.ResourcePolicyMaxBytes},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			errs := tc.res.Errors()
			if tc.want == "" {
				if len(errs) > 0 {
					t.Fatalf("a configuration AWS accepts failed: %v", errs)
				}
				return
			}
			if _, ok := tc.res.Violation(tc.want); !ok {
				t.Fatalf("no violation of %s: %v", tc.want, tc.res.Findings)
			}
		})
	}
}
