package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var checkIntegration = check{
	name:    "integration",
	summary: "Check an API Gateway integration against its API's limits and the function it invokes",
	description: "Checks an `aws_api_gateway_integration` (REST API) or `aws_apigatewayv2_integration` (HTTP API): its " +
		"`timeout_milliseconds` against the API's endpoint type (Regional and private APIs " + amount(quota.RESTIntegrationTimeoutMaxMs) +
		" unless raised, edge-optimized " + amount(quota.EdgeIntegrationTimeoutMaxMs) + ", streamed " +
		amount(quota.StreamingIntegrationTimeoutMaxMs) + ", HTTP APIs " + amount(quota.HTTPIntegrationTimeoutMaxMs) + "), and the " +
		"routing to a tenant-isolated (`PER_TENANT`) function: an HTTP API cannot reach one, and a REST integration needs the " +
		"`integration.request.header.X-Amz-Tenant-Id` request parameter. Made for a postcondition on the integration, with `self`. " +
		"A function that runs longer than the integration waits is accepted by AWS and is not an error here; `lambdaquota check` " +
		"warns of it.",
	params: []function.DynamicParameter{
		{Name: "integration", MarkdownDescription: "The `aws_api_gateway_integration` or `aws_apigatewayv2_integration` object."},
		{Name: "api", AllowNullValue: true, MarkdownDescription: "The `aws_api_gateway_rest_api` object, for its endpoint type. For an HTTP API, " +
			"or a REST API not in the configuration (a REST timeout over 29,000 ms is then undecided), `{}`: OpenTofu answers a call with a " +
			"bare `null` argument unknown, without calling the provider, so a condition would pass unchecked. Terraform takes `null` too."},
		{Name: "function", AllowNullValue: true, MarkdownDescription: "The `aws_lambda_function` the integration invokes, or `{}` when it is not in the configuration."},
	},
	options: "Optional object with " + quotasOption + ".",
	run: func(dc *decode.Decoder, args []decode.Val, opts decode.Val) quota.Result {
		limits := dc.Options(opts, []string{"quotas"})
		return quota.CheckIntegration(limits, dc.IntegrationOf(args[0], args[1], args[2]))
	},
}
