package quota

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Package types of a Lambda function.
const (
	PackageTypeZip   = "Zip"
	PackageTypeImage = "Image"
)

// Function is a Lambda function's configuration, with the argument names of
// aws_lambda_function where it has them. Absent values are not checked;
// unknown ones make the quotas they feed undecided.
type Function struct {
	Name                 Value[string]
	PackageType          Value[string]
	MemorySize           Value[int64]
	Timeout              Value[int64]
	EphemeralStorageSize Value[int64]
	// DurableExecutionTimeout (seconds) and DurableRetentionPeriod (days)
	// are a durable function's durable_config.
	DurableExecutionTimeout Value[int64]
	DurableRetentionPeriod  Value[int64]
	// Runtime is the managed runtime; SnapStart is snap_start's apply_on
	// being PublishedVersions, FileSystem a file_system_config being set,
	// TenantIsolation tenancy_config's mode being PER_TENANT.
	Runtime         Value[string]
	SnapStart       Value[bool]
	FileSystem      Value[bool]
	TenantIsolation Value[bool]
	// CapacityProviderARN is the function's capacity provider, and Publish
	// whether it publishes a version.
	CapacityProviderARN          Value[string]
	Publish                      Value[bool]
	EnvironmentVariables         StringMap
	Layers                       Strings
	Filename                     Value[string]
	UploadedViaS3                Value[bool]
	LayerFilenames               Strings
	LayerUnzippedBytes           Value[int64]
	ImageSizeBytes               Value[int64]
	ReservedConcurrentExecutions Value[int64]
	SubnetIDs                    Strings
	SecurityGroupIDs             Strings
	Architectures                Strings
	Handler                      Value[string]
	Description                  Value[string]
	// ManagedInstances is set for a function on a capacity provider (Lambda
	// Managed Instances), whose memory, timeout and capacity settings have
	// limits of their own.
	ManagedInstances          Value[bool]
	MemoryGiBPerVCPU          Value[float64]
	EnvironmentMaxConcurrency Value[int64]
	// ProvisionedConcurrentExecutions is the provisioned concurrency of one
	// of its versions or aliases, when checked together with the function.
	ProvisionedConcurrentExecutions Value[int64]
	// Lifecycle is when and how the function reaches AWS, for its runtime's
	// dates; the runtime is not checked against them when Today is zero.
	Lifecycle RuntimeUse
	// Tags are every tag AWS gets: tags merged with the provider's default
	// tags (tags_all). While they are unknown, V may hold the tags users
	// wrote, which the whole set holds at least.
	Tags StringMap
}

// CountsPackage reports whether the function's local package counts
// toward code storage: one given by filename, not uploaded through S3.
func (f Function) CountsPackage() bool {
	return f.Filename.Present() && (!f.UploadedViaS3.IsKnown() || !f.UploadedViaS3.V)
}

// FunctionReport is the outcome of CheckFunction: findings and measurements.
// A measurement is unknown when an input it needs is unknown or unreadable.
type FunctionReport struct {
	Result
	EnvironmentVariablesBytes Value[int64]
	PackageZippedBytes        Value[int64]
	PackageUnzippedBytes      Value[int64]
	TotalUnzippedBytes        Value[int64]
	HyperplaneENIs            Value[int64]
}

