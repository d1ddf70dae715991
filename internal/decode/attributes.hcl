# The AWS resources the checks read, and each argument of them they read: one row per argument,
# in the manner of tflint-ruleset-aws's rules/models/mappings. Every other description of these
# arguments is derived from this table: the keys the decoder accepts and its reads, the flat
# arguments of the lambdaquota data sources, the TFLint ruleset's block schemas, the test AWS
# provider's attributes and the boundary table's AWS shapes.
#
# argument "<name>"   the flat name, as the lambdaquota data sources and check functions take it.
#   aws         where the AWS provider (v6) holds it: a path through its blocks, each a list of at
#               most one ("ephemeral_storage.size"); the name when left out; "" when the resource
#               has no such argument and only the checks' options give it.
#   type        the flat argument's Terraform type: string, number, bool, list(string) or map(string).
#   fields      the quota inputs it fills, as Type.Field of package quota. A string read into a bool
#               field is whether it is set, or, with equals, whether it is that value.
#   computed    the AWS provider computes the aws path (tags_all: tags merged with the provider's
#               default_tags); config is then what users write, the least the computed value holds.
#   required    the AWS provider requires it in its block: once the block is there, it is set.
#   option      the checks' options may give it for an AWS object, which does not carry it.
#   data_source false when the data sources do not take it (they take the flat form instead).
#
# others are the resource's other attributes and blocks in the AWS provider (v6): an object may
# hold them, and the checks do not read them.

