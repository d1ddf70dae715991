package quota

// Single-value checks, for validators that see one attribute at a time. Each
// returns the same findings CheckFunction gives for that attribute.

func single(l Limits, check func(c *checker)) Result {
	c := &checker{limits: l}
	check(c)
	return c.res
}

// CheckMemorySize checks a standard function's memory size in MB.
func CheckMemorySize(l Limits, mb int64) Result {
	return single(l, func(c *checker) { c.memorySize("", Known(false), mb) })
}

// CheckTimeout checks a standard function's timeout in seconds.
func CheckTimeout(l Limits, seconds int64) Result {
	return single(l, func(c *checker) { c.timeout("", Known(false), seconds) })
}

// CheckEphemeralStorageSize checks a function's /tmp size in MB.
func CheckEphemeralStorageSize(l Limits, mb int64) Result {
	return single(l, func(c *checker) {
		c.between(EphemeralStorageMinMB, EphemeralStorageMaxMB, "ephemeral_storage_size", "the ephemeral storage size")("", mb)
	})
}

// CheckEnvironmentVariablesSize checks the size of a function's environment
// variables map alone.
func CheckEnvironmentVariablesSize(l Limits, vars StringMap) Result {
	return single(l, func(c *checker) { c.environmentSize("", vars) })
}

// CheckEnvironmentVariableKeys checks the keys of a function's environment
// variables map: none reserved, each matching [a-zA-Z]([a-zA-Z0-9_])+.
func CheckEnvironmentVariableKeys(l Limits, vars StringMap) Result {
	return single(l, func(c *checker) { c.environmentKeys("", vars) })
}

// CheckManagedInstancesMemorySize checks the memory size in MB of a function
// on Lambda Managed Instances.
func CheckManagedInstancesMemorySize(l Limits, mb int64) Result {
	return single(l, func(c *checker) { c.memorySize("", Known(true), mb) })
}

// CheckManagedInstancesTimeout checks the timeout in seconds of a function
// on Lambda Managed Instances.
func CheckManagedInstancesTimeout(l Limits, seconds int64) Result {
	return single(l, func(c *checker) { c.timeout("", Known(true), seconds) })
}

// CheckLayerDescription checks a layer version's description length.
func CheckLayerDescription(l Limits, description string) Result {
	return CheckLayer(l, Layer{Description: Known(description)}).Result
}

// CheckLayerLicense checks a layer version's license_info length.
func CheckLayerLicense(l Limits, license string) Result {
	return CheckLayer(l, Layer{LicenseInfo: Known(license)}).Result
}

// CheckStatementID checks a permission's statement id: its length and characters.
func CheckStatementID(l Limits, id string) Result {
	return single(l, func(c *checker) { c.statementIDs([]Permission{{StatementID: Known(id)}}) })
}

// CheckLayerCount checks the layers of a function, listed by ARN.
func CheckLayerCount(l Limits, layers Strings) Result {
	return single(l, func(c *checker) { c.layerCount("", layers, Null[[]Value[string]]()) })
}

// CheckSubnetCount checks the number of subnets in a function's VPC configuration.
func CheckSubnetCount(l Limits, n int) Result {
	return single(l, func(c *checker) { c.subnetCount("", n) })
}

// CheckSecurityGroupCount checks the number of security groups in a function's VPC configuration.
func CheckSecurityGroupCount(l Limits, n int) Result {
	return single(l, func(c *checker) { c.securityGroupCount("", n) })
}

// CheckFunctionName checks a function name's length and characters.
func CheckFunctionName(l Limits, name string) Result {
	return single(l, func(c *checker) { c.functionName(Known(name)) })
}

// CheckHandler checks a function handler's length.
func CheckHandler(l Limits, handler string) Result {
	return single(l, func(c *checker) { c.handler("", Known(handler)) })
}

// CheckDescription checks a function description's length.
func CheckDescription(l Limits, description string) Result {
	return single(l, func(c *checker) { c.description("", Known(description)) })
}
