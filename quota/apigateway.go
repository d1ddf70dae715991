package quota

import (
	"fmt"
	"strings"
)

// Endpoint types of a REST API (endpoint_configuration's types).
const (
	EndpointEdge     = "EDGE"
	EndpointRegional = "REGIONAL"
	EndpointPrivate  = "PRIVATE"
)

// tenantHeader is the request parameter a REST integration to a
// tenant-isolated function maps the tenant id to.
const tenantHeader = "integration.request.header.X-Amz-Tenant-Id"

// Integration is an API Gateway integration that invokes a Lambda
// function: a REST API's (aws_api_gateway_integration) or an HTTP API's
// (aws_apigatewayv2_integration), with what is known of its API and its
// function.
type Integration struct {
	// HTTP marks an HTTP API's integration; otherwise a REST API's.
	HTTP bool
	API  string
	// EndpointTypes are the REST API's endpoint_configuration types;
	// null is AWS's default, edge-optimized.
	EndpointTypes Strings
	// Streaming is response_transfer_mode being STREAM.
	Streaming Value[bool]
	// TimeoutMillis is timeout_milliseconds; null is the default (29,000
	// on REST, 30,000 on HTTP APIs).
	TimeoutMillis     Value[int64]
	RequestParameters StringMap
	// The function the integration invokes, when its URI is linked to one.
	FunctionLinked           bool
	FunctionName             Value[string]
	FunctionTimeout          Value[int64]
	FunctionTenantIsolation  Value[bool]
	FunctionManagedInstances Value[bool]
}

// Default integration timeouts when timeout_milliseconds is not set.
const (
	defaultRESTIntegrationMillis = 29000
	defaultHTTPIntegrationMillis = 30000
)

// CheckIntegration checks an integration's timeout against its API's
// limits, the tenant routing to its function, and warns of a function
// that runs longer than the integration waits for it.
func CheckIntegration(l Limits, in Integration) Result {
	c := &checker{limits: l}
	of := ""
	if in.API != "" {
		of = " of API " + in.API
	}
	id := c.integrationLimit(in)
	timeout := in.TimeoutMillis
	if !timeout.Present() {
		timeout = Known[int64](defaultRESTIntegrationMillis)
		if in.HTTP {
			timeout = Known[int64](defaultHTTPIntegrationMillis)
		}
	}
	if id != "" {
		checkInput(c, timeout, []ID{id}, func(v Value[int64]) {
			c.atMost(id, "timeout_milliseconds", v.V, "the timeout of the integration"+of)
		})
	}
	if in.FunctionLinked {
		fn := ""
		if in.FunctionName.IsKnown() && !in.FunctionName.Hidden() {
			fn = " " + quoted(in.FunctionName)
		}
		if in.HTTP {
			c.together(TenantIsolationHTTPAPI, "integration_uri", in.FunctionTenantIsolation, Known(true),
				"The HTTP API integration%s invokes the tenant-isolated (PER_TENANT) function%s; an HTTP API cannot set X-Amz-Tenant-Id, so every call fails.", of, fn)
		} else {
			missing := hasKey(in.RequestParameters, tenantHeader)
			missing.V = !missing.V
			c.together(TenantIsolationRESTHeader, "request_parameters", in.FunctionTenantIsolation, missing,
				"The REST integration%s invokes the tenant-isolated (PER_TENANT) function%s without the "+tenantHeader+
					" request parameter, so every call fails for want of a tenant id.", of, fn)
		}
		c.outlives(in, timeout, of)
	}
	return c.res
}

// hasKey is whether a map has a key, unknown while the map is.
func hasKey(m StringMap, k string) Value[bool] {
	if m.Unknown {
		return Unknown[bool]()
	}
	_, ok := m.V[k]
	return Known(ok)
}