resource "aws_lambda_function" {
  others = [
    "arn", "code_sha256", "code_signing_config_arn", "dead_letter_config", "id", "image_config", "image_uri",
    "invoke_arn", "kms_key_arn", "last_modified", "logging_config", "publish_to", "qualified_arn",
    "qualified_invoke_arn", "replace_security_groups_on_destroy", "replacement_security_group_ids",
    "response_streaming_invoke_arn", "role", "s3_key", "s3_object_version", "signing_job_arn",
    "signing_profile_version_arn", "skip_destroy", "source_code_hash", "source_code_size",
    "source_kms_key_arn", "timeouts", "tracing_config", "version",
  ]

  argument "function_name" {
    type   = "string"
    fields = ["Function.Name", "ProvisionedConcurrency.FunctionName", "EventSource.FunctionName"]
  }
  argument "package_type" {
    type   = "string"
    fields = ["Function.PackageType"]
  }
  argument "memory_size" {
    type   = "number"
    fields = ["Function.MemorySize"]
  }
  argument "timeout" {
    type   = "number"
    fields = ["Function.Timeout", "EventSource.FunctionTimeout"]
  }
  argument "ephemeral_storage_size" {
    aws    = "ephemeral_storage.size"
    type   = "number"
    fields = ["Function.EphemeralStorageSize"]
  }
  argument "environment_variables" {
    aws    = "environment.variables"
    type   = "map(string)"
    fields = ["Function.EnvironmentVariables"]
  }
  argument "layers" {
    type   = "list(string)"
    fields = ["Function.Layers"]
  }
  argument "filename" {
    type   = "string"
    fields = ["Function.Filename"]
  }
  # A package in S3 is not uploaded directly: the flat uploaded_via_s3, below, says so too.
  argument "s3_bucket" {
    type        = "string"
    fields      = ["Function.UploadedViaS3"]
    data_source = false
  }
  argument "uploaded_via_s3" {
    aws    = ""
    type   = "bool"
    fields = ["Function.UploadedViaS3"]
  }
  argument "layer_filenames" {
    aws    = ""
    type   = "list(string)"
    fields = ["Function.LayerFilenames"]
    option = true
  }
  argument "layer_unzipped_bytes" {
    aws    = ""
    type   = "number"
    fields = ["Function.LayerUnzippedBytes"]
    option = true
  }
  argument "image_size_bytes" {
    aws    = ""
    type   = "number"
    fields = ["Function.ImageSizeBytes"]
    option = true
  }
  argument "provisioned_concurrent_executions" {
    aws    = ""
    type   = "number"
    fields = ["Function.ProvisionedConcurrentExecutions"]
    option = true
  }
  argument "reserved_concurrent_executions" {
    type   = "number"
    fields = ["Function.ReservedConcurrentExecutions", "ProvisionedConcurrency.ReservedConcurrentExecutions"]
  }
  argument "subnet_ids" {
    aws      = "vpc_config.subnet_ids"
    type     = "list(string)"
    fields   = ["Function.SubnetIDs", "VPCFunction.SubnetIDs"]
    required = true
  }
  argument "security_group_ids" {
    aws      = "vpc_config.security_group_ids"
    type     = "list(string)"
    fields   = ["Function.SecurityGroupIDs", "VPCFunction.SecurityGroupIDs"]
    required = true
  }
  # Known once the function exists: a fleet groups its functions' ENIs by it.
  argument "vpc_id" {
    aws         = "vpc_config.vpc_id"
    type        = "string"
    fields      = ["FleetFunction.VPCID"]
    computed    = true
    data_source = false
  }
  argument "region" {
    type   = "string"
    fields = ["FleetFunction.Region"]
  }
  argument "architectures" {
    type   = "list(string)"
    fields = ["Function.Architectures"]
  }
  argument "handler" {
    type   = "string"
    fields = ["Function.Handler"]
  }
  argument "description" {
    type   = "string"
    fields = ["Function.Description"]
  }
  argument "runtime" {
    type   = "string"
    fields = ["Function.Runtime"]
  }
  argument "publish" {
    type   = "bool"
    fields = ["Function.Publish"]
  }
  argument "capacity_provider_arn" {
    aws      = "capacity_provider_config.lambda_managed_instances_capacity_provider_config.capacity_provider_arn"
    type     = "string"
    fields   = ["Function.CapacityProviderARN", "Function.ManagedInstances"]
    required = true
  }
  argument "execution_environment_memory_gib_per_vcpu" {
    aws    = "capacity_provider_config.lambda_managed_instances_capacity_provider_config.execution_environment_memory_gib_per_vcpu"
    type   = "number"
    fields = ["Function.MemoryGiBPerVCPU"]
  }
  argument "per_execution_environment_max_concurrency" {
    aws    = "capacity_provider_config.lambda_managed_instances_capacity_provider_config.per_execution_environment_max_concurrency"
    type   = "number"
    fields = ["Function.EnvironmentMaxConcurrency"]
  }
  argument "durable_execution_timeout" {
    aws      = "durable_config.execution_timeout"
    type     = "number"
    fields   = ["Function.DurableExecutionTimeout"]
    required = true
  }
  argument "durable_retention_period" {
    aws    = "durable_config.retention_period"
    type   = "number"
    fields = ["Function.DurableRetentionPeriod"]
  }
  argument "snap_start_apply_on" {
    aws      = "snap_start.apply_on"
    type     = "string"
    equals   = "PublishedVersions"
    fields   = ["Function.SnapStart", "ProvisionedConcurrency.SnapStart"]
    required = true
  }
  argument "file_system_arn" {
    aws      = "file_system_config.arn"
    type     = "string"
    fields   = ["Function.FileSystem"]
    required = true
  }
  argument "tenant_isolation_mode" {
    aws      = "tenancy_config.tenant_isolation_mode"
    type     = "string"
    equals   = "PER_TENANT"
    fields   = ["Function.TenantIsolation", "ProvisionedConcurrency.TenantIsolation", "EventSource.FunctionTenantIsolation"]
    required = true
  }
  # AWS counts the function's whole tag set: tags merged with the provider's default_tags.
  argument "tags" {
    aws      = "tags_all"
    config   = "tags"
    computed = true
    type     = "map(string)"
    fields   = ["Function.Tags"]
  }
}

