# The AWS Lambda and VPC quotas this provider knows. Values are in the unit named by `unit`;
# AWS's "MB" means MiB, so byte values are exact (250 MB = 262144000 bytes, as AWS's own errors print).
#
# bound:      "max" (the measured value may not exceed it), "min" (may not fall below it),
#             "rule" (a pattern or list with no value) or "reference" (a runtime quota,
#             published for outputs and docs, never checked).
# adjustable: AWS raises it through Service Quotas; an override may then take any positive value.
#             A fixed quota may only be made stricter, unless account_dependent says AWS itself
#             shows other values on some accounts.
# title and remedy are the diagnostic's summary and the sentence that says how to fix it.
# measured_unit: the unit of a finding's measured value and limit, where it is not `unit` (a
#             quota that is a share of another value).

quota "function_memory_min_mb" {
  name        = "Function memory (minimum)"
  category    = "function"
  value       = 128
  unit        = "MB"
  bound       = "min"
  adjustable  = false
  paired_max  = "function_memory_max_mb"
  description = "The smallest memory a function can be given, in 1 MB steps."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html"
  title       = "Lambda Memory Too Small"
  remedy      = "Set memory_size to at least the minimum."
}

quota "function_memory_max_mb" {
  name        = "Function memory (maximum)"
  category    = "function"
  value       = 10240
  unit        = "MB"
  bound       = "max"
  adjustable  = false
  description = "The largest memory a function can be given; new accounts may be capped lower (for example 3008 MB)."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
  title       = "Lambda Memory Too Large"
  remedy      = "Lower memory_size; 1769 MB gives one full vCPU."
}

quota "function_timeout_min_seconds" {
  name        = "Function timeout (minimum)"
  category    = "function"
  value       = 1
  unit        = "seconds"
  bound       = "min"
  adjustable  = false
  paired_max  = "function_timeout_max_seconds"
  description = "The shortest timeout a function can be given."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html"
  title       = "Lambda Timeout Too Short"
  remedy      = "Set timeout to at least 1 second."
}

quota "function_timeout_max_seconds" {
  name        = "Function timeout (maximum)"
  category    = "function"
  value       = 900
  unit        = "seconds"
  bound       = "max"
  adjustable  = false
  description = "The longest a single invocation may run: 15 minutes."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
  title       = "Lambda Timeout Too Long"
  remedy      = "Lower timeout; work that runs longer than 15 minutes belongs in Step Functions, ECS or AWS Batch."
}

quota "environment_variables_max_bytes" {
  name        = "Environment variables size"
  category    = "function"
  value       = 4096
  unit        = "bytes"
  bound       = "max"
  adjustable  = false
  description = "All environment variables of a function together, measured as the compact JSON of the Variables map."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html"
  title       = "Lambda Environment Variables Too Large"
  measure     = "the UTF-8 bytes of the compact JSON of the variables map, quotes, colons, commas and escapes included"
  remedy      = "Move large values to SSM Parameter Store, Secrets Manager or S3 and read them when the function starts, or shorten names and values."
}

quota "function_layers_max" {
  name        = "Layers per function"
  category    = "function"
  value       = 5
  unit        = "layers"
  bound       = "max"
  adjustable  = false
  description = "The number of layers one function can use."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/chapter-layers.html"
  title       = "Too Many Lambda Layers"
  remedy      = "Merge layers, or move dependencies into the function package or a container image."
}

quota "zipped_package_max_bytes" {
  name        = "Deployment package size, zipped, direct upload"
  category    = "function"
  value       = 52428800
  unit        = "bytes"
  bound       = "max"
  adjustable  = false
  description = "A .zip sent in the API call itself (filename); does not apply when the code comes from S3."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
  title       = "Lambda Deployment Package Too Large to Upload"
  measure     = "the size of the .zip file"
  remedy      = "Upload the package to S3 and set s3_bucket and s3_key instead of filename, or make the package smaller."
  data_source_remedy = "Upload the package to S3 (s3_bucket and s3_key instead of filename on aws_lambda_function) and set uploaded_via_s3 = true here, or make the package smaller."
}

quota "unzipped_package_max_bytes" {
  name        = "Deployment package size, unzipped, with layers"
  category    = "function"
  value       = 262144000
  unit        = "bytes"
  bound       = "max"
  adjustable  = false
  description = "Function code, all its layers and a custom runtime together, unzipped."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
  title       = "Lambda Unzipped Code Too Large"
  measure     = "the sum of the uncompressed sizes of the entries in each .zip's central directory"
  remedy      = "Remove unused dependencies and files from the package and its layers, or deploy the function as a container image (up to 10 GB)."
}

quota "container_image_max_bytes" {
  name        = "Container image size"
  category    = "function"
  value       = 10737418240
  unit        = "bytes"
  bound       = "max"
  adjustable  = false
  description = "The uncompressed size of a function's container image, all layers included."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
  title       = "Lambda Container Image Too Large"
  remedy      = "Use a smaller base image, a multi-stage build, or keep data outside the image (S3, EFS)."
}

quota "ephemeral_storage_min_mb" {
  name        = "Ephemeral storage /tmp (minimum)"
  category    = "function"
  value       = 512
  unit        = "MB"
  bound       = "min"
  adjustable  = false
  paired_max  = "ephemeral_storage_max_mb"
  description = "The smallest /tmp a function can be given."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-ephemeral-storage.html"
  title       = "Lambda Ephemeral Storage Too Small"
  remedy      = "Set ephemeral_storage size to at least 512 MB."
}

quota "ephemeral_storage_max_mb" {
  name        = "Ephemeral storage /tmp (maximum)"
  category    = "function"
  value       = 10240
  unit        = "MB"
  bound       = "max"
  adjustable  = false
  description = "The largest /tmp a function can be given."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-ephemeral-storage.html"
  title       = "Lambda Ephemeral Storage Too Large"
  remedy      = "Lower ephemeral_storage size, or mount Amazon EFS for larger scratch space."
}

