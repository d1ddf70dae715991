package quota

import (
	"fmt"
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
	Name                         Value[string]
	PackageType                  Value[string]
	MemorySize                   Value[int64]
	Timeout                      Value[int64]
	EphemeralStorageSize         Value[int64]
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
	of := ""
	if f.Name.IsKnown() {
		of = " of function " + quoted(f.Name)
		c.functionName(f.Name)
	}
	ints := []struct {
		v     Value[int64]
		check func(string, int64)
		ids   []ID
	}{
		{f.MemorySize, c.memorySize, []ID{FunctionMemoryMinMB, FunctionMemoryMaxMB}},
		{f.Timeout, c.timeout, []ID{FunctionTimeoutMinSeconds, FunctionTimeoutMaxSeconds}},
		{f.EphemeralStorageSize, c.ephemeralStorage, []ID{EphemeralStorageMinMB, EphemeralStorageMaxMB}},
	}
	for _, in := range ints {
		switch {
		case in.v.Unknown:
			c.undecided(in.ids...)
		case in.v.Set:
			in.check(of, in.v.V)
		}
	}
	texts := []struct {
		v     Value[string]
		check func(string, string)
		id    ID
	}{
		{f.Handler, c.handler, HandlerMaxLength},
		{f.Description, c.description, DescriptionMaxLength},
	}
	for _, in := range texts {
		switch {
		case in.v.Unknown:
			c.undecided(in.id)
		case in.v.Set:
			in.check(of, in.v.V)
		}
	}
	if f.Name.Unknown {
		c.undecided(FunctionNameMaxLength)
	}
	c.layerCount(of, f.Layers, f.LayerFilenames)
	lists := []struct {
		v     Strings
		check func(string, int)
		id    ID
	}{
		{f.SubnetIDs, c.subnetCount, FunctionSubnetsMax},
		{f.SecurityGroupIDs, c.securityGroupCount, FunctionSecurityGroupsMax},
		{f.Architectures, c.architectureCount, FunctionArchitecturesMax},
	}
	for _, in := range lists {
		switch {
		case in.v.Unknown:
			c.undecided(in.id)
		case in.v.Set:
			in.check(of, len(in.v.V))
		}
	}

	rep := FunctionReport{}
	rep.EnvironmentVariablesBytes = c.environment(of, f.EnvironmentVariables)
	c.reservedConcurrency(of, f.ReservedConcurrentExecutions)
	rep.HyperplaneENIs = functionENIs(f.SubnetIDs, f.SecurityGroupIDs)
	c.functionPackage(of, f, &rep)
	rep.Result = c.res
	return rep
}

func (c *checker) memorySize(of string, mb int64) {
	what := "the memory size" + of
	c.atLeast(FunctionMemoryMinMB, "memory_size", mb, what)
	c.atMost(FunctionMemoryMaxMB, "memory_size", mb, what)
}

func (c *checker) timeout(of string, s int64) {
	what := "the timeout" + of
	c.atLeast(FunctionTimeoutMinSeconds, "timeout", s, what)
	c.atMost(FunctionTimeoutMaxSeconds, "timeout", s, what)
}

func (c *checker) ephemeralStorage(of string, mb int64) {
	what := "the ephemeral storage size" + of
	c.atLeast(EphemeralStorageMinMB, "ephemeral_storage_size", mb, what)
	c.atMost(EphemeralStorageMaxMB, "ephemeral_storage_size", mb, what)
}

func (c *checker) functionName(v Value[string]) {
	name := v.V
	c.atMost(FunctionNameMaxLength, "function_name", int64(utf8.RuneCountInString(name)), "the length of function name "+quoted(v))
	for _, r := range name {
		if !isNameRune(r) {
			shown := fmt.Sprintf("%q", r)
			if v.Sensitive {
				shown = "a character that is not allowed"
			}
			c.invalid("function_name", -1, "Invalid Lambda Function Name",
				"The function name %s contains %s. A Lambda function name may hold only letters, digits, hyphens and underscores.", quoted(v), shown)
			return
		}
	}
	if name == "" {
		c.invalid("function_name", -1, "Invalid Lambda Function Name", "The function name is empty. A Lambda function name needs 1 to 64 letters, digits, hyphens or underscores.")
	}
}

func (c *checker) handler(of, s string) {
	c.atMost(HandlerMaxLength, "handler", int64(utf8.RuneCountInString(s)), "the length of the handler"+of)
}

func (c *checker) description(of, s string) {
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
		c.invalid("package_type", -1, "Invalid Lambda Package Type", "The package type%s is %q. It must be %q or %q.", of, pkgType.V, PackageTypeZip, PackageTypeImage)
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
