package quota_test

import (
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// apigatewayCases are the API Gateway category's cases, by quota.
func apigatewayCases() map[quota.ID][]quotaCase {
	l := quota.DefaultLimits()
	n := quota.Known[int64]
	rest := func(types []string, millis int64) quota.Result {
		in := quota.Integration{API: "orders", TimeoutMillis: n(millis)}
		if types != nil {
			in.EndpointTypes = quota.KnownStrings(types...)
		}
		return quota.CheckIntegration(l, in)
	}
	stream := func(millis int64) quota.Result {
		return quota.CheckIntegration(l, quota.Integration{EndpointTypes: quota.KnownStrings("EDGE"), Streaming: quota.Known(true), TimeoutMillis: n(millis)})
	}
	http := func(millis int64) quota.Result {
		return quota.CheckIntegration(l, quota.Integration{HTTP: true, TimeoutMillis: n(millis)})
	}
	raised, _ := l.WithOverrides(map[string]float64{"rest_integration_timeout_max_ms": 120000})
	isolated := func(in quota.Integration) quota.Result {
		in.FunctionLinked, in.FunctionName, in.FunctionTenantIsolation = true, quota.Known("tenants"), quota.Known(true)
		return quota.CheckIntegration(l, in)
	}
	header := quota.KnownStringMap(map[string]string{"integration.request.header.X-Amz-Tenant-Id": "context.authorizer.tenant"})
	api := func(a quota.API) quota.Result { a.Name = "orders"; return quota.CheckAPI(l, a) }
	policy := func(k int) quota.Result {
		return quota.CheckRESTAPIPolicy(l, "orders", quota.Known(strings.Repeat("p", k)))
	}
	return map[quota.ID][]quotaCase{
		quota.RESTIntegrationTimeoutMaxMs: {{"Regional, 29,000", rest([]string{"REGIONAL"}, 29000), passes},
			{"Regional, 29,001", rest([]string{"REGIONAL"}, 29001), fails}, {"private, 29,001", rest([]string{"PRIVATE"}, 29001), fails},
			{"Regional, 120,000 with the quota raised to 120,000", quota.CheckIntegration(raised,
				quota.Integration{EndpointTypes: quota.KnownStrings("REGIONAL"), TimeoutMillis: n(120000)}), passes},
			{"an endpoint type not known yet", quota.CheckIntegration(l, quota.Integration{EndpointTypes: quota.Unknown[[]quota.Value[string]](),
				TimeoutMillis: n(60000)}), waits}},
		quota.EdgeIntegrationTimeoutMaxMs: {{"edge, 29,000", rest([]string{"EDGE"}, 29000), passes}, {"edge, 29,001", rest([]string{"EDGE"}, 29001), fails},
			{"no endpoint configuration (edge), 29,001", rest(nil, 29001), fails}},
		quota.StreamingIntegrationTimeoutMaxMs: {{"streamed, 900,000", stream(900000), passes}, {"streamed, 900,001", stream(900001), fails}},
		quota.HTTPIntegrationTimeoutMaxMs:      {{"30,000", http(30000), passes}, {"30,001", http(30001), fails}},
		quota.TenantIsolationHTTPAPI: {{"a shared function", quota.CheckIntegration(l, quota.Integration{HTTP: true, FunctionLinked: true,
			FunctionTenantIsolation: quota.Known(false)}), passes}, {"an isolated function", isolated(quota.Integration{HTTP: true}), fails}},
		quota.TenantIsolationRESTHeader: {{"with the header", isolated(quota.Integration{RequestParameters: header}), passes},
			{"without it", isolated(quota.Integration{}), fails},
			{"parameters not known yet", isolated(quota.Integration{RequestParameters: quota.Unknown[map[string]quota.Value[string]]()}), waits}},
		quota.RESTResourcesMax: {{"300", api(quota.API{Resources: n(300)}), passes}, {"301", api(quota.API{Resources: n(301)}), fails},
			{"290 and some unknown", api(quota.API{Resources: quota.Value[int64]{V: 290, Unknown: true}}), waits}},
		quota.RESTAuthorizersMax: {{"10", api(quota.API{Authorizers: n(10)}), passes}, {"11", api(quota.API{Authorizers: n(11)}), fails}},
		quota.RESTStagesMax:      {{"10", api(quota.API{Stages: n(10)}), passes}, {"11", api(quota.API{Stages: n(11)}), fails}},
		quota.HTTPRoutesMax:      {{"300", api(quota.API{HTTP: true, Routes: n(300)}), passes}, {"301", api(quota.API{HTTP: true, Routes: n(301)}), fails}},
		quota.HTTPIntegrationsMax: {{"300", api(quota.API{HTTP: true, Integrations: n(300)}), passes},
			{"301", api(quota.API{HTTP: true, Integrations: n(301)}), fails}},
		quota.HTTPStagesMax: {{"10", api(quota.API{HTTP: true, Stages: n(10)}), passes}, {"11", api(quota.API{HTTP: true, Stages: n(11)}), fails}},
		quota.RESTPolicyMaxLength: {{"8,192 characters", policy(8192), passes}, {"8,193", policy(8193), fails},
			{"unknown", quota.CheckRESTAPIPolicy(l, "orders", quota.Unknown[string]()), waits}},
	}
}

// A function that runs longer than its integration waits is accepted by
// AWS; the caller gets a 504. A warning, with both numbers.
func TestFunctionOutlivingItsIntegrationWarns(t *testing.T) {
	t.Parallel()
	l := quota.DefaultLimits()
	for name, tc := range map[string]struct {
		in    quota.Integration
		warns bool
	}{
		"29 s against 29,000 ms":        {quota.Integration{FunctionLinked: true, FunctionTimeout: quota.Known[int64](29)}, false},
		"30 s against 29,000 ms":        {quota.Integration{FunctionLinked: true, FunctionTimeout: quota.Known[int64](30)}, true},
		"30 s against an HTTP API's 30": {quota.Integration{HTTP: true, FunctionLinked: true, FunctionTimeout: quota.Known[int64](30)}, false},
		"the default 3 s":               {quota.Integration{FunctionLinked: true}, false},
		"Managed Instances, 3,600 s, stops at 900 s against a streamed 900,000 ms": {quota.Integration{FunctionLinked: true, Streaming: quota.Known(true),
			TimeoutMillis: quota.Known[int64](900000), FunctionTimeout: quota.Known[int64](3600), FunctionManagedInstances: quota.Known(true)}, false},
	} {
		res := quota.CheckIntegration(l, tc.in)
		warned := len(res.Findings) == 1 && res.Findings[0].Kind == quota.Inconsistent
		if warned != tc.warns || len(res.Errors()) > 0 {
			t.Errorf("%s: %+v", name, res.Findings)
		}
	}
}