quota "resource_policy_max_bytes" {
  name        = "Function resource-based policy size"
  category    = "policy"
  value       = 20480
  unit        = "bytes"
  bound       = "max"
  adjustable  = false
  description = "The function's resource-based policy, which grows with every aws_lambda_permission."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
  title       = "Lambda Resource Policy Too Large"
  remedy      = "Grant one permission per source service with a wildcard source_arn instead of one per resource, or route events through one trigger such as EventBridge."
}

quota "function_subnets_max" {
  name        = "VPC subnets per function"
  category    = "function"
  value       = 16
  unit        = "subnets"
  bound       = "max"
  adjustable  = false
  description = "The subnet IDs in one function's VPC configuration."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_VpcConfig.html"
  title       = "Too Many Lambda VPC Subnets"
  remedy      = "Keep at most 16 subnets; two or three across Availability Zones are enough for high availability."
}

quota "function_security_groups_max" {
  name        = "VPC security groups per function"
  category    = "function"
  value       = 5
  unit        = "security groups"
  bound       = "max"
  adjustable  = false
  description = "The security group IDs in one function's VPC configuration."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_VpcConfig.html"
  title       = "Too Many Lambda Security Groups"
  remedy      = "Merge the rules into fewer security groups."
}

quota "function_name_max_length" {
  name        = "Function name length"
  category    = "function"
  value       = 64
  unit        = "characters"
  bound       = "max"
  adjustable  = false
  description = "A function name: 1 to 64 letters, digits, hyphens and underscores."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html"
  title       = "Lambda Function Name Too Long"
  remedy      = "Shorten function_name."
}

quota "handler_max_length" {
  name        = "Handler length"
  category    = "function"
  value       = 128
  unit        = "characters"
  bound       = "max"
  adjustable  = false
  description = "The handler string of a function."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html"
  title       = "Lambda Handler Too Long"
  remedy      = "Shorten handler, for example by moving the code to a shorter module path."
}

quota "description_max_length" {
  name        = "Description length"
  category    = "function"
  value       = 256
  unit        = "characters"
  bound       = "max"
  adjustable  = false
  description = "The description of a function."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html"
  title       = "Lambda Description Too Long"
  remedy      = "Shorten description; longer notes belong in tags or documentation."
}

quota "function_tags_max" {
  name        = "Tags per function"
  category    = "function"
  value       = 50
  unit        = "tags"
  bound       = "max"
  adjustable  = false
  description = "User-defined tags on one function, counted on its whole tag set: tags merged with the AWS provider's default_tags (tags_all). Keys beginning with aws: are AWS's own and do not count."
  source      = "https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html"
  title       = "Too Many Lambda Function Tags"
  remedy      = "Remove tags from the function or from the provider's default_tags; a tag that only groups resources can often become part of another tag's value."
}

quota "tag_key_max_length" {
  name        = "Tag key length"
  category    = "function"
  value       = 128
  unit        = "characters"
  bound       = "max"
  adjustable  = false
  description = "A tag key holds 1 to 128 Unicode characters."
  source      = "https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html"
  title       = "Lambda Tag Key Too Long"
  remedy      = "Shorten the tag key."
}

quota "tag_value_max_length" {
  name        = "Tag value length"
  category    = "function"
  value       = 256
  unit        = "characters"
  bound       = "max"
  adjustable  = false
  description = "A tag value holds 0 to 256 Unicode characters."
  source      = "https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html"
  title       = "Lambda Tag Value Too Long"
  remedy      = "Shorten the tag value, or split it across tags."
}

quota "tag_key_reserved" {
  name        = "Reserved and empty tag keys"
  category    = "function"
  unit        = "keys"
  bound       = "rule"
  adjustable  = false
  description = "A tag key may not be empty, and may not begin with aws: in any case, which AWS reserves for its own tags."
  source      = "https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html"
  title       = "Reserved Lambda Tag Key"
  remedy      = "Rename the tag key: keys beginning with aws: are set only by AWS, and a key needs at least one character."
}

quota "function_architectures_max" {
  name        = "Architectures per function"
  category    = "function"
  value       = 1
  unit        = "architectures"
  bound       = "max"
  adjustable  = false
  description = "A function runs on exactly one instruction set: x86_64 or arm64."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html"
  title       = "Too Many Lambda Architectures"
  remedy      = "List one architecture: x86_64 or arm64."
}

quota "layer_compatible_runtimes_max" {
  name        = "Compatible runtimes per layer"
  category    = "layer"
  value       = 15
  unit        = "runtimes"
  bound       = "max"
  adjustable  = false
  description = "The runtimes a layer version may declare as compatible."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_PublishLayerVersion.html"
  title       = "Too Many Lambda Layer Runtimes"
  remedy      = "List at most 15 compatible runtimes; the list is informational and does not restrict which functions can use the layer."
}

quota "layer_compatible_architectures_max" {
  name        = "Compatible architectures per layer"
  category    = "layer"
  value       = 2
  unit        = "architectures"
  bound       = "max"
  adjustable  = false
  description = "The architectures a layer version may declare as compatible."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_PublishLayerVersion.html"
  title       = "Too Many Lambda Layer Architectures"
  remedy      = "List at most x86_64 and arm64."
}

quota "lmi_function_memory_min_mb" {
  name        = "Function memory on Lambda Managed Instances (minimum)"
  category    = "function"
  value       = 2048
  unit        = "MB"
  bound       = "min"
  adjustable  = false
  paired_max  = "lmi_function_memory_max_mb"
  description = "The smallest memory of a function that runs on Lambda Managed Instances (a capacity provider)."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances.html"
  title       = "Lambda Memory Too Small for Managed Instances"
  remedy      = "Set memory_size to at least 2048 MB for a function on a capacity provider, or remove capacity_provider_config to run it as a standard function."
}

