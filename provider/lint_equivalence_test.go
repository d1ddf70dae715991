package provider

import (
	"context"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/zclconf/go-cty/cty"
	ctymsgpack "github.com/zclconf/go-cty/cty/msgpack"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/boundary"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/lintrules"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// For every rule of the TFLint ruleset, the ruleset and the provider's
// check function give the same verdict, with the same title, on the same
// literal configuration: each rule's boundary, at the quota and one past.
func TestLintRulesAgreeWithCheckFunctions(t *testing.T) {
	t.Parallel()
	server, err := testAccProtoV6ProviderFactories["lambdaquota"]()
	if err != nil {
		t.Fatal(err)
	}
	rows := boundary.ResourceRows(t, lintrules.RuleIDs())
	for _, id := range lintrules.RuleIDs() {
		if reason := withoutCheckFunction[id]; reason != "" {
			continue
		}
		rule := lintrules.RulePrefix + string(id)
		for i, resources := range rows[id] {
			where := [...]string{"at the quota", "one past it"}[i]
			var lintTitle string
			for _, is := range lintIssues(t, boundary.HCL(resources)) {
				if is.Rule.Name() == rule {
					lintTitle, _, _ = strings.Cut(is.Message, ": ")
				}
			}
			fn, args := checkCall(t, resources)
			resp, err := server.CallFunction(context.Background(), &tfprotov6.CallFunctionRequest{Name: fn, Arguments: args})
			if err != nil {
				t.Fatal(err)
			}
			providerFails := resp.Error != nil
			if (lintTitle != "") != providerFails {
				t.Errorf("%s %s: the ruleset fails it: %v; %s fails it: %v (%v)", rule, where, lintTitle != "", fn, providerFails, resp.Error)
				continue
			}
			if providerFails && !strings.Contains(resp.Error.Text, lintTitle) {
				t.Errorf("%s %s: %s says %q, without the ruleset's %q", rule, where, fn, resp.Error.Text, lintTitle)
			}
		}
	}
}

// withoutCheckFunction are the ruleset's quotas no check function decides,
// each with why; the saved-plan check decides them too.
var withoutCheckFunction = map[quota.ID]string{
	quota.RESTResourcesMax:    "an API's resources together",
	quota.RESTStagesMax:       "an API's stages together",
	quota.RESTAuthorizersMax:  "an API's authorizers together",
	quota.HTTPRoutesMax:       "an API's routes together",
	quota.HTTPIntegrationsMax: "an API's integrations together",
	quota.HTTPStagesMax:       "an API's stages together",
	quota.RESTPolicyMaxLength: "a REST API's policy, which no check function takes",
}

func lintIssues(t *testing.T, config string) helper.Issues {
	t.Helper()
	runner := helper.TestRunner(t, map[string]string{"main.tf": config})
	if err := lintrules.New("test").Check(runner); err != nil {
		t.Fatal(err)
	}
	return runner.Issues
}

// checkCall is the provider function that checks resources, with its
// arguments: check_function for a function (with the provisioned
// concurrency of its configuration as an option), check_functions for
// several, check_layer for a layer, check_permissions for a permission.
func checkCall(t *testing.T, resources []boundary.Resource) (string, []*tfprotov6.DynamicValue) {
	t.Helper()
	arg := func(v cty.Value) *tfprotov6.DynamicValue {
		b, err := ctymsgpack.Marshal(v, cty.DynamicPseudoType)
		if err != nil {
			t.Fatal(err)
		}
		return &tfprotov6.DynamicValue{MsgPack: b}
	}
	byType := map[string][]cty.Value{}
	for _, r := range resources {
		byType[r.Type] = append(byType[r.Type], cty.ObjectVal(r.Values))
	}
	fns := byType["aws_lambda_function"]
	null := cty.NullVal(cty.DynamicPseudoType)
	switch {
	case len(byType["aws_api_gateway_integration"]) == 1:
		return "check_integration", []*tfprotov6.DynamicValue{arg(byType["aws_api_gateway_integration"][0]),
			arg(byType["aws_api_gateway_rest_api"][0]), arg(fns[0])}
	case len(byType["aws_apigatewayv2_integration"]) == 1:
		return "check_integration", []*tfprotov6.DynamicValue{arg(byType["aws_apigatewayv2_integration"][0]), arg(null), arg(fns[0])}
	case len(byType["aws_lambda_layer_version"]) == 1:
		return "check_layer", []*tfprotov6.DynamicValue{arg(byType["aws_lambda_layer_version"][0])}
	case len(byType["aws_lambda_permission"]) > 0:
		return "check_permissions", []*tfprotov6.DynamicValue{arg(cty.StringVal("arn:aws:lambda:us-east-1:123456789012:function:api")),
			arg(cty.TupleVal(byType["aws_lambda_permission"]))}
	case len(fns) > 1:
		return "check_functions", []*tfprotov6.DynamicValue{arg(cty.TupleVal(fns))}
	case len(fns) == 1:
		opts := map[string]cty.Value{}
		for _, p := range byType["aws_lambda_provisioned_concurrency_config"] {
			opts["provisioned_concurrent_executions"] = p.GetAttr("provisioned_concurrent_executions")
		}
		args := []*tfprotov6.DynamicValue{arg(fns[0])}
		if len(opts) > 0 {
			args = append(args, arg(cty.ObjectVal(opts)))
		}
		return "check_function", args
	}
	t.Fatalf("no check function for %v", slices.Collect(maps.Keys(byType)))
	return "", nil
}