// integrationLimit is the quota a REST or HTTP integration's timeout is
// measured against: streamed, edge-optimized, or Regional and private; ""
// while the endpoint type or the transfer mode is not known.
func (c *checker) integrationLimit(in Integration) ID {
	switch {
	case in.HTTP:
		return HTTPIntegrationTimeoutMaxMs
	case in.Streaming.Unknown:
		c.undecided(RESTIntegrationTimeoutMaxMs, EdgeIntegrationTimeoutMaxMs, StreamingIntegrationTimeoutMaxMs)
		return ""
	case is(in.Streaming):
		return StreamingIntegrationTimeoutMaxMs
	case in.EndpointTypes.Unknown:
		c.undecided(RESTIntegrationTimeoutMaxMs, EdgeIntegrationTimeoutMaxMs)
		return ""
	}
	for _, t := range in.EndpointTypes.V {
		if t.Unknown {
			c.undecided(RESTIntegrationTimeoutMaxMs, EdgeIntegrationTimeoutMaxMs)
			return ""
		}
		if t.V == EndpointRegional || t.V == EndpointPrivate {
			return RESTIntegrationTimeoutMaxMs
		}
	}
	return EdgeIntegrationTimeoutMaxMs
}

// outlives warns of a function whose timeout is longer than the
// integration waits: AWS accepts it, the caller gets a 504 and the function
// keeps running, and billing. A function on Lambda Managed Instances stops
// a synchronous call at 900 s whatever its timeout.
func (c *checker) outlives(in Integration, integration Value[int64], of string) {
	fn := in.FunctionTimeout
	if !fn.Present() {
		fn = Known[int64](defaultFunctionTimeout)
	}
	if !fn.IsKnown() || !integration.IsKnown() {
		return
	}
	seconds := fn.V
	if is(in.FunctionManagedInstances) {
		seconds = min(seconds, c.limits.Value(FunctionTimeoutMaxSeconds))
	}
	if seconds*1000 <= integration.V {
		return
	}
	name := "its function"
	if in.FunctionName.IsKnown() {
		name = named("function", in.FunctionName)
	}
	c.add(Finding{Kind: Inconsistent, Attribute: "timeout_milliseconds", Index: -1, Summary: "Function Outlives Its Integration",
		Detail: fmt.Sprintf("The integration%s waits %s for %s, whose timeout is %s: a longer call gets a 504 while the function "+
			"keeps running, and billing.", of, FormatAmount(integration.V, "milliseconds"), name, FormatAmount(seconds, "seconds")),
		Remedy: "Lower the function's timeout to what the integration waits, or hand long work to an asynchronous invocation."})
}

// API is the resources that share one API's quotas: a REST API's resources
// and stages, or an HTTP API's routes, integrations and stages. A count
// unknown with V is at least V.
type API struct {
	Name                                                 string
	HTTP                                                 bool
	Resources, Stages, Routes, Integrations, Authorizers Value[int64]
}

// CheckAPI checks the counts of one API.
func CheckAPI(l Limits, a API) Result {
	c := &checker{limits: l}
	type count struct {
		id   ID
		n    Value[int64]
		attr string
	}
	counts := []count{{RESTResourcesMax, a.Resources, "path_part"}, {RESTStagesMax, a.Stages, "stage_name"}, {RESTAuthorizersMax, a.Authorizers, "name"}}
	if a.HTTP {
		counts = []count{{HTTPRoutesMax, a.Routes, "route_key"}, {HTTPIntegrationsMax, a.Integrations, "integration_uri"}, {HTTPStagesMax, a.Stages, "name"}}
	}
	for _, ct := range counts {
		q := c.limits.Quota(ct.id)
		what := fmt.Sprintf("the number of %s of API %s", q.Unit, a.Name)
		switch {
		case !ct.n.Present():
		case ct.n.Unknown && ct.n.V <= l.Value(ct.id):
			c.undecided(ct.id)
		case ct.n.Unknown:
			c.atMost(ct.id, ct.attr, ct.n.V, what+", counting only those certainly there,")
		default:
			c.atMost(ct.id, ct.attr, ct.n.V, what)
		}
	}
	return c.res
}

// CheckRESTAPIPolicy measures a REST API's resource policy in characters.
func CheckRESTAPIPolicy(l Limits, api string, policy Value[string]) Result {
	c := &checker{limits: l}
	checkInput(c, policy, []ID{RESTPolicyMaxLength}, func(p Value[string]) {
		c.atMost(RESTPolicyMaxLength, "policy", int64(len([]rune(strings.TrimSpace(p.V)))), "the resource policy of API "+api)
	})
	return c.res
}
