package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var _ datasource.DataSourceWithValidateConfig = &eventSourceDataSource{}

// eventSourceDataSource checks an SQS queue that triggers a function.
type eventSourceDataSource struct {
	checkingDataSource
}

// newEventSourceDataSource returns the lambdaquota_event_source data source.
func newEventSourceDataSource() datasource.DataSource {
	return &eventSourceDataSource{checkingDataSource{
		measure: func(dc *decode.Decoder, cfg decode.Val, limits quota.Limits) (quota.Result, map[string]attr.Value) {
			arn := dc.String(cfg.Get("event_source_arn"))
			source := quota.Known(quota.SourceSQS)
			if arn.Present() {
				source = decode.SourceKind(arn)
			}
			return quota.CheckEventSource(limits, quota.EventSource{
				QueueName:                dc.String(cfg.Get("queue_name")),
				VisibilityTimeoutSeconds: dc.Int64(cfg.Get("visibility_timeout_seconds")),
				FunctionName:             dc.String(cfg.Get("function_name")),
				FunctionTimeout:          dc.Int64(cfg.Get("function_timeout")),
				FunctionTenantIsolation:  dc.Equals(cfg.Get("function_tenant_isolation_mode"), "PER_TENANT"),
				// Without an ARN, the source is the SQS queue this data source checks.
				NotSQS:         source.IsKnown() && source.V != quota.SourceSQS,
				Source:         source,
				MinimumPollers: dc.Int64(cfg.Get("minimum_pollers")),
				MaximumPollers: dc.Int64(cfg.Get("maximum_pollers")),
			}), nil
		},
	}}
}

func (d *eventSourceDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_event_source"
}

func (d *eventSourceDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Checks that an SQS queue which triggers a function through `aws_lambda_event_source_mapping` has a " +
			"visibility timeout at least as long as the function's timeout; otherwise `CreateEventSourceMapping` fails with " +
			"`Queue visibility timeout: N seconds is less than Function timeout: M seconds`. AWS recommends six times the " +
			"function's timeout.\n\n" + whenChecked,
		Attributes: map[string]schema.Attribute{
			"queue_name": schema.StringAttribute{Optional: true, MarkdownDescription: "The queue, named in messages."},
			"visibility_timeout_seconds": schema.NumberAttribute{Optional: true,
				MarkdownDescription: "The queue's `visibility_timeout_seconds`; 30, AWS's default, when null."},
			"function_name": schema.StringAttribute{Optional: true, MarkdownDescription: "The function, named in messages."},
			"function_timeout": schema.NumberAttribute{Optional: true,
				MarkdownDescription: "The function's `timeout`, in seconds; 3, AWS's default, when null."},
			"function_tenant_isolation_mode": schema.StringAttribute{Optional: true,
				MarkdownDescription: "The function's `tenancy_config.tenant_isolation_mode`: a `PER_TENANT` function may be invoked by API Gateway only."},
			"event_source_arn": schema.StringAttribute{Optional: true,
				MarkdownDescription: "The mapping's source: an SQS queue when null, or an Amazon MSK cluster, which decides its pollers' range."},
			"minimum_pollers": schema.NumberAttribute{Optional: true,
				MarkdownDescription: "`provisioned_poller_config.minimum_pollers`: at least " + number(quota.SQSPollersMin) + " for SQS, " +
					number(quota.KafkaPollersMin) + " for Kafka."},
			"maximum_pollers": schema.NumberAttribute{Optional: true,
				MarkdownDescription: "`provisioned_poller_config.maximum_pollers`: " + between(quota.SQSPollersMin, quota.SQSPollersMax) + " for SQS, " +
					between(quota.KafkaPollersMin, quota.KafkaPollersMax) + " for Kafka."},
		},
	}
}