// CheckFunction checks every per-function quota and returns every finding.
func CheckFunction(l Limits, f Function) FunctionReport {
	c := &checker{limits: l}
	of := ofName("function", f.Name)
	if !f.ManagedInstances.Set && !f.ManagedInstances.Unknown {
		f.ManagedInstances = Known(false)
	}
	checkInput(c, f.Name, []ID{FunctionNameMaxLength}, c.functionName)
	c.byPlatform(of, f.ManagedInstances, f.MemorySize, memoryRange)
	c.byPlatform(of, f.ManagedInstances, f.Timeout, timeoutRange)
	c.managedInstances(of, f)
	c.settings(of, f.settings())
	checkInput(c, f.EphemeralStorageSize, []ID{EphemeralStorageMinMB, EphemeralStorageMaxMB},
		c.between(EphemeralStorageMinMB, EphemeralStorageMaxMB, "ephemeral_storage_size", "the ephemeral storage size"+of))
	checkInput(c, f.DurableExecutionTimeout, []ID{DurableExecutionTimeoutMinSeconds, DurableExecutionTimeoutMaxSeconds},
		c.between(DurableExecutionTimeoutMinSeconds, DurableExecutionTimeoutMaxSeconds, "durable_execution_timeout", "the durable execution timeout"+of))
	checkInput(c, f.DurableRetentionPeriod, []ID{DurableRetentionPeriodMinDays, DurableRetentionPeriodMaxDays},
		c.between(DurableRetentionPeriodMinDays, DurableRetentionPeriodMaxDays, "durable_retention_period", "the durable retention period"+of))
	checkInput(c, f.Handler, []ID{HandlerMaxLength, HandlerPattern}, func(v Value[string]) { c.handler(of, v) })
	checkInput(c, f.Description, []ID{DescriptionMaxLength}, func(v Value[string]) { c.description(of, v) })
	checkInput(c, f.SubnetIDs, []ID{FunctionSubnetsMax}, func(v Strings) { c.subnetCount(of, len(v.V)) })
	checkInput(c, f.SecurityGroupIDs, []ID{FunctionSecurityGroupsMax}, func(v Strings) { c.securityGroupCount(of, len(v.V)) })
	checkInput(c, f.Architectures, []ID{FunctionArchitecturesMax}, func(v Strings) { c.architectureCount(of, len(v.V)) })
	c.runtimeLifecycle(of, f)
	// These use what is known of an unknown input as a lower bound.
	c.tags(of, f.Tags)
	c.layerCount(of, f.Layers, f.LayerFilenames)
	rep := FunctionReport{}
	rep.EnvironmentVariablesBytes = c.environment(of, f.EnvironmentVariables)
	c.reservedConcurrency(of, f.ReservedConcurrentExecutions)
	c.provisioned(of, f.ProvisionedConcurrentExecutions, f.ReservedConcurrentExecutions)
	rep.HyperplaneENIs = functionENIs(f.SubnetIDs, f.SecurityGroupIDs)
	c.functionPackage(of, f, &rep)
	rep.Result = c.res
	return rep
}

// platformRange is the range of a setting on standard Lambda and on Lambda
// Managed Instances.
type platformRange struct {
	attr, what                       string
	min, max, managedMin, managedMax ID
}

var (
	memoryRange  = platformRange{"memory_size", "the memory size", FunctionMemoryMinMB, FunctionMemoryMaxMB, LMIFunctionMemoryMinMB, LMIFunctionMemoryMaxMB}
	timeoutRange = platformRange{"timeout", "the timeout", FunctionTimeoutMinSeconds, FunctionTimeoutMaxSeconds, FunctionTimeoutMinSeconds, LMIFunctionTimeoutMaxSeconds}
)

// byPlatform runs a range check on a value that may be unknown.
func (c *checker) byPlatform(of string, managed Value[bool], v Value[int64], r platformRange) {
	switch {
	case v.Unknown && managed.IsKnown() && managed.V:
		c.undecided(r.managedMin, r.managedMax)
	case v.Unknown && managed.IsKnown():
		c.undecided(r.min, r.max)
	case v.Unknown:
		c.undecided(r.min, r.max, r.managedMin, r.managedMax)
	case v.Set:
		c.inRange(of, managed, r, v.V)
	}
}

// inRange checks a value against the range of the function's platform.
// When it is not known yet whether the function runs on Lambda Managed
// Instances, only a value outside both ranges is certainly wrong.
func (c *checker) inRange(of string, managed Value[bool], r platformRange, v int64) {
	what := r.what + of
	switch {
	case managed.IsKnown() && managed.V:
		c.atLeast(r.managedMin, r.attr, v, what+" on Lambda Managed Instances")
		c.atMost(r.managedMax, r.attr, v, what+" on Lambda Managed Instances")
	case !managed.Unknown:
		c.atLeast(r.min, r.attr, v, what)
		c.atMost(r.max, r.attr, v, what)
	default:
		lo, hi := r.min, r.max
		if c.limits.Value(r.managedMin) < c.limits.Value(lo) {
			lo = r.managedMin
		}
		if c.limits.Value(r.managedMax) > c.limits.Value(hi) {
			hi = r.managedMax
		}
		switch {
		case v < c.limits.Value(lo):
			c.atLeast(lo, r.attr, v, what+", on either platform,")
		case v > c.limits.Value(hi):
			c.atMost(hi, r.attr, v, what+", on either platform,")
		case v < c.limits.Value(r.min) || v > c.limits.Value(r.max) || v < c.limits.Value(r.managedMin) || v > c.limits.Value(r.managedMax):
			c.undecided(r.min, r.max, r.managedMin, r.managedMax)
		}
	}
}

