package decode

import (
	"strings"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// Checks that relate two resources: each takes both objects as they are,
// AWS-shaped or with the data sources' flat names.

var (
	provisionedConcurrencyConfig = newResourceKind("aws_lambda_provisioned_concurrency_config",
		[]string{"function_name", "provisioned_concurrent_executions", "qualifier"}, []string{"id", "region", "skip_destroy", "timeouts"})
	reservingFunction = newResourceKind("aws_lambda_function", []string{"function_name", "reserved_concurrent_executions"},
		FunctionKeys, awsFunctionAttributes)
	sqsQueue = newResourceKind("aws_sqs_queue", []string{"name", "visibility_timeout_seconds"}, []string{
		"arn", "content_based_deduplication", "deduplication_scope", "delay_seconds", "fifo_queue", "fifo_throughput_limit", "id",
		"kms_data_key_reuse_period_seconds", "kms_master_key_id", "max_message_size", "message_retention_seconds", "name_prefix",
		"policy", "receive_wait_time_seconds", "redrive_allow_policy", "redrive_policy", "region", "sqs_managed_sse_enabled",
		"tags", "tags_all", "url",
	})
	eventSourceMapping = newResourceKind("aws_lambda_event_source_mapping", []string{"event_source_arn", "function_name"}, []string{
		"amazon_managed_kafka_event_source_config", "arn", "batch_size", "bisect_batch_on_function_error", "destination_config",
		"document_db_event_source_config", "enabled", "filter_criteria", "function_arn", "function_response_types", "id",
		"kms_key_arn", "last_modified", "last_processing_result", "maximum_batching_window_in_seconds",
		"maximum_record_age_in_seconds", "maximum_retry_attempts", "metrics_config", "parallelization_factor",
		"provisioned_poller_config", "queues", "region", "scaling_config", "self_managed_event_source",
		"self_managed_kafka_event_source_config", "source_access_configuration", "starting_position",
		"starting_position_timestamp", "state", "state_transition_reason", "tags", "tags_all", "topics",
		"tumbling_window_in_seconds", "uuid",
	})
	timedFunction = newResourceKind("aws_lambda_function", []string{"function_name", "timeout"}, FunctionKeys, awsFunctionAttributes)
)

// ProvisionedConcurrency reads an aws_lambda_provisioned_concurrency_config
// and the function it configures.
func (dc *Decoder) ProvisionedConcurrency(config, function Val) quota.ProvisionedConcurrency {
	ok := dc.resourceObject(config, provisionedConcurrencyConfig)
	if !dc.resourceObject(function, reservingFunction) || !ok {
		return quota.ProvisionedConcurrency{}
	}
	return quota.ProvisionedConcurrency{
		FunctionName:                    dc.String(function.Get("function_name")),
		ProvisionedConcurrentExecutions: dc.Int64(config.Get("provisioned_concurrent_executions")),
		ReservedConcurrentExecutions:    dc.Int64(function.Get("reserved_concurrent_executions")),
		SnapStart:                       dc.Equals(dc.pick(function, "snap_start_apply_on"), "PublishedVersions"),
		TenantIsolation:                 dc.TenantIsolation(function),
	}
}

// EventSource reads an aws_lambda_event_source_mapping, the aws_sqs_queue it
// reads from and the aws_lambda_function it triggers. ok is false when the
// mapping's source is known not to be an SQS queue, so nothing applies.
func (dc *Decoder) EventSource(mapping, queue, function Val) (e quota.EventSource, ok bool) {
	valid := dc.resourceObject(mapping, eventSourceMapping)
	valid = dc.resourceObject(queue, sqsQueue) && valid
	valid = dc.resourceObject(function, timedFunction) && valid
	if !valid {
		return e, false
	}
	arn := dc.String(mapping.Get("event_source_arn"))
	return quota.EventSource{
		QueueName:                dc.String(queue.Get("name")),
		VisibilityTimeoutSeconds: dc.Int64(queue.Get("visibility_timeout_seconds")),
		FunctionName:             dc.String(function.Get("function_name")),
		FunctionTimeout:          dc.Int64(function.Get("timeout")),
		NotSQS:                   arn.IsKnown() && !strings.Contains(arn.V, ":sqs:"),
		FunctionTenantIsolation:  dc.TenantIsolation(function),
	}, true
}