resource "aws_lambda_layer_version" {
  others = [
    "arn", "code_sha256", "created_date", "id", "layer_arn", "s3_key", "s3_object_version",
    "signing_job_arn", "signing_profile_version_arn", "skip_destroy", "source_code_hash",
    "source_code_size", "version",
  ]

  argument "layer_name" {
    type   = "string"
    fields = ["Layer.Name"]
  }
  argument "filename" {
    type   = "string"
    fields = ["Layer.Filename"]
  }
  argument "s3_bucket" {
    type        = "string"
    fields      = ["Layer.UploadedViaS3"]
    data_source = false
  }
  argument "uploaded_via_s3" {
    aws    = ""
    type   = "bool"
    fields = ["Layer.UploadedViaS3"]
  }
  argument "compatible_runtimes" {
    type   = "list(string)"
    fields = ["Layer.CompatibleRuntimes"]
  }
  argument "compatible_architectures" {
    type   = "list(string)"
    fields = ["Layer.CompatibleArchitectures"]
  }
  argument "description" {
    type   = "string"
    fields = ["Layer.Description"]
  }
  argument "license_info" {
    type   = "string"
    fields = ["Layer.LicenseInfo"]
  }
  argument "region" {
    type        = "string"
    data_source = false
  }
}

resource "aws_lambda_permission" {
  # Read with the function the permission is on, which links it.
  others = ["function_name", "id"]

  argument "statement_id" {
    type   = "string"
    fields = ["Permission.StatementID"]
  }
  argument "statement_id_prefix" {
    type   = "string"
    fields = ["Permission.StatementIDPrefix"]
  }
  argument "action" {
    type   = "string"
    fields = ["Permission.Action"]
  }
  argument "principal" {
    type   = "string"
    fields = ["Permission.Principal"]
  }
  argument "source_arn" {
    type   = "string"
    fields = ["Permission.SourceARN"]
  }
  argument "source_account" {
    type   = "string"
    fields = ["Permission.SourceAccount"]
  }
  argument "qualifier" {
    type   = "string"
    fields = ["Permission.Qualifier"]
  }
  argument "principal_org_id" {
    type   = "string"
    fields = ["Permission.PrincipalOrgID"]
  }
  argument "event_source_token" {
    type   = "string"
    fields = ["Permission.EventSourceToken"]
  }
  argument "function_url_auth_type" {
    type   = "string"
    fields = ["Permission.FunctionURLAuthType"]
  }
  argument "invoked_via_function_url" {
    type   = "bool"
    fields = ["Permission.InvokedViaFunctionURL"]
  }
  argument "region" {
    type        = "string"
    data_source = false
  }
}

resource "aws_lambda_policy" {
  others = ["id", "revision_id"]

  argument "resource_arn" {
    type   = "string"
    fields = ["ResourcePolicy.ResourceARN"]
  }
  argument "policy" {
    type   = "string"
    fields = ["ResourcePolicy.Document"]
  }
  argument "region" {
    type        = "string"
    data_source = false
  }
}

resource "aws_lambda_provisioned_concurrency_config" {
  others = ["id", "skip_destroy", "timeouts"]

  argument "function_name" {
    type = "string"
  }
  argument "qualifier" {
    type = "string"
  }
  argument "provisioned_concurrent_executions" {
    type   = "number"
    fields = ["ProvisionedConcurrency.ProvisionedConcurrentExecutions"]
  }
  argument "region" {
    type = "string"
  }
}

resource "aws_sqs_queue" {
  others = [
    "arn", "content_based_deduplication", "deduplication_scope", "delay_seconds", "fifo_queue",
    "fifo_throughput_limit", "id", "kms_data_key_reuse_period_seconds", "kms_master_key_id",
    "max_message_size", "message_retention_seconds", "name_prefix", "policy", "receive_wait_time_seconds",
    "redrive_allow_policy", "redrive_policy", "sqs_managed_sse_enabled", "tags", "tags_all", "url",
  ]

  argument "name" {
    type   = "string"
    fields = ["EventSource.QueueName"]
  }
  argument "visibility_timeout_seconds" {
    type   = "number"
    fields = ["EventSource.VisibilityTimeoutSeconds"]
  }
  argument "region" {
    type = "string"
  }
}

