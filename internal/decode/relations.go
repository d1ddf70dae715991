package decode

import (
	"strings"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// Checks that relate two resources: each takes both objects as they are,
// AWS-shaped or with the data sources' flat names.

var (
	provisionedConcurrencyConfig = kindOf("aws_lambda_provisioned_concurrency_config")
	reservingFunction            = newResourceKind("aws_lambda_function", []string{"function_name", "reserved_concurrent_executions"},
		FunctionKeys, lambdaFunctionRows.Others)
	sqsQueue           = kindOf("aws_sqs_queue")
	eventSourceMapping = kindOf("aws_lambda_event_source_mapping")
	capacityProvider   = kindOf("aws_lambda_capacity_provider")
	lambdaPolicy       = kindOf("aws_lambda_policy")
	timedFunction      = newResourceKind("aws_lambda_function", []string{"function_name", "timeout"}, FunctionKeys, lambdaFunctionRows.Others)
)

// ProvisionedConcurrency reads an aws_lambda_provisioned_concurrency_config
// and the function it configures.
func (dc *Decoder) ProvisionedConcurrency(config, function Val) quota.ProvisionedConcurrency {
	ok := dc.resourceObject(config, provisionedConcurrencyConfig)
	if !dc.resourceObject(function, reservingFunction) || !ok {
		return quota.ProvisionedConcurrency{}
	}
	var p quota.ProvisionedConcurrency
	dc.fill(&p, AttributesOf("aws_lambda_provisioned_concurrency_config"), config, nil)
	dc.fill(&p, lambdaFunctionRows, function, nil)
	return p
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
	e = quota.EventSource{NotSQS: arn.IsKnown() && !strings.Contains(arn.V, ":sqs:"), Source: sourceKind(mapping, arn)}
	dc.fill(&e, AttributesOf("aws_lambda_event_source_mapping"), mapping, nil)
	dc.fill(&e, AttributesOf("aws_sqs_queue"), queue, nil)
	dc.fill(&e, lambdaFunctionRows, function, nil)
	return e, true
}

// CapacityProvider reads an aws_lambda_capacity_provider.
func (dc *Decoder) CapacityProvider(d Val) quota.CapacityProvider {
	var p quota.CapacityProvider
	if dc.resourceObject(d, capacityProvider) {
		dc.fill(&p, AttributesOf("aws_lambda_capacity_provider"), d, nil)
	}
	return p
}

// ResourcePolicy reads an aws_lambda_policy.
func (dc *Decoder) ResourcePolicy(d Val) quota.ResourcePolicy {
	var p quota.ResourcePolicy
	if dc.resourceObject(d, lambdaPolicy) {
		dc.fill(&p, AttributesOf("aws_lambda_policy"), d, nil)
	}
	return p
}

// sourceKind is the kind of a mapping's source: an SQS queue or a Kafka
// cluster (Amazon MSK by its ARN, a self-managed one by its block).
func sourceKind(mapping Val, arn quota.Value[string]) quota.Value[string] {
	if m := mapping.Get("self_managed_event_source"); mapping.Has("self_managed_event_source") && !m.Absent() && (m.Unknown() || m.length() > 0) {
		return quota.Known(quota.SourceKafka)
	}
	return SourceKind(arn)
}

// SourceKind is the kind of an event source by its ARN: an SQS queue, an
// Amazon MSK cluster, or another ("").
func SourceKind(arn quota.Value[string]) quota.Value[string] {
	switch {
	case arn.Unknown:
		return quota.Unknown[string]()
	case !arn.Set:
		return quota.Known("")
	case strings.Contains(arn.V, ":sqs:"):
		return quota.Known(quota.SourceSQS)
	case strings.Contains(arn.V, ":kafka:"):
		return quota.Known(quota.SourceKafka)
	}
	return quota.Known("")
}

// Integration reads an API Gateway integration: a REST API's
// (aws_api_gateway_integration) or, with http, an HTTP API's
// (aws_apigatewayv2_integration). The API and the function are linked by
// the saved-plan checker.
func (dc *Decoder) Integration(d Val, http bool) quota.Integration {
	typ := "aws_api_gateway_integration"
	if http {
		typ = "aws_apigatewayv2_integration"
	}
	in := quota.Integration{HTTP: http}
	if dc.resourceObject(d, kindOf(typ)) {
		dc.fill(&in, AttributesOf(typ), d, nil)
	}
	return in
}

// EndpointTypes reads a REST API's endpoint types; null when it has no
// endpoint_configuration (AWS's default, edge-optimized).
func (dc *Decoder) EndpointTypes(api Val) quota.Strings {
	if !dc.resourceObject(api, kindOf("aws_api_gateway_rest_api")) {
		return quota.Strings{}
	}
	a, _ := AttributesOf("aws_api_gateway_rest_api").Argument("endpoint_types")
	v, _ := dc.spelling(api, a)
	return dc.Strings(v)
}

// IntegrationInputs reads the lambdaquota_integration data source's flat
// arguments: an integration, its API's endpoint types, and the function it
// invokes, linked when its timeout or tenant isolation is given.
func (dc *Decoder) IntegrationInputs(d Val) quota.Integration {
	http := dc.Bool(d.Get("http"))
	in := quota.Integration{HTTP: http.IsKnown() && http.V, EndpointTypes: dc.Strings(d.Get("endpoint_types")),
		TimeoutMillis: dc.Int64(d.Get("timeout_milliseconds")), Streaming: dc.Equals(d.Get("response_transfer_mode"), "STREAM"),
		RequestParameters: dc.StringMap(d.Get("request_parameters"))}
	if d.Has("function_timeout") || d.Has("function_tenant_isolation_mode") {
		in.FunctionLinked = true
		in.FunctionName = dc.String(d.Get("function_name"))
		in.FunctionTimeout = dc.Int64(d.Get("function_timeout"))
		in.FunctionTenantIsolation = dc.Equals(d.Get("function_tenant_isolation_mode"), "PER_TENANT")
	}
	return in
}

// IntegrationOf reads an integration with its API and the function it
// invokes, for a check of the three together: the REST or HTTP API is
// told by the integration's own arguments (rest_api_id, or api_id and
// integration_uri). An absent API (null or {}) leaves a REST API's
// endpoint type unknown; an absent function links none.
func (dc *Decoder) IntegrationOf(integration, api, function Val) quota.Integration {
	http := integration.Has("api_id") || integration.Has("integration_uri") || integration.Has("integration_type")
	in := dc.Integration(integration, http)
	if !http {
		in.EndpointTypes = quota.Unknown[[]quota.Value[string]]()
		if !api.None() {
			in.EndpointTypes = dc.EndpointTypes(api)
		}
	}
	if !function.None() {
		f := dc.Function(function, Val{})
		in.FunctionLinked = true
		in.FunctionName, in.FunctionTimeout, in.FunctionTenantIsolation, in.FunctionManagedInstances = f.Name, f.Timeout, f.TenantIsolation, f.ManagedInstances
	}
	return in
}
