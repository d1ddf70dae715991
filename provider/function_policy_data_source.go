package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var _ datasource.DataSourceWithValidateConfig = &functionPolicyDataSource{}

// functionPolicyDataSource estimates a function's resource-based policy size.
type functionPolicyDataSource struct {
	checkingDataSource
}

// newFunctionPolicyDataSource returns the lambdaquota_function_policy data source.
func newFunctionPolicyDataSource() datasource.DataSource {
	return &functionPolicyDataSource{checkingDataSource{
		computed: []string{"policy_bytes", "available_bytes"},
		measure: func(dc *decode.Decoder, cfg decode.Val, limits quota.Limits) (quota.Result, map[string]attr.Value) {
			rep := quota.CheckPolicy(limits, quota.Policy{FunctionARN: functionARN(dc, cfg), Permissions: dc.Permissions(cfg.Get("permissions"))})
			return rep.Result, map[string]attr.Value{"policy_bytes": measured(rep.PolicyBytes), "available_bytes": measured(rep.AvailableBytes)}
		},
	}}
}

// functionARN is function_arn, or the ARN built from its parts.
func functionARN(dc *decode.Decoder, cfg decode.Val) quota.Value[string] {
	if arn := dc.String(cfg.Get("function_arn")); arn.Set || arn.Unknown {
		return arn
	}
	parts := []quota.Value[string]{dc.String(cfg.Get("region")), dc.String(cfg.Get("account_id")), dc.String(cfg.Get("function_name"))}
	for _, p := range parts {
		if p.Unknown {
			return quota.Unknown[string]()
		}
		if !p.Set {
			return quota.Null[string]()
		}
	}
	return quota.Known(fmt.Sprintf("arn:aws:lambda:%s:%s:function:%s", parts[0].V, parts[1].V, parts[2].V))
}

func (d *functionPolicyDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_function_policy"
}

func (d *functionPolicyDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	optional := func(desc string) schema.StringAttribute {
		return schema.StringAttribute{Optional: true, MarkdownDescription: desc}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Estimates the size of a function's resource-based policy, which grows by one statement with every " +
			"`aws_lambda_permission`, and fails over the " + amount(quota.ResourcePolicyMaxBytes) + " quota (`resource_policy_max_bytes`) naming the largest statements, " +
			"before AWS refuses the next permission with `PolicyLengthExceededException` in the middle of apply. The estimate " +
			"rebuilds the policy document the way Lambda writes it (`{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":[...]}`) " +
			"and counts its compact JSON; permissions added outside this configuration are not seen.\n\n" + whenChecked,
		Attributes: map[string]schema.Attribute{
			"function_arn":  optional("The function's ARN. Set it, or `region`, `account_id` and `function_name` to build it."),
			"region":        optional("The function's Region, to build the ARN."),
			"account_id":    optional("The function's account id, to build the ARN."),
			"function_name": optional("The function's name, to build the ARN."),
			"permissions": objectsArgument("The function's permissions: a list, or a `for_each` map, of objects with the argument "+
				"names of `aws_lambda_permission`, or the `aws_lambda_permission` resources themselves.", permissionArgumentDescriptions()),
			"policy_bytes":    schema.Int64Attribute{Computed: true, MarkdownDescription: "Estimated size of the policy, in bytes."},
			"available_bytes": schema.Int64Attribute{Computed: true, MarkdownDescription: "Bytes left under the quota."},
		},
	}
}

// permissionArgumentDescriptions are the prose of the arguments of each
// permission object, by the attribute table's names.
func permissionArgumentDescriptions() map[string]string {
	return map[string]string{
		"statement_id":             "the statement id, its `Sid`",
		"statement_id_prefix":      "while the statement id is unknown, its prefix: the id is counted as the prefix and 26 characters",
		"action":                   "the action, such as `lambda:InvokeFunction`",
		"principal":                "a service such as `s3.amazonaws.com`, an account id, an ARN or `*`",
		"source_arn":               "written as an `ArnLike` `AWS:SourceArn` condition",
		"source_account":           "written as a `StringEquals` `AWS:SourceAccount` condition",
		"qualifier":                "a version or alias, appended to the resource ARN",
		"principal_org_id":         "written as a `StringEquals` `aws:PrincipalOrgID` condition",
		"event_source_token":       "written as a `StringEquals` `lambda:EventSourceToken` condition",
		"function_url_auth_type":   "written as a `StringEquals` `lambda:FunctionUrlAuthType` condition",
		"invoked_via_function_url": "when true, written as a `Bool` `lambda:InvokedViaFunctionUrl` condition, as a public function URL's `lambda:InvokeFunction` statement needs",
	}
}