// managedInstances checks the capacity settings of a function on Lambda
// Managed Instances; on a standard function they are not checked.
func (c *checker) managedInstances(of string, f Function) {
	if f.ManagedInstances.IsKnown() && !f.ManagedInstances.V {
		return
	}
	checkInput(c, f.MemoryGiBPerVCPU, []ID{LMIMemoryGiBPerVCPUMin, LMIMemoryGiBPerVCPUMax}, func(v Value[float64]) {
		c.floatInRange(LMIMemoryGiBPerVCPUMin, LMIMemoryGiBPerVCPUMax, "execution_environment_memory_gib_per_vcpu", v.V, "the memory per vCPU"+of)
	})
	checkInput(c, f.EnvironmentMaxConcurrency, []ID{LMIEnvironmentConcurrencyMin, LMIEnvironmentConcurrencyMax},
		c.between(LMIEnvironmentConcurrencyMin, LMIEnvironmentConcurrencyMax, "per_execution_environment_max_concurrency",
			"the concurrency per execution environment"+of))
}

// floatInRange checks a fractional setting against a whole-number range.
func (c *checker) floatInRange(minID, maxID ID, attr string, v float64, what string) {
	lo, hi := c.limits.Quota(minID), c.limits.Quota(maxID)
	amount := strconv.FormatFloat(v, 'f', -1, 64) + " " + lo.Unit
	switch {
	case v < float64(lo.Value):
		c.add(c.violation(lo, attr, int64(math.Floor(v)), lo.Value, fmt.Sprintf("%s is %s, less than the minimum of %s set by the quota %q (%s).",
			capitalize(what), amount, FormatAmount(lo.Value, lo.Unit), lo.Name, lo.ID)))
	case v > float64(hi.Value):
		c.add(c.violation(hi, attr, int64(math.Ceil(v)), hi.Value, fmt.Sprintf("%s is %s, more than the %s allowed by the quota %q (%s).",
			capitalize(what), amount, FormatAmount(hi.Value, hi.Unit), hi.Name, hi.ID)))
	}
}

// between checks a value against a pair of fixed quotas, its minimum and
// its maximum.
func (c *checker) between(lo, hi ID, attr, what string) func(Value[int64]) {
	return func(v Value[int64]) {
		c.atLeast(lo, attr, v.V, what)
		c.atMost(hi, attr, v.V, what)
	}
}

func (c *checker) functionName(v Value[string]) {
	name := v.V
	c.atMost(FunctionNameMaxLength, "function_name", int64(utf8.RuneCountInString(name)), "the length of "+named("function name", v))
	for _, r := range name {
		if !isNameRune(r) {
			shown := fmt.Sprintf("%q", r)
			if v.Hidden() {
				shown = "a character that is not allowed"
			}
			c.invalid("function_name", -1, "Invalid Lambda Function Name",
				"%s contains %s. A Lambda function name may hold only letters, digits, hyphens and underscores.", capitalise(named("function name", v)), shown)
			return
		}
	}
	if name == "" {
		c.invalid("function_name", -1, "Invalid Lambda Function Name", "The function name is empty. A Lambda function name needs 1 to 64 letters, digits, hyphens or underscores.")
	}
}

// handler checks a handler's length and characters. Its value is never
// echoed: Terraform does not tell providers which values are sensitive.
func (c *checker) handler(of string, v Value[string]) {
	s := v.V
	c.atMost(HandlerMaxLength, "handler", int64(utf8.RuneCountInString(s)), "the length of the handler"+of)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		c.rule(HandlerPattern, "handler", fmt.Sprintf("The handler%s holds white space at character %d. A handler may not hold any.",
			of, utf8.RuneCountInString(s[:i])+1))
	}
}

func (c *checker) description(of string, v Value[string]) {
	s := v.V
	c.atMost(DescriptionMaxLength, "description", int64(utf8.RuneCountInString(s)), "the length of the description"+of)
}

