package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var checkEventSource = check{
	name:    "event_source",
	summary: "Check that an SQS queue's visibility timeout covers the function it triggers",
	description: "Checks that the visibility timeout of the `aws_sqs_queue` behind an `aws_lambda_event_source_mapping` is at " +
		"least the timeout of the `aws_lambda_function` it triggers, which `CreateEventSourceMapping` requires. Absent values " +
		"take AWS's defaults: 30 seconds for the queue, 3 for the function. A mapping whose `event_source_arn` is known not to " +
		"be an SQS queue passes. Made for a postcondition on the mapping, with `self`.",
	params: []function.DynamicParameter{
		{Name: "mapping", MarkdownDescription: "The `aws_lambda_event_source_mapping` object, or an object with its `event_source_arn`."},
		{Name: "queue", MarkdownDescription: "The `aws_sqs_queue` object, or an object with its `name` and `visibility_timeout_seconds`."},
		{Name: "function", MarkdownDescription: "The `aws_lambda_function` object, or an object with its `function_name` and `timeout`."},
	},
	run: func(dc *decode.Decoder, args []decode.Val, _ decode.Val) quota.Result {
		e, ok := dc.EventSource(args[0], args[1], args[2])
		if !ok {
			return quota.Result{}
		}
		return quota.CheckEventSource(quota.DefaultLimits(), e)
	},
}
