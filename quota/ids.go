package quota

// ID is the stable identifier of a quota, used in overrides and diagnostics.
type ID string

// The ids of the quotas that checks refer to. Every one is in the embedded catalog.
const (
	FunctionMemoryMinMB             ID = "function_memory_min_mb"
	FunctionMemoryMaxMB             ID = "function_memory_max_mb"
	FunctionTimeoutMinSeconds       ID = "function_timeout_min_seconds"
	FunctionTimeoutMaxSeconds       ID = "function_timeout_max_seconds"
	EnvironmentVariablesMaxBytes    ID = "environment_variables_max_bytes"
	FunctionLayersMax               ID = "function_layers_max"
	ZippedPackageMaxBytes           ID = "zipped_package_max_bytes"
	UnzippedPackageMaxBytes         ID = "unzipped_package_max_bytes"
	ContainerImageMaxBytes          ID = "container_image_max_bytes"
	EphemeralStorageMinMB           ID = "ephemeral_storage_min_mb"
	EphemeralStorageMaxMB           ID = "ephemeral_storage_max_mb"
	ResourcePolicyMaxBytes          ID = "resource_policy_max_bytes"
	FunctionSubnetsMax              ID = "function_subnets_max"
	FunctionSecurityGroupsMax       ID = "function_security_groups_max"
	FunctionNameMaxLength           ID = "function_name_max_length"
	HandlerMaxLength                ID = "handler_max_length"
	DescriptionMaxLength            ID = "description_max_length"
	FunctionArchitecturesMax        ID = "function_architectures_max"
	LayerCompatibleRuntimesMax      ID = "layer_compatible_runtimes_max"
	LayerCompatibleArchitecturesMax ID = "layer_compatible_architectures_max"
	ConcurrentExecutions            ID = "concurrent_executions"
	UnreservedConcurrencyMin        ID = "unreserved_concurrency_min"
	CodeStorageMaxBytes             ID = "code_storage_max_bytes"
	ENIsPerVPC                      ID = "enis_per_vpc"
)
