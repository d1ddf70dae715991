package quota

import (
	"fmt"
	"strconv"
	"strings"
)

// Settings that change what else AWS allows: SnapStart and tenant isolation
// each rule out other settings. A rule applies when both of its settings are
// certainly on; when either is unknown and the other may be on, it is
// undecided, never guessed.

// settings are what the rules read of a function, or of a provisioned
// concurrency configuration and its function.
type settings struct {
	snapStart, tenantIsolation, fileSystem Value[bool]
	runtime, packageType                   Value[string]
	ephemeralStorage, provisioned          Value[int64]
}

func (f Function) settings() settings {
	return settings{snapStart: f.SnapStart, tenantIsolation: f.TenantIsolation, fileSystem: f.FileSystem, runtime: f.Runtime,
		packageType: f.PackageType, ephemeralStorage: f.EphemeralStorageSize, provisioned: f.ProvisionedConcurrentExecutions}
}

func (c *checker) settings(of string, s settings) {
	c.together(SnapStartEphemeralStorage, "ephemeral_storage_size", s.snapStart, over(s.ephemeralStorage, 512),
		"The function%s uses SnapStart with %s of ephemeral storage; with SnapStart, /tmp may not exceed 512 MB.", of,
		FormatAmount(s.ephemeralStorage.V, "MB"))
	c.together(SnapStartFileSystem, "file_system_config", s.snapStart, s.fileSystem,
		"The function%s uses SnapStart and mounts an Amazon EFS file system; AWS refuses the two together.", of)
	c.together(SnapStartProvisionedConcurrency, "provisioned_concurrent_executions", s.snapStart, over(s.provisioned, 0),
		"The function%s uses SnapStart and has %s of provisioned concurrency; AWS refuses the two together.", of,
		FormatAmount(s.provisioned.V, "executions"))
	c.together(TenantIsolationSnapStart, "snap_start", s.tenantIsolation, s.snapStart,
		"The function%s is tenant-isolated (PER_TENANT) and uses SnapStart; AWS refuses the two together.", of)
	c.together(TenantIsolationProvisionedConcurrency, "provisioned_concurrent_executions", s.tenantIsolation, over(s.provisioned, 0),
		"The function%s is tenant-isolated (PER_TENANT) and has %s of provisioned concurrency; AWS refuses the two together.", of,
		FormatAmount(s.provisioned.V, "executions"))
	c.snapStartRuntime(of, s)
}

// together reports a rule that forbids two settings at once.
func (c *checker) together(id ID, attr string, a, b Value[bool], format string, args ...any) {
	switch {
	case is(a) && is(b):
		c.rule(id, attr, fmt.Sprintf(format, args...))
	case may(a) && may(b):
		c.undecided(id)
	}
}

// snapStartRuntime checks that SnapStart runs on a runtime that has it.
func (c *checker) snapStartRuntime(of string, s settings) {
	if !may(s.snapStart) {
		return
	}
	image := s.packageType.IsKnown() && s.packageType.V == PackageTypeImage
	supported := Value[bool]{}
	switch {
	case image:
		supported = Known(false)
	case s.runtime.Unknown || s.packageType.Unknown:
		supported = Unknown[bool]()
	case s.runtime.Set:
		supported = Known(c.snapStartRuns(s.runtime.V))
	default:
		return // no runtime: not a managed runtime's function to judge
	}
	switch {
	case supported.Unknown || !is(s.snapStart) && !supported.V:
		c.undecided(SnapStartRuntime)
	case !supported.V && image:
		c.rule(SnapStartRuntime, "snap_start", fmt.Sprintf("The function%s is a container image and uses SnapStart, which runs only on managed runtimes.", of))
	case !supported.V:
		c.rule(SnapStartRuntime, "snap_start", fmt.Sprintf("The function%s uses SnapStart on %s, which does not support it.", of, named("runtime", identifier(s.runtime))))
	}
}

// snapStartRuns reports whether a runtime (java21, python3.12, java8.al2)
// is of a family at or after the catalog's earliest version that supports
// SnapStart.
func (c *checker) snapStartRuns(runtime string) bool {
	family, version := splitRuntime(runtime)
	for _, earliest := range c.limits.Quota(SnapStartRuntime).Values {
		f, v := splitRuntime(earliest)
		if f == family && version != nil && compareVersions(version, v) >= 0 {
			return true
		}
	}
	return false
}

// splitRuntime splits a runtime id into its family and version numbers.
func splitRuntime(runtime string) (family string, version []int) {
	i := strings.IndexFunc(runtime, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return runtime, nil
	}
	family, rest := runtime[:i], runtime[i:]
	for _, part := range strings.Split(rest, ".") {
		n, err := strconv.Atoi(part)
		if err != nil {
			break
		}
		version = append(version, n)
	}
	return family, version
}

func compareVersions(a, b []int) int {
	for i := range max(len(a), len(b)) {
		var x, y int
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			return x - y
		}
	}
	return 0
}

// FunctionURL is an aws_lambda_function_url with the tenancy of its
// function.
type FunctionURL struct {
	FunctionName            Value[string]
	FunctionTenantIsolation Value[bool]
	// FunctionTimeout and FunctionManagedInstances are the function's: a
	// call through its URL is synchronous.
	FunctionTimeout          Value[int64]
	FunctionManagedInstances Value[bool]
}

// CheckFunctionURL checks that a function URL's function is not
// tenant-isolated.
func CheckFunctionURL(l Limits, u FunctionURL) Result {
	c := &checker{limits: l}
	c.together(TenantIsolationFunctionURL, "function_name", u.FunctionTenantIsolation, Known(true),
		"The function%s is tenant-isolated (PER_TENANT), and AWS refuses a function URL for it: only API Gateway may invoke it.",
		ofName("function", u.FunctionName))
	c.synchronousTimeout(ofName("function", u.FunctionName), "function URL", u.FunctionManagedInstances, u.FunctionTimeout)
	return c.res
}

// synchronousTimeout warns of a function on Lambda Managed Instances whose
// timeout passes the standard maximum while something invokes it
// synchronously: its longer timeout applies to asynchronous and
// event-source invocations only, and a synchronous call stops at 900 s.
func (c *checker) synchronousTimeout(of, caller string, managed Value[bool], timeout Value[int64]) {
	limit := c.limits.Value(FunctionTimeoutMaxSeconds)
	if !is(managed) || !timeout.IsKnown() || timeout.V <= limit {
		return
	}
	c.add(Finding{Kind: Inconsistent, Attribute: "timeout", Index: -1, Summary: "Synchronous Calls Stop Before The Timeout",
		Detail: fmt.Sprintf("The function%s runs on Lambda Managed Instances with a timeout of %s, which applies to asynchronous and "+
			"event-source invocations only; a call through its %s is synchronous and stops at %s.", of,
			FormatAmount(timeout.V, "seconds"), caller, FormatAmount(limit, "seconds")),
		Remedy: "Hand long work to an asynchronous invocation, or keep what the " + caller + " calls within " + FormatAmount(limit, "seconds") + "."})
}
