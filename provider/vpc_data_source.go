package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var _ datasource.DataSourceWithConfigure = &VPCDataSource{}

// VPCDataSource checks the network interfaces one VPC needs.
type VPCDataSource struct {
	limitsFromProvider
}

// VPCDataSourceModel is the data source's configuration and state.
type VPCDataSourceModel struct {
	VPCID           types.String       `tfsdk:"vpc_id"`
	Functions       []VPCFunctionModel `tfsdk:"functions"`
	EFSMountTargets types.Number       `tfsdk:"efs_mount_targets"`
	OtherENIs       types.Number       `tfsdk:"other_enis"`
	LambdaENIs      types.Int64        `tfsdk:"lambda_enis"`
	TotalENIs       types.Int64        `tfsdk:"total_enis"`
	AvailableENIs   types.Int64        `tfsdk:"available_enis"`
}

// VPCFunctionModel is one function's VPC configuration.
type VPCFunctionModel struct {
	SubnetIDs        types.List `tfsdk:"subnet_ids"`
	SecurityGroupIDs types.List `tfsdk:"security_group_ids"`
}

// NewVPCDataSource returns the lambdaquota_vpc data source.
func NewVPCDataSource() datasource.DataSource {
	return &VPCDataSource{}
}

func (d *VPCDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_vpc"
}

func (d *VPCDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Checks that a VPC has network interfaces for its Lambda functions, EFS mount targets and everything else. " +
			"Lambda creates one Hyperplane ENI per distinct pair of subnet and security-group set; the VPC's quota (250 by default, " +
			"Service Quotas code L-9FEE3D26) is shared with EFS, interface endpoints, NAT gateways, load balancers and databases.",
		Attributes: map[string]schema.Attribute{
			"vpc_id": schema.StringAttribute{Optional: true, MarkdownDescription: "The VPC, named in messages."},
			"functions": schema.ListNestedAttribute{
				Optional:            true,
				Validators:          []validator.List{listvalidator.NoNullValues()},
				MarkdownDescription: "The VPC configuration of each Lambda function in the VPC.",
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"subnet_ids":         schema.ListAttribute{ElementType: types.StringType, Optional: true, MarkdownDescription: "The function's subnets."},
					"security_group_ids": schema.ListAttribute{ElementType: types.StringType, Optional: true, MarkdownDescription: "The function's security groups; order and duplicates do not matter."},
				}},
			},
			"efs_mount_targets": schema.NumberAttribute{Optional: true, Validators: []validator.Number{wholeNumber()}, MarkdownDescription: "EFS mount targets in the VPC: one ENI each."},
			"other_enis": schema.NumberAttribute{Optional: true, Validators: []validator.Number{wholeNumber()},
				MarkdownDescription: "Other ENIs in the VPC: interface endpoints (one per subnet), NAT gateways, load balancers, databases, and ENIs created outside this configuration."},
			"lambda_enis":    schema.Int64Attribute{Computed: true, MarkdownDescription: "Hyperplane ENIs the functions need."},
			"total_enis":     schema.Int64Attribute{Computed: true, MarkdownDescription: "All ENIs the VPC needs."},
			"available_enis": schema.Int64Attribute{Computed: true, MarkdownDescription: "ENIs left under the quota."},
		},
	}
}

func (d *VPCDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m VPCDataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	fns := make([]quota.VPCFunction, len(m.Functions))
	for i, f := range m.Functions {
		fns[i] = quota.VPCFunction{SubnetIDs: stringList(f.SubnetIDs), SecurityGroupIDs: stringList(f.SecurityGroupIDs)}
	}
	rep := quota.CheckVPC(d.limits(), quota.VPC{
		ID:              m.VPCID.ValueString(),
		Functions:       quota.Known(fns),
		EFSMountTargets: numberValue(m.EFSMountTargets),
		OtherENIs:       numberValue(m.OtherENIs),
	})
	d.report(&resp.Diagnostics, rep.Result)
	if resp.Diagnostics.HasError() {
		return
	}
	m.LambdaENIs = measured(rep.LambdaENIs)
	m.TotalENIs = measured(rep.TotalENIs)
	m.AvailableENIs = measured(rep.AvailableENIs)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