// layerCount checks the layers a function has: at least as many as it lists
// ARNs, and at least as many as it has local layer packages, since each
// package is one layer (it may also be listed by ARN).
func (c *checker) layerCount(of string, arns, files Strings) {
	switch {
	case arns.Unknown && files.Unknown:
		c.undecided(FunctionLayersMax)
		return
	case !arns.Set && !arns.Unknown && !files.Set && !files.Unknown:
		return
	}
	n, attr := len(arns.V), "layers"
	if len(files.V) > n {
		n, attr = len(files.V), "layer_filenames"
	}
	if arns.Unknown || files.Unknown {
		if n > int(c.limits.Value(FunctionLayersMax)) {
			c.atMost(FunctionLayersMax, attr, int64(n), "the number of layers"+of+", counting only the layers known before apply,")
		} else {
			c.undecided(FunctionLayersMax)
		}
		return
	}
	c.atMost(FunctionLayersMax, attr, int64(n), "the number of layers"+of)
}

func (c *checker) subnetCount(of string, n int) {
	c.atMost(FunctionSubnetsMax, "subnet_ids", int64(n), "the number of VPC subnets"+of)
}

func (c *checker) securityGroupCount(of string, n int) {
	c.atMost(FunctionSecurityGroupsMax, "security_group_ids", int64(n), "the number of VPC security groups"+of)
}

func (c *checker) architectureCount(of string, n int) {
	c.atMost(FunctionArchitecturesMax, "architectures", int64(n), "the number of architectures"+of)
}

// environment checks the environment size. With unknown values it still
// reports a violation when the known part alone is too large.
func (c *checker) environment(of string, env StringMap) Value[int64] {
	checkInput(c, env, []ID{EnvironmentVariableKeyPattern, EnvironmentVariableReservedKeys}, func(env StringMap) { c.environmentKeys(of, env) })
	return c.environmentSize(of, env)
}

// environmentSize checks the size alone.
func (c *checker) environmentSize(of string, env StringMap) Value[int64] {
	if env.Unknown {
		c.undecided(EnvironmentVariablesMaxBytes)
		return Unknown[int64]()
	}
	if !env.Set {
		return Null[int64]()
	}
	size, complete := environmentMinSize(env.V)
	if complete {
		c.atMost(EnvironmentVariablesMaxBytes, "environment_variables", size, "the size of the environment variables"+of)
		return Known(size)
	}
	if size > c.limits.Value(EnvironmentVariablesMaxBytes) {
		c.atMost(EnvironmentVariablesMaxBytes, "environment_variables", size,
			"the size of the environment variables"+of+", counting only the values known before apply,")
	} else {
		c.undecided(EnvironmentVariablesMaxBytes)
	}
	return Unknown[int64]()
}

// reservedEnvironmentKeys are the keys Lambda sets itself, from the
// "defined runtime environment variables" page; AWS_LAMBDA_EXEC_WRAPPER, TZ,
// LANG, PATH, NODE_OPTIONS and the like may be set.
var reservedEnvironmentKeys = map[string]bool{
	"_HANDLER": true, "_X_AMZN_TRACE_ID": true, "AWS_DEFAULT_REGION": true, "AWS_REGION": true, "AWS_EXECUTION_ENV": true,
	"AWS_LAMBDA_FUNCTION_NAME": true, "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": true, "AWS_LAMBDA_FUNCTION_VERSION": true,
	"AWS_LAMBDA_INITIALIZATION_TYPE": true, "AWS_LAMBDA_LOG_GROUP_NAME": true, "AWS_LAMBDA_LOG_STREAM_NAME": true,
	"AWS_ACCESS_KEY": true, "AWS_ACCESS_KEY_ID": true, "AWS_SECRET_ACCESS_KEY": true, "AWS_SESSION_TOKEN": true,
	"AWS_LAMBDA_RUNTIME_API": true, "LAMBDA_TASK_ROOT": true, "LAMBDA_RUNTIME_DIR": true,
}