quota "lmi_function_memory_max_mb" {
  name        = "Function memory on Lambda Managed Instances (maximum)"
  category    = "function"
  value       = 32768
  unit        = "MB"
  bound       = "max"
  adjustable  = false
  description = "The largest memory of a function that runs on Lambda Managed Instances."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances.html"
  title       = "Lambda Memory Too Large for Managed Instances"
  remedy      = "Lower memory_size to at most 32768 MB."
}

quota "lmi_function_timeout_max_seconds" {
  name        = "Function timeout on Lambda Managed Instances (maximum)"
  category    = "function"
  value       = 5400
  unit        = "seconds"
  bound       = "max"
  adjustable  = false
  description = "The longest invocation of a function on Lambda Managed Instances: 90 minutes, for asynchronous and event-source-mapping invocations."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
  title       = "Lambda Timeout Too Long for Managed Instances"
  remedy      = "Lower timeout to at most 5400 seconds; longer work belongs in Step Functions, ECS or AWS Batch."
}

quota "lmi_memory_gib_per_vcpu_min" {
  name        = "Memory per vCPU on Lambda Managed Instances (minimum)"
  category    = "function"
  value       = 2
  unit        = "GiB per vCPU"
  bound       = "min"
  adjustable  = false
  paired_max  = "lmi_memory_gib_per_vcpu_max"
  description = "The smallest execution_environment_memory_gib_per_vcpu of a capacity provider configuration."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_LambdaManagedInstancesCapacityProviderConfig.html"
  title       = "Lambda Managed Instances Memory per vCPU Too Small"
  remedy      = "Set execution_environment_memory_gib_per_vcpu to between 2.0 and 8.0."
}

quota "lmi_memory_gib_per_vcpu_max" {
  name        = "Memory per vCPU on Lambda Managed Instances (maximum)"
  category    = "function"
  value       = 8
  unit        = "GiB per vCPU"
  bound       = "max"
  adjustable  = false
  description = "The largest execution_environment_memory_gib_per_vcpu of a capacity provider configuration."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_LambdaManagedInstancesCapacityProviderConfig.html"
  title       = "Lambda Managed Instances Memory per vCPU Too Large"
  remedy      = "Set execution_environment_memory_gib_per_vcpu to between 2.0 and 8.0."
}

quota "lmi_environment_concurrency_min" {
  name        = "Concurrency per execution environment on Lambda Managed Instances (minimum)"
  category    = "function"
  value       = 1
  unit        = "requests"
  bound       = "min"
  adjustable  = false
  paired_max  = "lmi_environment_concurrency_max"
  description = "The smallest per_execution_environment_max_concurrency of a capacity provider configuration."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_LambdaManagedInstancesCapacityProviderConfig.html"
  title       = "Lambda Managed Instances Concurrency Too Small"
  remedy      = "Set per_execution_environment_max_concurrency to between 1 and 1600."
}

quota "lmi_environment_concurrency_max" {
  name        = "Concurrency per execution environment on Lambda Managed Instances (maximum)"
  category    = "function"
  value       = 1600
  unit        = "requests"
  bound       = "max"
  adjustable  = false
  description = "The largest per_execution_environment_max_concurrency of a capacity provider configuration."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_LambdaManagedInstancesCapacityProviderConfig.html"
  title       = "Lambda Managed Instances Concurrency Too Large"
  remedy      = "Set per_execution_environment_max_concurrency to between 1 and 1600."
}

quota "durable_execution_timeout_min_seconds" {
  name        = "Durable function execution timeout (minimum)"
  category    = "function"
  value       = 1
  unit        = "seconds"
  bound       = "min"
  adjustable  = false
  paired_max  = "durable_execution_timeout_max_seconds"
  description = "The shortest time a durable function's execution may run, across all its invocations (durable_config execution_timeout)."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_DurableConfig.html"
  title       = "Lambda Durable Execution Timeout Too Short"
  remedy      = "Set durable_config execution_timeout to at least 1 second."
}

quota "durable_execution_timeout_max_seconds" {
  name        = "Durable function execution timeout (maximum)"
  category    = "function"
  value       = 31622400
  unit        = "seconds"
  bound       = "max"
  adjustable  = false
  description = "The longest a durable function's execution may run, across all its invocations: 366 days (durable_config execution_timeout). Each invocation is still capped by the function's timeout."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_DurableConfig.html"
  title       = "Lambda Durable Execution Timeout Too Long"
  remedy      = "Lower durable_config execution_timeout to at most 31,622,400 seconds (366 days)."
}

quota "durable_retention_period_min_days" {
  name        = "Durable function retention period (minimum)"
  category    = "function"
  value       = 1
  unit        = "days"
  bound       = "min"
  adjustable  = false
  paired_max  = "durable_retention_period_max_days"
  description = "The shortest time a durable function's execution history is kept after it ends (durable_config retention_period)."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_DurableConfig.html"
  title       = "Lambda Durable Retention Period Too Short"
  remedy      = "Set durable_config retention_period to at least 1 day (AWS's default is 14)."
}

quota "durable_retention_period_max_days" {
  name        = "Durable function retention period (maximum)"
  category    = "function"
  value       = 90
  unit        = "days"
  bound       = "max"
  adjustable  = false
  description = "The longest a durable function's execution history is kept after it ends (durable_config retention_period)."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_DurableConfig.html"
  title       = "Lambda Durable Retention Period Too Long"
  remedy      = "Lower durable_config retention_period to at most 90 days."
}

