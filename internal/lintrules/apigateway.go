package lintrules

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// integrationRules are the quotas of an API Gateway integration one module
// decides: its timeout against its API's endpoint type, and its routing to
// the function it invokes, each linked by the reference that names it.
var integrationRules = []quota.ID{quota.RESTIntegrationTimeoutMaxMs, quota.EdgeIntegrationTimeoutMaxMs,
	quota.StreamingIntegrationTimeoutMaxMs, quota.HTTPIntegrationTimeoutMaxMs, quota.TenantIsolationHTTPAPI, quota.TenantIsolationRESTHeader}

// apiRules are the quotas of an API's members and policy one module
// decides: its members are linked to it by the references of their
// rest_api_id or api_id.
var apiRules = []quota.ID{quota.RESTResourcesMax, quota.RESTStagesMax, quota.RESTAuthorizersMax, quota.HTTPRoutesMax,
	quota.HTTPIntegrationsMax, quota.HTTPStagesMax, quota.RESTPolicyMaxLength}

// apis counts each API's members in the module and checks the counts and
// the REST APIs' resource policies. A member whose API is not one of the
// module's single-instance APIs (another module's, a variable's) may be
// any's: the counts are then at least what is known.
func (m *moduleRunner) apis(add func(resource, quota.Finding)) error {
	for _, http := range []bool{false, true} {
		apiType, attr := "aws_api_gateway_rest_api", "rest_api_id"
		members := []string{"aws_api_gateway_resource", "aws_api_gateway_stage", "aws_api_gateway_authorizer"}
		if http {
			apiType, attr = "aws_apigatewayv2_api", "api_id"
			members = []string{"aws_apigatewayv2_route", "aws_apigatewayv2_integration", "aws_apigatewayv2_stage"}
		}
		apis, err := m.read(apiType)
		if err != nil {
			return err
		}
		index := byBlock(apis)
		counts := make([]quota.API, len(apis))
		for i, a := range apis {
			counts[i] = quota.API{Name: resourceName(a), HTTP: http}
		}
		unlinked := false
		for _, typ := range members {
			rs, err := m.read(typ)
			if err != nil {
				return err
			}
			for _, r := range rs {
				i, ok := index[referenced(r, attr)]
				if !ok || i < 0 {
					unlinked = true
					continue
				}
				n := map[string]*quota.Value[int64]{"aws_api_gateway_resource": &counts[i].Resources, "aws_api_gateway_stage": &counts[i].Stages,
					"aws_api_gateway_authorizer": &counts[i].Authorizers, "aws_apigatewayv2_route": &counts[i].Routes,
					"aws_apigatewayv2_integration": &counts[i].Integrations, "aws_apigatewayv2_stage": &counts[i].Stages}[typ]
				n.Set = true
				n.V++
			}
		}
		for i, a := range apis {
			if unlinked {
				for _, n := range []*quota.Value[int64]{&counts[i].Resources, &counts[i].Stages, &counts[i].Authorizers, &counts[i].Routes, &counts[i].Integrations} {
					n.Unknown = true
				}
			}
			for _, f := range quota.CheckAPI(m.limits, counts[i]).Findings {
				add(a, f)
			}
			if !http {
				policy := (&decode.Decoder{}).String(decode.New(a.value, resourceName(a)).Get("policy"))
				for _, f := range quota.CheckRESTAPIPolicy(m.limits, resourceName(a), policy).Findings {
					add(a, f)
				}
			}
		}
	}
	policies, err := m.read("aws_api_gateway_rest_api_policy")
	if err != nil {
		return err
	}
	for _, r := range policies {
		policy := (&decode.Decoder{}).String(decode.New(r.value, resourceName(r)).Get("policy"))
		for _, f := range quota.CheckRESTAPIPolicy(m.limits, resourceName(r), policy).Findings {
			add(r, f)
		}
	}
	return nil
}

// referenced is the resource block an argument's expression refers to,
// "type.name", or "".
func referenced(r resource, attr string) string {
	a, ok := r.block.Body.Attributes[attr]
	if !ok {
		return ""
	}
	traversal, diags := hcl.AbsTraversalForExpr(a.Expr)
	if diags.HasErrors() || len(traversal) < 2 {
		return ""
	}
	name, ok := traversal[1].(hcl.TraverseAttr)
	if !ok {
		return ""
	}
	return traversal.RootName() + "." + name.Name
}

// byBlock indexes resources by "type.name", with -1 for a block of several
// instances (count, for_each), which one reference does not single out.
func byBlock(rs []resource) map[string]int {
	out := map[string]int{}
	for i, r := range rs {
		key := r.block.Labels[0] + "." + r.block.Labels[1]
		if _, seen := out[key]; seen {
			out[key] = -1
			continue
		}
		out[key] = i
	}
	return out
}

// integrations checks the module's API Gateway integrations.
func (m *moduleRunner) integrations(functions []resource, add func(resource, quota.Finding)) error {
	fnIndex := byBlock(functions)
	for _, http := range []bool{false, true} {
		typ, apiType, apiAttr, uriAttr := "aws_api_gateway_integration", "aws_api_gateway_rest_api", "rest_api_id", "uri"
		if http {
			typ, apiType, apiAttr, uriAttr = "aws_apigatewayv2_integration", "aws_apigatewayv2_api", "api_id", "integration_uri"
		}
		integrations, err := m.read(typ)
		if err != nil {
			return err
		}
		if len(integrations) == 0 {
			continue
		}
		apis, err := m.read(apiType)
		if err != nil {
			return err
		}
		apiIndex := byBlock(apis)
		for _, r := range integrations {
			dc := &decode.Decoder{}
			in := dc.Integration(decode.New(r.value, resourceName(r)), http)
			if !http {
				in.EndpointTypes = quota.Unknown[[]quota.Value[string]]()
				if i, ok := apiIndex[referenced(r, apiAttr)]; ok && i >= 0 {
					in.EndpointTypes = dc.EndpointTypes(decode.New(apis[i].value, resourceName(apis[i])))
				}
			}
			if i, ok := fnIndex[referenced(r, uriAttr)]; ok && i >= 0 {
				f := dc.Function(decode.New(functions[i].value, resourceName(functions[i])), decode.New(cty.NullVal(cty.DynamicPseudoType), "options"))
				in.FunctionLinked = true
				in.FunctionName, in.FunctionTimeout, in.FunctionTenantIsolation, in.FunctionManagedInstances = f.Name, f.Timeout, f.TenantIsolation, f.ManagedInstances
			}
			for _, f := range quota.CheckIntegration(m.limits, in).Findings {
				add(r, f)
			}
		}
	}
	return nil
}