// environmentKeys checks each key against the reserved list and the pattern
// [a-zA-Z]([a-zA-Z0-9_])+, one finding per rule naming every key that breaks it.
func (c *checker) environmentKeys(of string, env StringMap) {
	var reserved, malformed []string
	for _, k := range slices.Sorted(maps.Keys(env.V)) {
		switch {
		case reservedEnvironmentKeys[k]:
			reserved = append(reserved, strconv.Quote(k))
		case !validEnvironmentKey(k):
			malformed = append(malformed, strconv.Quote(k))
		}
	}
	// The keys of a sensitive map are sensitive too: count them, never name them.
	// Reserved keys are AWS's own names, so they are shown where other
	// configuration strings are not.
	name := func(list []string, awsNames bool) string {
		noun := map[bool]string{true: "key", false: "keys"}[len(list) == 1]
		switch {
		case env.Sensitive:
			return fmt.Sprintf("%d sensitive %s", len(list), noun)
		case env.Opaque && !awsNames:
			return fmt.Sprintf("%d %s", len(list), noun)
		}
		return "the " + noun + " " + strings.Join(list, ", ")
	}
	if len(reserved) > 0 {
		c.rule(EnvironmentVariableReservedKeys, "environment_variables", fmt.Sprintf(
			"The environment variables%s set %s, which Lambda reserves for itself; AWS refuses them with "+
				"\"contains reserved keys that are currently not supported for modification\".", of, name(reserved, true)))
	}
	if len(malformed) > 0 {
		verb := map[bool]string{true: "does", false: "do"}[len(malformed) == 1]
		c.rule(EnvironmentVariableKeyPattern, "environment_variables", fmt.Sprintf(
			"The environment variables%s have %s, which %s not match [a-zA-Z]([a-zA-Z0-9_])+: a letter, then at least one more "+
				"letter, digit or underscore.", of, name(malformed, false), verb))
	}
}

func validEnvironmentKey(k string) bool {
	if len(k) < 2 || !isLetter(rune(k[0])) {
		return false
	}
	for _, r := range k[1:] {
		if !isLetter(r) && (r < '0' || r > '9') && r != '_' {
			return false
		}
	}
	return true
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

func (c *checker) reservedConcurrency(of string, v Value[int64]) {
	switch {
	case v.Unknown:
		c.undecided(UnreservedConcurrencyMin)
	case !v.Set || v.V == -1:
	case v.V < -1:
		c.invalid("reserved_concurrent_executions", -1, "Invalid Reserved Concurrency",
			"The reserved concurrency%s is %d. It must be -1 (no reservation) or a number from 0 upwards.", of, v.V)
	default:
		c.reservedAgainstFloor("reserved_concurrent_executions", v.V, "the reserved concurrency"+of)
	}
}

// functionPackage measures and checks the code: a container image's declared
// size, or the .zip and its layers.
func (c *checker) functionPackage(of string, f Function, rep *FunctionReport) {
	rep.PackageZippedBytes, rep.PackageUnzippedBytes, rep.TotalUnzippedBytes = Null[int64](), Null[int64](), Null[int64]()
	pkgType := f.PackageType
	if !pkgType.Set && !pkgType.Unknown {
		pkgType = Known(PackageTypeZip)
	}
	switch {
	case pkgType.Unknown:
		c.undecided(ContainerImageMaxBytes, ZippedPackageMaxBytes, UnzippedPackageMaxBytes)
		return
	case pkgType.V == PackageTypeImage:
		c.imageSize(of, f.ImageSizeBytes)
		return
	case pkgType.V != PackageTypeZip:
		c.invalid("package_type", -1, "Invalid Lambda Package Type", "The package type%s is neither %q nor %q, the two AWS accepts.", of, PackageTypeZip, PackageTypeImage)
		return
	}

	var fn pkgSize
	if f.Filename.Set || f.Filename.Unknown {
		fn = c.measurePackage("filename", -1, f.Filename)
		rep.PackageZippedBytes, rep.PackageUnzippedBytes = fn.zipped, fn.unzipped
		c.directUpload(of, "the deployment package", f.UploadedViaS3, fn.zipped)
	}
	total := fn.unzipped
	hasLayers := false
	if f.LayerFilenames.Unknown {
		total.Unknown, hasLayers = true, true
	}
	for i, name := range f.LayerFilenames.V {
		hasLayers = true
		total = addSizes(total, c.measurePackage("layer_filenames", i, name).unzipped)
	}
	switch lb := f.LayerUnzippedBytes; {
	case lb.Unknown:
		total.Unknown, hasLayers = true, true
	case lb.Set && lb.V < 0:
		c.invalid("layer_unzipped_bytes", -1, "Invalid Layer Size", "The declared unzipped size of the layers%s is %d bytes; a size cannot be negative.", of, lb.V)
	case lb.Set:
		hasLayers = true
		total = addSizes(total, Known(lb.V))
	}
	if !total.Set && !total.Unknown {
		return
	}
	what := "the unzipped size of the function code" + of
	if hasLayers {
		what = "the unzipped size of the function code combined with its layers" + of
	}
	rep.TotalUnzippedBytes = c.sizeAtMost(UnzippedPackageMaxBytes, "filename", total, what)
}

func (c *checker) imageSize(of string, v Value[int64]) {
	switch {
	case v.Unknown:
		c.undecided(ContainerImageMaxBytes)
	case v.Set && v.V < 0:
		c.invalid("image_size_bytes", -1, "Invalid Image Size", "The declared image size%s is %d bytes; a size cannot be negative.", of, v.V)
	case v.Set:
		c.atMost(ContainerImageMaxBytes, "image_size_bytes", v.V, "the uncompressed size of the container image"+of)
	}
}

// functionENIs is the number of Hyperplane ENIs one function needs: one per
// distinct subnet when it has security groups.
func functionENIs(subnets, groups Strings) Value[int64] {
	if subnets.Unknown || groups.Unknown {
		return Unknown[int64]()
	}
	n, complete := HyperplaneENIs([]VPCFunction{{SubnetIDs: subnets, SecurityGroupIDs: groups}})
	if !complete {
		return Unknown[int64]()
	}
	return Known(n)
}

// isNameRune reports whether r may appear in a function name.
func isNameRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_'
}