quota "capacity_provider_function_versions_max" {
  name        = "Function versions per capacity provider"
  category    = "account"
  value       = 100
  unit        = "function versions"
  bound       = "max"
  adjustable  = false
  description = "A Lambda Managed Instances capacity provider runs at most 100 function versions. Each function published on it holds at least one; older versions may hold more."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-quotas.html"
  title       = "Too Many Function Versions on a Capacity Provider"
  remedy      = "Spread the functions over more capacity providers, or delete old versions."
}

quota "capacity_provider_max_vcpu_min" {
  name        = "Capacity provider maximum vCPUs (minimum)"
  category    = "account"
  value       = 2
  unit        = "vCPUs"
  bound       = "min"
  adjustable  = false
  paired_max  = "capacity_provider_max_vcpu_max"
  description = "The smallest max_vcpu_count a capacity provider's scaling may have (capacity_provider_scaling_config)."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_CapacityProviderScalingConfig.html"
  title       = "Capacity Provider vCPU Limit Too Small"
  remedy      = "Set capacity_provider_scaling_config max_vcpu_count to at least 2."
}

quota "capacity_provider_max_vcpu_max" {
  name        = "Capacity provider maximum vCPUs (maximum)"
  category    = "account"
  value       = 15000
  unit        = "vCPUs"
  bound       = "max"
  adjustable  = false
  description = "The largest max_vcpu_count a capacity provider's scaling may have (capacity_provider_scaling_config)."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_CapacityProviderScalingConfig.html"
  title       = "Capacity Provider vCPU Limit Too Large"
  remedy      = "Lower capacity_provider_scaling_config max_vcpu_count to at most 15,000, or spread the functions over more capacity providers."
}

quota "capacity_providers_max" {
  name        = "Capacity providers per account"
  category    = "account"
  value       = 1000
  unit        = "capacity providers"
  bound       = "max"
  adjustable  = false
  description = "An account has at most 1,000 Lambda Managed Instances capacity providers in a Region."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-quotas.html"
  title       = "Too Many Capacity Providers"
  remedy      = "Share capacity providers between functions, or delete unused ones."
}

quota "poller_group_mappings_max" {
  name        = "Event source mappings per poller group"
  category    = "account"
  value       = 100
  unit        = "mappings"
  bound       = "max"
  adjustable  = false
  description = "A provisioned poller group (provisioned_poller_config's poller_group_name, Amazon MSK and self-managed Kafka) holds at most 100 event source mappings in a Region."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_ProvisionedPollerConfig.html"
  title       = "Too Many Mappings In A Poller Group"
  remedy      = "Split the mappings across poller groups of at most 100."
}

quota "poller_group_pollers_max" {
  name        = "Pollers per poller group"
  category    = "account"
  value       = 2000
  unit        = "pollers"
  bound       = "max"
  adjustable  = false
  description = "The maximum_pollers of the event source mappings of one provisioned poller group add up to at most 2,000 in a Region."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_ProvisionedPollerConfig.html"
  title       = "Too Many Pollers In A Poller Group"
  remedy      = "Lower the mappings' maximum_pollers, or split them across poller groups."
}

quota "lmi_kafka_mappings_max" {
  name        = "Kafka event source mappings on Lambda Managed Instances"
  category    = "account"
  value       = 100
  unit        = "mappings"
  bound       = "max"
  adjustable  = false
  description = "At most 100 Amazon MSK or self-managed Kafka event source mappings invoke functions on Lambda Managed Instances in a Region."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-quotas.html"
  title       = "Too Many Kafka Mappings On Lambda Managed Instances"
  remedy      = "Consolidate topics into fewer mappings, or run some consumers on standard Lambda."
}

quota "handler_pattern" {
  name        = "Handler characters"
  category    = "function"
  unit        = "characters"
  bound       = "rule"
  adjustable  = false
  description = "A handler matches [^\\s]+: no white space anywhere."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html"
  title       = "Invalid Lambda Handler"
  remedy      = "Remove the white space from handler."
}

quota "environment_variable_key_pattern" {
  name        = "Environment variable key characters"
  category    = "function"
  unit        = "characters"
  bound       = "rule"
  adjustable  = false
  description = "An environment variable key matches [a-zA-Z]([a-zA-Z0-9_])+: a letter, then letters, digits and underscores."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_Environment.html"
  title       = "Invalid Lambda Environment Variable Key"
  remedy      = "Rename the variable: start with a letter and use only letters, digits and underscores, two characters at least."
}

quota "environment_variable_reserved_keys" {
  name        = "Reserved environment variable keys"
  category    = "function"
  unit        = "keys"
  bound       = "rule"
  adjustable  = false
  description = "Keys the Lambda runtime sets itself, which a function may not set: _HANDLER, _X_AMZN_TRACE_ID, AWS_DEFAULT_REGION, AWS_REGION, AWS_EXECUTION_ENV, AWS_LAMBDA_FUNCTION_NAME, AWS_LAMBDA_FUNCTION_MEMORY_SIZE, AWS_LAMBDA_FUNCTION_VERSION, AWS_LAMBDA_INITIALIZATION_TYPE, AWS_LAMBDA_LOG_GROUP_NAME, AWS_LAMBDA_LOG_STREAM_NAME, AWS_ACCESS_KEY, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_LAMBDA_RUNTIME_API, LAMBDA_TASK_ROOT, LAMBDA_RUNTIME_DIR."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-runtime.html"
  title       = "Reserved Lambda Environment Variable"
  remedy      = "Remove the key: Lambda sets it for every function. Keys such as AWS_LAMBDA_EXEC_WRAPPER, TZ, LANG, PATH and NODE_OPTIONS may be set."
}