resource "aws_lambda_event_source_mapping" {
  others = [
    "amazon_managed_kafka_event_source_config", "arn", "batch_size", "bisect_batch_on_function_error",
    "destination_config", "document_db_event_source_config", "enabled", "filter_criteria", "function_arn",
    "function_response_types", "id", "kms_key_arn", "last_modified", "last_processing_result",
    "maximum_batching_window_in_seconds", "maximum_record_age_in_seconds", "maximum_retry_attempts",
    "metrics_config", "parallelization_factor", "queues", "scaling_config",
    "self_managed_event_source", "self_managed_kafka_event_source_config", "source_access_configuration",
    "starting_position", "starting_position_timestamp", "state", "state_transition_reason", "tags",
    "tags_all", "topics", "tumbling_window_in_seconds", "uuid",
  ]

  # Whether the source is an SQS queue or a Kafka cluster, read with the queue it links.
  argument "event_source_arn" {
    type = "string"
  }
  argument "minimum_pollers" {
    aws    = "provisioned_poller_config.minimum_pollers"
    type   = "number"
    fields = ["EventSource.MinimumPollers"]
  }
  argument "maximum_pollers" {
    aws    = "provisioned_poller_config.maximum_pollers"
    type   = "number"
    fields = ["EventSource.MaximumPollers"]
  }
  argument "poller_group_name" {
    aws    = "provisioned_poller_config.poller_group_name"
    type   = "string"
    fields = ["EventSource.PollerGroup"]
  }
  argument "function_name" {
    type = "string"
  }
  argument "region" {
    type = "string"
  }
}

resource "aws_efs_mount_target" {
  others = [
    "availability_zone_id", "availability_zone_name", "dns_name", "file_system_arn", "file_system_id",
    "ip_address", "ip_address_type", "ipv6_address", "mount_target_dns_name", "network_interface_id",
    "owner_id", "security_groups", "timeouts",
  ]

  # A mount target takes one ENI in the VPC of its subnet; a deployed one has an id.
  argument "subnet_id" {
    type = "string"
  }
  argument "id" {
    type     = "string"
    computed = true
  }
  argument "region" {
    type = "string"
  }
}

resource "aws_lambda_capacity_provider" {
  others = ["arn", "instance_requirements", "kms_key_arn", "permissions_config", "tags", "tags_all", "timeouts", "vpc_config"]

  argument "name" {
    type   = "string"
    fields = ["CapacityProvider.Name"]
  }
  argument "max_vcpu_count" {
    aws    = "capacity_provider_scaling_config.max_vcpu_count"
    type   = "number"
    fields = ["CapacityProvider.MaxVCPUCount"]
  }
  argument "region" {
    type = "string"
  }
}

resource "aws_api_gateway_rest_api" {
  others = [
    "api_key_source", "arn", "binary_media_types", "body", "created_date", "description",
    "disable_execute_api_endpoint", "execution_arn", "fail_on_warnings", "id", "minimum_compression_size",
    "parameters", "put_rest_api_mode", "root_resource_id", "tags", "tags_all",
  ]

  argument "name" {
    type = "string"
  }
  # AWS's default when the block is left out is edge-optimized.
  argument "endpoint_types" {
    aws      = "endpoint_configuration.types"
    type     = "list(string)"
    required = true
  }
  argument "policy" {
    type = "string"
  }
  argument "region" {
    type        = "string"
    data_source = false
  }
}

resource "aws_api_gateway_rest_api_policy" {
  others = ["id"]

  argument "rest_api_id" {
    type = "string"
  }
  argument "policy" {
    type = "string"
  }
  argument "region" {
    type        = "string"
    data_source = false
  }
}

