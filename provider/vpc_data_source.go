package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var _ datasource.DataSourceWithValidateConfig = &vPCDataSource{}

// vPCDataSource checks the network interfaces one VPC needs.
type vPCDataSource struct {
	checkingDataSource
}

// newVPCDataSource returns the lambdaquota_vpc data source.
func newVPCDataSource() datasource.DataSource {
	return &vPCDataSource{checkingDataSource{
		computed: []string{"lambda_enis", "total_enis", "available_enis"},
		measure: func(dc *decode.Decoder, cfg decode.Val, limits quota.Limits) (quota.Result, map[string]attr.Value) {
			rep := quota.CheckVPC(limits, dc.VPC(cfg))
			return rep.Result, map[string]attr.Value{"lambda_enis": measured(rep.LambdaENIs), "total_enis": measured(rep.TotalENIs), "available_enis": measured(rep.AvailableENIs)}
		},
	}}
}

func (d *vPCDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_vpc"
}

func (d *vPCDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Checks that a VPC has network interfaces for its Lambda functions and EFS mount targets. " +
			"Lambda creates one Hyperplane ENI per distinct pair of subnet and security-group set, and each EFS mount target is " +
			"one ENI; the quota (`enis_per_vpc`, " + number(quota.ENIsPerVPC) + " by default, Service Quotas code L-9FEE3D26) is " +
			"shared by them. Unknown subnet or security group ids are never guessed: only pairs that are certainly distinct count.\n\n" + whenChecked,
		Attributes: map[string]schema.Attribute{
			"vpc_id": schema.StringAttribute{Optional: true, MarkdownDescription: "The VPC, named in messages."},
			"functions": objectsArgument("The Lambda functions in the VPC: a list, or a `for_each` map, of objects with their VPC "+
				"configuration, or the `aws_lambda_function` resources themselves.", map[string]string{
				"subnet_ids":         "the function's subnets",
				"security_group_ids": "the function's security groups, in any order, duplicates allowed",
			}),
			"efs_mount_targets": schema.NumberAttribute{Optional: true, MarkdownDescription: "EFS mount targets in the VPC: one ENI each."},
			"other_enis": schema.NumberAttribute{Optional: true,
				MarkdownDescription: "Other ENIs that count against Lambda's quota, such as Hyperplane ENIs still held by published versions " +
					"of functions not listed here. NAT gateways, load balancers and databases are not known to count toward it."},
			"snapshot": snapshotArgument("the ENIs and EFS mount targets in use in the VPC count, and a subnet and security-group pair " +
				"in use costs nothing new; its applied `enis_per_vpc` replaces the default. Without `vpc_id`, the VPC is the snapshot's " +
				"of the functions' subnets. `efs_mount_targets` and `other_enis` then count what the configuration adds."),
			"lambda_enis":    schema.Int64Attribute{Computed: true, MarkdownDescription: "Hyperplane ENIs the functions need that are not in use yet."},
			"total_enis":     schema.Int64Attribute{Computed: true, MarkdownDescription: "All ENIs counted against the quota."},
			"available_enis": schema.Int64Attribute{Computed: true, MarkdownDescription: "ENIs left under the quota."},
		},
	}
}