quota "create_only_settings" {
  name        = "Settings set only at creation"
  category    = "function"
  unit        = "settings"
  bound       = "rule"
  adjustable  = false
  description = "Durable execution (durable_config) can be turned on or off, and tenant isolation (tenancy_config) set, only when a function is created: an in-place update that adds, removes or changes them fails. The tenant-isolation page says the same of tenancy_config."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/durable-configuration.html"
  title       = "Lambda Setting Only Set At Creation"
  remedy      = "Replace the function (terraform apply -replace, or a new function_name), or use an AWS provider release that plans this change as a replacement."
}

quota "runtime_create_blocked" {
  name        = "Runtimes closed to new functions"
  category    = "function"
  unit        = "runtimes"
  bound       = "rule"
  adjustable  = false
  description = "From a deprecated runtime's block-create date, Lambda refuses to create functions on it (the dates are in runtimes.hcl, from the Lambda runtimes page)."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html"
  title       = "Lambda Runtime Closed To New Functions"
  remedy      = "Create the function on a supported runtime, such as the successor the message names."
}

quota "runtime_update_blocked" {
  name        = "Runtimes closed to updates"
  category    = "function"
  unit        = "runtimes"
  bound       = "rule"
  adjustable  = false
  description = "From a deprecated runtime's block-update date, Lambda refuses to update functions on it, code or configuration (the dates are in runtimes.hcl, from the Lambda runtimes page)."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html"
  title       = "Lambda Runtime Closed To Updates"
  remedy      = "Move the function to a supported runtime in the same change, such as the successor the message names."
}

quota "snap_start_runtime" {
  name        = "SnapStart runtimes"
  category    = "function"
  unit        = "runtimes"
  bound       = "rule"
  adjustable  = false
  values      = ["java11", "python3.12", "dotnet8"]
  description = "SnapStart works only on managed runtimes of these families from these versions on: Java 11 and later, Python 3.12 and later, .NET 8 and later; not on Node.js, Ruby, OS-only runtimes or container images."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html"
  title       = "Lambda SnapStart Not Supported by the Runtime"
  remedy      = "Set snap_start apply_on to \"None\", or move the function to a runtime that supports SnapStart: Java 11 or later, Python 3.12 or later, .NET 8 or later."
}

quota "snap_start_ephemeral_storage" {
  name        = "SnapStart with ephemeral storage"
  category    = "function"
  unit        = "MB"
  bound       = "rule"
  adjustable  = false
  description = "A function with SnapStart may not have more than 512 MB of /tmp."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html"
  title       = "Lambda SnapStart With Large Ephemeral Storage"
  remedy      = "Lower ephemeral_storage size to 512 MB, or set snap_start apply_on to \"None\"."
}

quota "snap_start_file_system" {
  name        = "SnapStart with Amazon EFS"
  category    = "function"
  unit        = "file systems"
  bound       = "rule"
  adjustable  = false
  description = "A function with SnapStart may not mount an Amazon EFS file system (file_system_config)."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html"
  title       = "Lambda SnapStart With Amazon EFS"
  remedy      = "Remove file_system_config, or set snap_start apply_on to \"None\"."
}

quota "snap_start_provisioned_concurrency" {
  name        = "SnapStart with provisioned concurrency"
  category    = "function"
  unit        = "executions"
  bound       = "rule"
  adjustable  = false
  description = "A function with SnapStart may not have provisioned concurrency on any of its versions or aliases."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html"
  title       = "Lambda SnapStart With Provisioned Concurrency"
  remedy      = "Remove the aws_lambda_provisioned_concurrency_config, or set snap_start apply_on to \"None\": SnapStart is the other way to start fast."
}

quota "tenant_isolation_snap_start" {
  name        = "Tenant isolation with SnapStart"
  category    = "function"
  unit        = "functions"
  bound       = "rule"
  adjustable  = false
  description = "A function with tenant isolation (tenancy_config tenant_isolation_mode PER_TENANT) may not use SnapStart."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/tenant-isolation.html"
  title       = "Lambda Tenant Isolation With SnapStart"
  remedy      = "Set snap_start apply_on to \"None\": a tenant-isolated function cannot use SnapStart."
}

quota "tenant_isolation_provisioned_concurrency" {
  name        = "Tenant isolation with provisioned concurrency"
  category    = "function"
  unit        = "executions"
  bound       = "rule"
  adjustable  = false
  description = "A function with tenant isolation may not have provisioned concurrency."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/tenant-isolation.html"
  title       = "Lambda Tenant Isolation With Provisioned Concurrency"
  remedy      = "Remove the aws_lambda_provisioned_concurrency_config: a tenant-isolated function cannot have provisioned concurrency."
}

quota "tenant_isolation_event_source" {
  name        = "Tenant isolation with an event source mapping"
  category    = "function"
  unit        = "mappings"
  bound       = "rule"
  adjustable  = false
  description = "Only Amazon API Gateway may invoke a tenant-isolated function: an event source mapping to it is refused."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/tenant-isolation.html"
  title       = "Lambda Tenant Isolation With an Event Source Mapping"
  remedy      = "Invoke the tenant-isolated function through API Gateway, or remove tenancy_config from it."
}

quota "tenant_isolation_function_url" {
  name        = "Tenant isolation with a function URL"
  category    = "function"
  unit        = "URLs"
  bound       = "rule"
  adjustable  = false
  description = "A tenant-isolated function may not have a function URL (aws_lambda_function_url)."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/tenant-isolation.html"
  title       = "Lambda Tenant Isolation With a Function URL"
  remedy      = "Remove the aws_lambda_function_url and invoke the function through API Gateway, or remove tenancy_config from it."
}

quota "provisioned_concurrency_within_reserved" {
  name        = "Provisioned concurrency within reserved concurrency"
  category    = "function"
  unit        = "executions"
  bound       = "rule"
  adjustable  = false
  description = "A version's or alias's provisioned concurrency may not exceed the function's reserved concurrency, when one is set."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html"
  title       = "Lambda Provisioned Concurrency Exceeds Reserved Concurrency"
  remedy      = "Lower provisioned_concurrent_executions, or raise the function's reserved_concurrent_executions."
}