resource "aws_api_gateway_integration" {
  others = [
    "cache_key_parameters", "cache_namespace", "connection_id", "connection_type", "content_handling",
    "credentials", "http_method", "id", "integration_http_method", "passthrough_behavior", "request_templates",
    "resource_id", "tls_config", "type",
  ]

  # The API it belongs to and the function it invokes, which link it.
  argument "rest_api_id" {
    type = "string"
  }
  argument "uri" {
    type = "string"
  }
  argument "timeout_milliseconds" {
    type   = "number"
    fields = ["Integration.TimeoutMillis"]
  }
  argument "response_transfer_mode" {
    type   = "string"
    equals = "STREAM"
    fields = ["Integration.Streaming"]
  }
  argument "request_parameters" {
    type   = "map(string)"
    fields = ["Integration.RequestParameters"]
  }
  argument "region" {
    type        = "string"
    data_source = false
  }
}

resource "aws_api_gateway_resource" {
  others = ["id", "parent_id", "path"]

  argument "rest_api_id" {
    type = "string"
  }
  argument "path_part" {
    type = "string"
  }
  argument "region" {
    type        = "string"
    data_source = false
  }
}

resource "aws_api_gateway_stage" {
  others = [
    "access_log_settings", "arn", "cache_cluster_enabled", "cache_cluster_size", "canary_settings",
    "client_certificate_id", "deployment_id", "description", "documentation_version", "execution_arn", "id",
    "invoke_url", "tags", "tags_all", "variables", "web_acl_arn", "xray_tracing_enabled",
  ]

  argument "rest_api_id" {
    type = "string"
  }
  argument "stage_name" {
    type = "string"
  }
  argument "region" {
    type        = "string"
    data_source = false
  }
}

resource "aws_api_gateway_authorizer" {
  others = [
    "arn", "authorizer_credentials", "authorizer_result_ttl_in_seconds", "authorizer_uri", "id", "identity_source",
    "identity_validation_expression", "provider_arns", "type",
  ]

  argument "rest_api_id" {
    type = "string"
  }
  argument "name" {
    type = "string"
  }
  argument "region" {
    type        = "string"
    data_source = false
  }
}

resource "aws_apigatewayv2_api" {
  others = [
    "api_endpoint", "api_key_selection_expression", "arn", "body", "cors_configuration", "credentials_arn",
    "description", "disable_execute_api_endpoint", "execution_arn", "fail_on_warnings", "id", "ip_address_type",
    "route_key", "route_selection_expression", "tags", "tags_all", "target", "version",
  ]

  argument "name" {
    type = "string"
  }
  argument "protocol_type" {
    type = "string"
  }
  argument "region" {
    type        = "string"
    data_source = false
  }
}

resource "aws_apigatewayv2_integration" {
  others = [
    "connection_id", "connection_type", "content_handling_strategy", "credentials_arn", "description", "id",
    "integration_method", "integration_response_selection_expression", "integration_subtype", "integration_type",
    "passthrough_behavior", "payload_format_version", "request_parameters", "request_templates", "response_parameters",
    "template_selection_expression", "tls_config",
  ]

  argument "api_id" {
    type = "string"
  }
  argument "integration_uri" {
    type = "string"
  }
  argument "timeout_milliseconds" {
    type   = "number"
    fields = ["Integration.TimeoutMillis"]
  }
  argument "region" {
    type        = "string"
    data_source = false
  }
}

resource "aws_apigatewayv2_route" {
  others = [
    "api_key_required", "authorization_scopes", "authorization_type", "authorizer_id", "id",
    "model_selection_expression", "operation_name", "request_models", "request_parameter",
    "route_response_selection_expression", "target",
  ]

  argument "api_id" {
    type = "string"
  }
  argument "route_key" {
    type = "string"
  }
  argument "region" {
    type        = "string"
    data_source = false
  }
}

resource "aws_apigatewayv2_stage" {
  others = [
    "access_log_settings", "arn", "auto_deploy", "client_certificate_id", "default_route_settings", "deployment_id",
    "description", "execution_arn", "id", "invoke_url", "route_settings", "stage_variables", "tags", "tags_all",
  ]

  argument "api_id" {
    type = "string"
  }
  argument "name" {
    type = "string"
  }
  argument "region" {
    type        = "string"
    data_source = false
  }
}
