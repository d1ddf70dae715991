package plancheck

import (
	"strings"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// apis are the plan's REST or HTTP APIs, indexed by id and by address.
type apis struct {
	rs     []tfplan.Resource
	byID   map[string]int
	byAddr map[string]int
}

func (c *checker) indexAPIs(rs []tfplan.Resource) apis {
	a := apis{byID: map[string]int{}, byAddr: map[string]int{}}
	for _, r := range rs {
		if r.Mode != "managed" {
			continue
		}
		i := len(a.rs)
		a.rs = append(a.rs, r)
		a.byAddr[r.Address] = i
		if id := (&decode.Decoder{}).String(decode.New(r.Value(), r.Address).Get("id")); id.IsKnown() {
			a.byID[id.V] = i
		}
	}
	return a
}

// apiOf is the API a member names in attr, by the API's id or, while the
// id is unknown, by the reference that gives it; -1 when neither tells.
func (c *checker) apiOf(a apis, r tfplan.Resource, attr string) int {
	v := decode.New(r.Value(), r.Address)
	if id := (&decode.Decoder{}).String(v.Get(attr)); id.IsKnown() {
		if i, ok := a.byID[id.V]; ok {
			return i
		}
	}
	if i, ok := a.byAddr[c.opts.Source.Link(r, attr)]; ok {
		return i
	}
	return -1
}

// apiGateway checks API Gateway where it meets Lambda: each integration
// being created or changed against its API's limits and the function it
// invokes, each API's counts when a member changes, and REST APIs'
// resource policies.
func (c *checker) apiGateway(byType map[string][]tfplan.Resource) {
	rest, http := c.indexAPIs(byType["aws_api_gateway_rest_api"]), c.indexAPIs(byType["aws_apigatewayv2_api"])
	for _, r := range byType["aws_api_gateway_integration"] {
		if r.Mode == "managed" && r.Action.Changed() {
			c.integration(r, rest, false, "rest_api_id", "uri")
		}
	}
	for _, r := range byType["aws_apigatewayv2_integration"] {
		if r.Mode == "managed" && r.Action.Changed() {
			c.integration(r, http, true, "api_id", "integration_uri")
		}
	}
	c.apiCounts(rest, false, map[string]string{"aws_api_gateway_resource": "rest_api_id", "aws_api_gateway_stage": "rest_api_id",
		"aws_api_gateway_authorizer": "rest_api_id"}, byType)
	c.apiCounts(http, true, map[string]string{"aws_apigatewayv2_route": "api_id", "aws_apigatewayv2_integration": "api_id",
		"aws_apigatewayv2_stage": "api_id"}, byType)
	for _, r := range rest.rs {
		if r.Action.Changed() {
			v := decode.New(r.Value(), r.Address)
			c.add(r.Address, nil, quota.CheckRESTAPIPolicy(c.opts.Limits, r.Address, (&decode.Decoder{}).String(v.Get("policy"))))
		}
	}
	for _, r := range byType["aws_api_gateway_rest_api_policy"] {
		if r.Mode == "managed" && r.Action.Changed() {
			v := decode.New(r.Value(), r.Address)
			c.add(r.Address, nil, quota.CheckRESTAPIPolicy(c.opts.Limits, r.Address, (&decode.Decoder{}).String(v.Get("policy"))))
		}
	}
}

// integration checks one integration.
func (c *checker) integration(r tfplan.Resource, a apis, http bool, apiAttr, uriAttr string) {
	v := decode.New(c.withDefaults(r), r.Address)
	dc := &decode.Decoder{}
	in := dc.Integration(v, http)
	in.API = "(not in the plan)"
	if i := c.apiOf(a, r, apiAttr); i >= 0 {
		in.API = a.rs[i].Address
		if !http {
			in.EndpointTypes = dc.EndpointTypes(decode.New(a.rs[i].Value(), a.rs[i].Address))
		}
	} else if !http {
		// Another configuration's API: its endpoint type is not known.
		in.EndpointTypes = quota.Unknown[[]quota.Value[string]]()
	}
	c.decodeErrors(r.Address, dc)
	if i := c.integrationFunction(r, dc.String(v.Get(uriAttr)), uriAttr); i >= 0 {
		fn := c.fleet.Functions[i].Function
		in.FunctionLinked = true
		in.FunctionName, in.FunctionTimeout = fn.Name, fn.Timeout
		in.FunctionTenantIsolation, in.FunctionManagedInstances = fn.TenantIsolation, fn.ManagedInstances
	}
	c.add(r.Address, nil, quota.CheckIntegration(c.opts.Limits, in))
}

// integrationFunction is the function an integration's URI invokes: a
// function ARN (an HTTP API's integration_uri) or its invoke ARN
// (arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/ARN/invocations),
// matched by the ARN without a qualifier, or by the reference that gives it.
func (c *checker) integrationFunction(r tfplan.Resource, uri quota.Value[string], attr string) int {
	if uri.IsKnown() {
		arn := uri.V
		if i := strings.Index(arn, "/functions/"); i >= 0 {
			arn = strings.TrimSuffix(arn[i+len("/functions/"):], "/invocations")
		}
		if parts := strings.Split(arn, ":"); len(parts) > 7 {
			arn = strings.Join(parts[:7], ":")
		}
		if i, ok := c.byARN[arn]; ok {
			return i
		}
		return -1
	}
	if i, ok := c.byAddr[c.opts.Source.Link(r, attr)]; ok {
		return i
	}
	return -1
}

// apiCounts counts each API's members of the given types, and checks the
// counts of an API a changed member or the API itself belongs to. A member
// whose API cannot be told may belong to any: the APIs' counts are then at
// least what is known.
func (c *checker) apiCounts(a apis, http bool, members map[string]string, byType map[string][]tfplan.Resource) {
	counts := make([]quota.API, len(a.rs))
	changed := make([]string, len(a.rs))
	for i, r := range a.rs {
		counts[i] = quota.API{Name: r.Address, HTTP: http}
		if r.Action.Changed() {
			changed[i] = r.Address
		}
	}
	unlinked := false
	for typ, attr := range members {
		for _, r := range byType[typ] {
			if r.Mode != "managed" {
				continue
			}
			i := c.apiOf(a, r, attr)
			if i < 0 {
				unlinked = true
				continue
			}
			n := &counts[i].Stages
			switch typ {
			case "aws_api_gateway_resource":
				n = &counts[i].Resources
			case "aws_apigatewayv2_route":
				n = &counts[i].Routes
			case "aws_apigatewayv2_integration":
				n = &counts[i].Integrations
			case "aws_api_gateway_authorizer":
				n = &counts[i].Authorizers
			}
			n.Set = true
			n.V++
			if r.Action.Changed() && changed[i] == "" {
				changed[i] = r.Address
			}
		}
	}
	for i := range counts {
		if changed[i] == "" {
			continue
		}
		if unlinked {
			for _, n := range []*quota.Value[int64]{&counts[i].Resources, &counts[i].Stages, &counts[i].Routes, &counts[i].Integrations, &counts[i].Authorizers} {
				n.Unknown = true
			}
		}
		c.add(changed[i], nil, quota.CheckAPI(c.opts.Limits, counts[i]))
	}
}