quota "sqs_visibility_timeout_min" {
  name          = "SQS visibility timeout against function timeout"
  category      = "function"
  value         = 100
  unit          = "percent of the function timeout"
  measured_unit = "seconds"
  bound         = "min"
  adjustable    = false
  description   = "An SQS queue that triggers a function needs a visibility timeout at least as long as the function's timeout (AWS recommends six times)."
  source        = "https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html"
  title         = "SQS Visibility Timeout Shorter Than Lambda Timeout"
  remedy        = "Raise the queue's visibility_timeout_seconds to at least the function's timeout (AWS recommends six times it), or lower the function's timeout."
}

quota "sqs_pollers_min" {
  name        = "Provisioned pollers of an SQS mapping (minimum)"
  category    = "function"
  value       = 2
  unit        = "pollers"
  bound       = "min"
  adjustable  = false
  paired_max  = "sqs_pollers_max"
  description = "An SQS event source mapping in provisioned mode needs at least 2 pollers, as its minimum_pollers and its maximum_pollers."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_ProvisionedPollerConfig.html"
  title       = "Too Few SQS Event Pollers"
  remedy      = "Set provisioned_poller_config's minimum_pollers and maximum_pollers to at least 2."
}

quota "sqs_pollers_max" {
  name        = "Provisioned pollers of an SQS mapping (maximum)"
  category    = "function"
  value       = 10000
  unit        = "pollers"
  bound       = "max"
  adjustable  = false
  description = "An SQS event source mapping in provisioned mode scales to at most 10,000 pollers (maximum_pollers)."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_ProvisionedPollerConfig.html"
  title       = "Too Many SQS Event Pollers"
  remedy      = "Lower provisioned_poller_config's maximum_pollers to at most 10,000."
}

quota "kafka_pollers_min" {
  name        = "Provisioned pollers of a Kafka mapping (minimum)"
  category    = "function"
  value       = 1
  unit        = "pollers"
  bound       = "min"
  adjustable  = false
  paired_max  = "kafka_pollers_max"
  description = "An Amazon MSK or self-managed Apache Kafka event source mapping in provisioned mode needs at least 1 poller."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_ProvisionedPollerConfig.html"
  title       = "Too Few Kafka Event Pollers"
  remedy      = "Set provisioned_poller_config's minimum_pollers and maximum_pollers to at least 1."
}

quota "kafka_pollers_max" {
  name        = "Provisioned pollers of a Kafka mapping (maximum)"
  category    = "function"
  value       = 2000
  unit        = "pollers"
  bound       = "max"
  adjustable  = false
  description = "An Amazon MSK or self-managed Apache Kafka event source mapping in provisioned mode scales to at most 2,000 pollers (maximum_pollers)."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_ProvisionedPollerConfig.html"
  title       = "Too Many Kafka Event Pollers"
  remedy      = "Lower provisioned_poller_config's maximum_pollers to at most 2,000."
}

quota "layer_description_max_length" {
  name        = "Layer description length"
  category    = "layer"
  value       = 256
  unit        = "characters"
  bound       = "max"
  adjustable  = false
  description = "The description of a layer version."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_PublishLayerVersion.html"
  title       = "Lambda Layer Description Too Long"
  remedy      = "Shorten the layer's description."
}

quota "layer_license_max_length" {
  name        = "Layer license length"
  category    = "layer"
  value       = 512
  unit        = "characters"
  bound       = "max"
  adjustable  = false
  description = "The license_info of a layer version."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_PublishLayerVersion.html"
  title       = "Lambda Layer License Too Long"
  remedy      = "Shorten license_info: an SPDX identifier or a URL to the license."
}

quota "permission_statement_id_max_length" {
  name        = "Permission statement id length"
  category    = "policy"
  value       = 100
  unit        = "characters"
  bound       = "max"
  adjustable  = false
  description = "The statement_id of a permission: 1 to 100 of letters, digits, hyphens and underscores."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html"
  title       = "Lambda Permission Statement Id Too Long"
  remedy      = "Shorten statement_id."
}

quota "permission_statement_id_pattern" {
  name        = "Permission statement id characters"
  category    = "policy"
  unit        = "characters"
  bound       = "rule"
  adjustable  = false
  description = "A statement_id matches ([a-zA-Z0-9-_]+): letters, digits, hyphens and underscores."
  source      = "https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html"
  title       = "Invalid Lambda Permission Statement Id"
  remedy      = "Use only letters, digits, hyphens and underscores in statement_id."
}

quota "concurrent_executions" {
  name               = "Concurrent executions"
  category           = "account"
  value              = 1000
  unit               = "executions"
  bound              = "max"
  adjustable         = true
  service_quota_code = "L-B99A9384"
  description        = "Concurrent executions of all functions in a Region."
  source             = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html"
  title              = "Lambda Reserved Concurrency Exceeds Account Capacity"
  remedy             = "Lower reserved_concurrent_executions, or raise the account's concurrency quota (Service Quotas code L-B99A9384)."
}

quota "unreserved_concurrency_min" {
  name              = "Unreserved concurrency floor"
  category          = "account"
  value             = 100
  unit              = "executions"
  bound             = "min"
  adjustable        = false
  derived_from      = "concurrent_executions"
  description       = "Reserved and provisioned concurrency may not push the account's unreserved concurrency below this floor, which is the whole concurrency quota on an account with less than 100."
  source            = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html"
  title             = "Lambda Reserved Concurrency Leaves Too Little Unreserved"
  remedy            = "Lower reserved_concurrent_executions (-1 removes the reservation), or raise the account's concurrency quota (Service Quotas code L-B99A9384)."
}

