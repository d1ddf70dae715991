package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var _ datasource.DataSourceWithConfigure = &FunctionPolicyDataSource{}

// FunctionPolicyDataSource estimates a function's resource-based policy size.
type FunctionPolicyDataSource struct {
	limitsFromProvider
}

// FunctionPolicyDataSourceModel is the data source's configuration and state.
type FunctionPolicyDataSourceModel struct {
	FunctionARN    types.String      `tfsdk:"function_arn"`
	Region         types.String      `tfsdk:"region"`
	AccountID      types.String      `tfsdk:"account_id"`
	FunctionName   types.String      `tfsdk:"function_name"`
	Permissions    []PermissionModel `tfsdk:"permissions"`
	PolicyBytes    types.Int64       `tfsdk:"policy_bytes"`
	AvailableBytes types.Int64       `tfsdk:"available_bytes"`
}

// PermissionModel has the argument names of aws_lambda_permission.
type PermissionModel struct {
	StatementID         types.String `tfsdk:"statement_id"`
	Action              types.String `tfsdk:"action"`
	Principal           types.String `tfsdk:"principal"`
	SourceARN           types.String `tfsdk:"source_arn"`
	SourceAccount       types.String `tfsdk:"source_account"`
	Qualifier           types.String `tfsdk:"qualifier"`
	PrincipalOrgID      types.String `tfsdk:"principal_org_id"`
	EventSourceToken    types.String `tfsdk:"event_source_token"`
	FunctionURLAuthType types.String `tfsdk:"function_url_auth_type"`
}

// NewFunctionPolicyDataSource returns the lambdaquota_function_policy data source.
func NewFunctionPolicyDataSource() datasource.DataSource {
	return &FunctionPolicyDataSource{}
}

func (d *FunctionPolicyDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_function_policy"
}

func (d *FunctionPolicyDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	optional := func(desc string) schema.StringAttribute {
		return schema.StringAttribute{Optional: true, MarkdownDescription: desc}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Estimates the size of a function's resource-based policy, which grows by one statement with every " +
			"`aws_lambda_permission`, and fails over the 20 KB quota (`resource_policy_max_bytes`) naming the largest statements, " +
			"before AWS refuses the next permission with `PolicyLengthExceededException` in the middle of apply. The estimate " +
			"rebuilds the policy document the way Lambda writes it (`{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":[...]}`) " +
			"and counts its compact JSON; permissions added outside this configuration are not seen.",
		Attributes: map[string]schema.Attribute{
			"function_arn":  optional("The function's ARN. Set it, or `region`, `account_id` and `function_name` to build it."),
			"region":        optional("The function's Region, to build the ARN."),
			"account_id":    optional("The function's account id, to build the ARN."),
			"function_name": optional("The function's name, to build the ARN."),
			"permissions": schema.ListNestedAttribute{
				Optional:            true,
				Validators:          []validator.List{listvalidator.NoNullValues()},
				MarkdownDescription: "The function's permissions, with the argument names of `aws_lambda_permission`.",
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"statement_id":           optional("The statement id (`Sid`)."),
					"action":                 optional("The action, such as `lambda:InvokeFunction`."),
					"principal":              optional("A service (`s3.amazonaws.com`), an account id, an ARN or `*`."),
					"source_arn":             optional("Written as an `ArnLike` `AWS:SourceArn` condition."),
					"source_account":         optional("Written as a `StringEquals` `AWS:SourceAccount` condition."),
					"qualifier":              optional("A version or alias, appended to the resource ARN."),
					"principal_org_id":       optional("Written as a `StringEquals` `aws:PrincipalOrgID` condition."),
					"event_source_token":     optional("Written as a `StringEquals` `lambda:EventSourceToken` condition."),
					"function_url_auth_type": optional("Written as a `StringEquals` `lambda:FunctionUrlAuthType` condition."),
				}},
			},
			"policy_bytes":    schema.Int64Attribute{Computed: true, MarkdownDescription: "Estimated size of the policy, in bytes."},
			"available_bytes": schema.Int64Attribute{Computed: true, MarkdownDescription: "Bytes left under the quota."},
		},
	}
}

func (d *FunctionPolicyDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m FunctionPolicyDataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	arn := m.FunctionARN.ValueString()
	if m.FunctionARN.IsNull() {
		if m.Region.IsNull() || m.AccountID.IsNull() || m.FunctionName.IsNull() {
			resp.Diagnostics.AddAttributeError(path.Root("function_arn"), "Missing Function ARN",
				"Set function_arn, or region, account_id and function_name, so that the policy's Resource can be written.")
			return
		}
		arn = fmt.Sprintf("arn:aws:lambda:%s:%s:function:%s", m.Region.ValueString(), m.AccountID.ValueString(), m.FunctionName.ValueString())
	}
	perms := make([]quota.Permission, len(m.Permissions))
	for i, p := range m.Permissions {
		perms[i] = quota.Permission{
			StatementID: stringValue(p.StatementID), Action: stringValue(p.Action), Principal: stringValue(p.Principal),
			SourceARN: stringValue(p.SourceARN), SourceAccount: stringValue(p.SourceAccount), Qualifier: stringValue(p.Qualifier),
			PrincipalOrgID: stringValue(p.PrincipalOrgID), EventSourceToken: stringValue(p.EventSourceToken),
			FunctionURLAuthType: stringValue(p.FunctionURLAuthType),
		}
	}
	rep := quota.CheckPolicy(d.limits(), quota.Policy{FunctionARN: quota.Known(arn), Permissions: quota.Known(perms)})
	d.report(&resp.Diagnostics, rep.Result)
	if resp.Diagnostics.HasError() {
		return
	}
	m.PolicyBytes = measured(rep.PolicyBytes)
	m.AvailableBytes = measured(rep.AvailableBytes)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