// provisioned checks a function's provisioned concurrency: within its
// reserved concurrency when it reserves some, and otherwise against what
// the account can reserve, since it counts against the Region's concurrency.
func (c *checker) provisioned(of string, provisioned, reserved Value[int64]) {
	switch {
	case !provisioned.Set && !provisioned.Unknown:
		return
	case provisioned.Unknown:
		c.undecided(ProvisionedConcurrencyWithinReserved, UnreservedConcurrencyMin)
		return
	case provisioned.V < 1:
		c.invalid("provisioned_concurrent_executions", -1, "Invalid Provisioned Concurrency",
			"The provisioned concurrency%s is %d. It must be 1 or more.", of, provisioned.V)
		return
	}
	what := "the provisioned concurrency" + of
	switch {
	case reserved.Unknown:
		c.undecided(ProvisionedConcurrencyWithinReserved)
	case reserved.Set && reserved.V >= 0 && provisioned.V > reserved.V:
		c.rule(ProvisionedConcurrencyWithinReserved, "provisioned_concurrent_executions", fmt.Sprintf("%s is %s, %s more than the function's reserved concurrency of %s.",
			capitalize(what), FormatAmount(provisioned.V, "executions"), groupDigits(provisioned.V-reserved.V), FormatAmount(reserved.V, "executions")))
		f := &c.res.Findings[len(c.res.Findings)-1]
		f.Measured, f.Limit = provisioned.V, reserved.V
	case reserved.Set && reserved.V >= 0:
	default:
		found := len(c.res.Findings)
		c.reservedAgainstFloor("provisioned_concurrent_executions", provisioned.V, what)
		if len(c.res.Findings) > found {
			f := &c.res.Findings[found]
			f.Remedy, f.dataSourceRemedy = provisionedRemedy(0, provisioned.V), ""
		}
	}
}

// ProvisionedConcurrency is an aws_lambda_provisioned_concurrency_config
// with its function's reserved concurrency and the function's settings
// that forbid provisioned concurrency.
type ProvisionedConcurrency struct {
	FunctionName                    Value[string]
	ProvisionedConcurrentExecutions Value[int64]
	ReservedConcurrentExecutions    Value[int64]
	SnapStart, TenantIsolation      Value[bool]
}

// CheckProvisionedConcurrency checks a provisioned concurrency configuration
// against its function's reservation and the account's floor.
func CheckProvisionedConcurrency(l Limits, p ProvisionedConcurrency) Result {
	c := &checker{limits: l}
	of := ofName("function", p.FunctionName)
	c.provisioned(of, p.ProvisionedConcurrentExecutions, p.ReservedConcurrentExecutions)
	c.settings(of, settings{snapStart: p.SnapStart, tenantIsolation: p.TenantIsolation, provisioned: p.ProvisionedConcurrentExecutions})
	return c.res
}