quota "code_storage_max_bytes" {
  name               = "Code storage"
  category           = "account"
  value              = 322122547200
  unit               = "bytes"
  bound              = "max"
  adjustable         = true
  service_quota_code = "L-2ACBD22F"
  description        = "All .zip function and layer packages Lambda stores in a Region, every version included: 300 GB, as the 2026 self-managed S3 code storage page states (the quotas page still says 75 GB; an account that shows 75 GB states it as code_storage_max_bytes). Code that Lambda references in your own S3 bucket (S3ObjectStorageMode REFERENCE) is not stored, and does not count."
  source             = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-self-managed-storage.html"
  title              = "Lambda Code Storage Exceeded"
  remedy             = "Delete unused function and layer versions, keep code in your own S3 bucket with self-managed S3 code storage (S3ObjectStorageMode REFERENCE), or request more storage (Service Quotas code L-2ACBD22F)."
}

quota "enis_per_vpc" {
  name               = "Network interfaces per VPC"
  category           = "vpc"
  value              = 250
  unit               = "ENIs"
  bound              = "max"
  adjustable         = true
  service_quota_code = "L-9FEE3D26"
  description        = "Lambda's Hyperplane ENIs in one VPC, shared with Amazon EFS mount targets; some accounts now show 500. Not the EC2 count of every ENI in the VPC."
  source             = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html"
  title              = "Too Many Network Interfaces in VPC"
  measure            = "one Hyperplane ENI per unique pair of subnet and security-group set used by Lambda functions or their published versions, plus EFS mount targets"
  remedy             = "Let functions share subnet and security-group combinations, or raise the quota (Service Quotas code L-9FEE3D26)."
}

quota "hyperplane_eni_connections_max" {
  name        = "Connections per Hyperplane ENI"
  category    = "vpc"
  value       = 65000
  unit        = "connections"
  bound       = "reference"
  adjustable  = false
  description = "Connections one Hyperplane ENI serves before Lambda adds another."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html"
}

quota "invocation_payload_sync_max_bytes" {
  name        = "Invocation payload, synchronous"
  category    = "runtime"
  value       = 6291456
  unit        = "bytes"
  bound       = "reference"
  adjustable  = false
  description = "Request and response payload of a synchronous invocation, each."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
}

quota "invocation_payload_async_max_bytes" {
  name        = "Invocation payload, asynchronous"
  category    = "runtime"
  value       = 1048576
  unit        = "bytes"
  bound       = "reference"
  adjustable  = false
  description = "Payload of an asynchronous invocation (256 KB until 2025)."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
}

quota "streamed_response_max_bytes" {
  name        = "Streamed response size"
  category    = "runtime"
  value       = 209715200
  unit        = "bytes"
  bound       = "reference"
  adjustable  = false
  description = "The largest response a function can stream."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
}

quota "scaling_environments_per_10_seconds" {
  name        = "Scaling rate"
  category    = "runtime"
  value       = 1000
  unit        = "execution environments"
  bound       = "reference"
  adjustable  = false
  description = "New execution environments per function every 10 seconds."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html"
}

quota "file_descriptors_max" {
  name        = "File descriptors"
  category    = "runtime"
  value       = 1024
  unit        = "file descriptors"
  bound       = "reference"
  adjustable  = false
  description = "Open file descriptors in one execution environment."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
}

quota "processes_threads_max" {
  name        = "Processes and threads"
  category    = "runtime"
  value       = 1024
  unit        = "processes or threads"
  bound       = "reference"
  adjustable  = false
  description = "Processes and threads together in one execution environment."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
}

quota "invocations_per_second_per_concurrency" {
  name        = "Invocation requests per second"
  category    = "runtime"
  value       = 10
  unit        = "requests per second per unit of concurrency"
  bound       = "reference"
  adjustable  = false
  description = "Invocation requests per second: 10 times the concurrent executions quota."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
}

quota "get_function_requests_per_second" {
  name        = "GetFunction API rate"
  category    = "runtime"
  value       = 100
  unit        = "requests per second"
  bound       = "reference"
  adjustable  = false
  description = "GetFunction control-plane requests per second."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
}

quota "get_policy_requests_per_second" {
  name        = "GetPolicy API rate"
  category    = "runtime"
  value       = 15
  unit        = "requests per second"
  bound       = "reference"
  adjustable  = false
  description = "GetPolicy control-plane requests per second."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
}

quota "control_plane_requests_per_second" {
  name        = "Other control-plane API rate"
  category    = "runtime"
  value       = 15
  unit        = "requests per second"
  bound       = "reference"
  adjustable  = false
  description = "Requests per second of every other control-plane API call."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
}

quota "console_test_events_max" {
  name        = "Console test events"
  category    = "runtime"
  value       = 10
  unit        = "test events"
  bound       = "reference"
  adjustable  = false
  description = "Saved test events per function in the console."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
}

quota "console_editor_package_max_bytes" {
  name        = "Console editor package size"
  category    = "runtime"
  value       = 3145728
  unit        = "bytes"
  bound       = "reference"
  adjustable  = false
  description = "The largest package the console code editor opens."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
}

quota "rest_integration_timeout_max_ms" {
  name        = "REST integration timeout (Regional and private APIs)"
  category    = "apigateway"
  value       = 29000
  unit        = "milliseconds"
  bound       = "max"
  adjustable  = true
  description = "A REST API integration's timeout_milliseconds on a Regional or private API: 29,000 by default, raised through Service Quotas (Maximum integration timeout in milliseconds) up to 300,000."
  source      = "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html"
  title       = "API Gateway Integration Timeout Too Long"
  remedy      = "Lower timeout_milliseconds to the account's quota, raise the quota in Service Quotas and state the raised value, or stream the response (response_transfer_mode = STREAM)."
}

quota "edge_integration_timeout_max_ms" {
  name        = "REST integration timeout (edge-optimized APIs)"
  category    = "apigateway"
  value       = 29000
  unit        = "milliseconds"
  bound       = "max"
  adjustable  = false
  description = "A REST API integration's timeout_milliseconds on an edge-optimized API stays at 29,000: the quota cannot be raised for edge-optimized APIs."
  source      = "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html"
  title       = "API Gateway Edge Integration Timeout Too Long"
  remedy      = "Lower timeout_milliseconds to 29,000, or make the API Regional (endpoint_configuration types = [REGIONAL])."
}

quota "streaming_integration_timeout_max_ms" {
  name        = "REST integration timeout (streamed responses)"
  category    = "apigateway"
  value       = 900000
  unit        = "milliseconds"
  bound       = "max"
  adjustable  = false
  description = "A REST API integration that streams its response (response_transfer_mode = STREAM) may run up to 900,000 ms."
  source      = "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html"
  title       = "API Gateway Streaming Integration Timeout Too Long"
  remedy      = "Lower timeout_milliseconds to at most 900,000."
}

quota "http_integration_timeout_max_ms" {
  name        = "HTTP API integration timeout"
  category    = "apigateway"
  value       = 30000
  unit        = "milliseconds"
  bound       = "max"
  adjustable  = false
  description = "An HTTP API integration's timeout_milliseconds: at most 30,000, which cannot be raised."
  source      = "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html"
  title       = "HTTP API Integration Timeout Too Long"
  remedy      = "Lower timeout_milliseconds to at most 30,000, or use a REST API for longer requests."
}

quota "tenant_isolation_http_api" {
  name        = "Tenant isolation behind an HTTP API"
  category    = "apigateway"
  unit        = "integrations"
  bound       = "rule"
  adjustable  = false
  description = "An HTTP API cannot set the X-Amz-Tenant-Id header, so it cannot invoke a tenant-isolated (PER_TENANT) function: every call fails."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/tenant-isolation-invoke.html"
  title       = "HTTP API Cannot Invoke A Tenant-Isolated Function"
  remedy      = "Invoke the function through a REST API that maps the tenant id to the X-Amz-Tenant-Id header, or through a router function."
}

quota "tenant_isolation_rest_header" {
  name        = "Tenant id header of a REST integration"
  category    = "apigateway"
  unit        = "integrations"
  bound       = "rule"
  adjustable  = false
  description = "A REST API integration to a tenant-isolated (PER_TENANT) function must set the integration.request.header.X-Amz-Tenant-Id request parameter: without it every call fails."
  source      = "https://docs.aws.amazon.com/lambda/latest/dg/tenant-isolation-invoke.html"
  title       = "REST Integration Lacks The Tenant Id Header"
  remedy      = "Add integration.request.header.X-Amz-Tenant-Id to the integration's request_parameters, mapped from the caller's tenant."
}

quota "rest_resources_max" {
  name        = "Resources per REST API"
  category    = "apigateway"
  value       = 300
  unit        = "resources"
  bound       = "max"
  adjustable  = true
  description = "A REST API holds at most 300 resources (aws_api_gateway_resource) by default."
  source      = "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html"
  title       = "Too Many REST API Resources"
  remedy      = "Merge paths with {proxy+}, split the API, or raise the quota and state the raised value."
}

quota "rest_stages_max" {
  name        = "Stages per REST API"
  category    = "apigateway"
  value       = 10
  unit        = "stages"
  bound       = "max"
  adjustable  = true
  description = "A REST API has at most 10 stages by default."
  source      = "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html"
  title       = "Too Many REST API Stages"
  remedy      = "Delete unused stages, or raise the quota and state the raised value."
}

quota "rest_authorizers_max" {
  name        = "Authorizers per REST API"
  category    = "apigateway"
  value       = 10
  unit        = "authorizers"
  bound       = "max"
  adjustable  = true
  description = "A REST API has at most 10 authorizers (aws_api_gateway_authorizer) by default."
  source      = "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html"
  title       = "Too Many REST API Authorizers"
  remedy      = "Share authorizers between methods, or raise the quota and state the raised value."
}

quota "http_routes_max" {
  name        = "Routes per HTTP API"
  category    = "apigateway"
  value       = 300
  unit        = "routes"
  bound       = "max"
  adjustable  = true
  description = "An HTTP API has at most 300 routes by default."
  source      = "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html"
  title       = "Too Many HTTP API Routes"
  remedy      = "Merge routes with {proxy+}, split the API, or raise the quota and state the raised value."
}

quota "http_integrations_max" {
  name        = "Integrations per HTTP API"
  category    = "apigateway"
  value       = 300
  unit        = "integrations"
  bound       = "max"
  adjustable  = false
  description = "An HTTP API has at most 300 integrations, which cannot be raised."
  source      = "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html"
  title       = "Too Many HTTP API Integrations"
  remedy      = "Share integrations between routes, or split the API."
}

quota "http_stages_max" {
  name        = "Stages per HTTP API"
  category    = "apigateway"
  value       = 10
  unit        = "stages"
  bound       = "max"
  adjustable  = true
  description = "An HTTP API has at most 10 stages by default."
  source      = "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html"
  title       = "Too Many HTTP API Stages"
  remedy      = "Delete unused stages, or raise the quota and state the raised value."
}

quota "rest_policy_max_length" {
  name        = "REST API resource policy length"
  category    = "apigateway"
  value       = 8192
  unit        = "characters"
  bound       = "max"
  adjustable  = true
  description = "A REST API's resource policy (aws_api_gateway_rest_api's policy, or aws_api_gateway_rest_api_policy) holds at most 8,192 characters by default."
  source      = "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html"
  title       = "REST API Resource Policy Too Long"
  remedy      = "Shorten the policy (merge statements, use wildcards in resources), or raise the quota and state the raised value."
}
