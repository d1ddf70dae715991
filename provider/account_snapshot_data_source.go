package provider

import (
	"context"
	"errors"
	"maps"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/snapshot"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// accountSnapshotDataSource reads an account snapshot: the JSON that
// read-only AWS CLI commands print, in local files.
type accountSnapshotDataSource struct{}

type accountSnapshotModel struct {
	Path                           types.String `tfsdk:"path"`
	Region                         types.String `tfsdk:"region"`
	AccountID                      types.String `tfsdk:"account_id"`
	ConcurrentExecutions           types.Int64  `tfsdk:"concurrent_executions"`
	UnreservedConcurrentExecutions types.Int64  `tfsdk:"unreserved_concurrent_executions"`
	ReservedConcurrentExecutions   types.Int64  `tfsdk:"reserved_concurrent_executions"`
	CodeStorageBytes               types.Int64  `tfsdk:"code_storage_bytes"`
	FunctionCount                  types.Int64  `tfsdk:"function_count"`
	Quotas                         types.Map    `tfsdk:"quotas"`
	VPCs                           types.Map    `tfsdk:"vpcs"`
	FunctionNames                  types.List   `tfsdk:"function_names"`
}

var vpcInUseType = types.ObjectType{AttrTypes: map[string]attr.Type{
	"lambda_enis": types.Int64Type, "efs_mount_targets": types.Int64Type, "total_enis": types.Int64Type, "other_account_enis": types.Int64Type,
}}

func newAccountSnapshotDataSource() datasource.DataSource { return &accountSnapshotDataSource{} }

func (d *accountSnapshotDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_account_snapshot"
}

// snapshotArgument is the argument of the data sources that count an
// account snapshot beside what they check.
func snapshotArgument(counts string) schema.DynamicAttribute {
	return schema.DynamicAttribute{Optional: true, MarkdownDescription: "A [`lambdaquota_account_snapshot`](account_snapshot) " +
		"data source: " + counts + " See the Account snapshots guide."}
}

func (d *accountSnapshotDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	count := func(desc string) schema.Int64Attribute {
		return schema.Int64Attribute{Computed: true, MarkdownDescription: desc + " Null without `aws lambda get-account-settings`' output."}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Reads an account snapshot: the unmodified `--output json` of read-only AWS CLI commands for one account " +
			"and Region, in local files, so that checks count what the rest of the account already spends. Pass the data source " +
			"as `snapshot` to `lambdaquota_vpc`, `lambdaquota_account`, `lambdaquota_functions` and the options of `check_functions` " +
			"and `functions_violations`. Each file is recognised by its shape, never by its name, and may hold the output of:\n\n" +
			"- `" + strings.Join(snapshot.Commands, "`\n- `") + "`\n\n" +
			"A file of any other shape, one page of a paginated output, two Regions or accounts mixed, or an ENI without a VPC " +
			"is an error naming the file: nothing is guessed. The provider stays offline: it never calls AWS.",
		Attributes: map[string]schema.Attribute{
			"path": schema.StringAttribute{Required: true, MarkdownDescription: "A file, or a folder of files (hidden files left out), " +
				"relative to the working directory, as `filename` is: use `${path.module}/snapshot`."},
			"region": schema.StringAttribute{Optional: true, Computed: true, MarkdownDescription: "The snapshot's Region: read from the ARNs " +
				"and availability zones in the files; set it when the files name none (get-account-settings' output alone). " +
				"A file in another Region is an error."},
			"account_id":                       schema.StringAttribute{Computed: true, MarkdownDescription: "The account, from the ARNs and owner ids in the files."},
			"concurrent_executions":            count("The account's concurrency quota in the Region (`AccountLimit.ConcurrentExecutions`)."),
			"unreserved_concurrent_executions": count("The concurrency not reserved or provisioned (`AccountLimit.UnreservedConcurrentExecutions`)."),
			"reserved_concurrent_executions":   count("The concurrency reserved and provisioned today: the two above subtracted."),
			"code_storage_bytes":               count("The code the account stores in the Region (`AccountUsage.TotalCodeSize`)."),
			"function_count":                   count("The account's functions in the Region (`AccountUsage.FunctionCount`)."),
			"quotas": schema.MapAttribute{ElementType: types.Int64Type, Computed: true, MarkdownDescription: "The account's applied " +
				"quota values by id, from `list-service-quotas` and `AccountLimit`; they replace the catalog's defaults in the checks " +
				"that take the snapshot, and a value stated in the provider's `quotas` still wins."},
			"vpcs": schema.MapNestedAttribute{Computed: true, MarkdownDescription: "What spends ENIs in each VPC, by VPC id. Null " +
				"without `describe-network-interfaces`' and `describe-mount-targets`' outputs.",
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"lambda_enis":       schema.Int64Attribute{Computed: true, MarkdownDescription: "Lambda's Hyperplane ENIs in use."},
					"efs_mount_targets": schema.Int64Attribute{Computed: true, MarkdownDescription: "EFS mount targets, one ENI each."},
					"total_enis":        schema.Int64Attribute{Computed: true, MarkdownDescription: "Both, as they count against `enis_per_vpc`."},
					"other_account_enis": schema.Int64Attribute{Computed: true, MarkdownDescription: "Lambda ENIs of other accounts in a " +
						"shared VPC, as its owner's `describe-network-interfaces` lists them: they count against those accounts' own quotas, not this one's."},
				}}},
			"function_names": schema.ListAttribute{ElementType: types.StringType, Computed: true,
				MarkdownDescription: "The deployed functions, sorted. Null without `aws lambda list-functions`' output."},
		},
	}
}

func (d *accountSnapshotDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m accountSnapshotModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	s, err := snapshot.ReadOnce(m.Path.ValueString(), m.Region.ValueString())
	if err != nil {
		detail := err.Error()
		var se *snapshot.Error
		if errors.As(err, &se) {
			detail = "The account snapshot file " + se.File + " cannot be read: " + se.Reason + "."
		}
		resp.Diagnostics.AddAttributeError(path.Root("path"), "Unreadable Account Snapshot", detail)
		return
	}
	for _, n := range s.Notes {
		resp.Diagnostics.AddAttributeWarning(path.Root("path"), "Account Snapshot Value Passed Over", n+".")
	}
	m.Region, m.AccountID = types.StringValue(s.Region), types.StringNull()
	if s.Account != "" {
		m.AccountID = types.StringValue(s.Account)
	}
	m.ConcurrentExecutions, m.UnreservedConcurrentExecutions, m.ReservedConcurrentExecutions = types.Int64Null(), types.Int64Null(), types.Int64Null()
	m.CodeStorageBytes, m.FunctionCount = types.Int64Null(), types.Int64Null()
	if st := s.Settings; st != nil {
		m.ConcurrentExecutions, m.UnreservedConcurrentExecutions = types.Int64Value(st.ConcurrentExecutions), types.Int64Value(st.UnreservedConcurrentExecutions)
		m.ReservedConcurrentExecutions = types.Int64Value(st.Reserved())
		m.CodeStorageBytes, m.FunctionCount = types.Int64Value(st.TotalCodeSize), types.Int64Value(st.FunctionCount)
	}
	// The applied values as the checks take them: by the provider's rules.
	quotas := map[string]attr.Value{}
	applied := quota.DefaultLimits().WithApplied(s.Applied, s.Source)
	for id := range s.Applied {
		if v := applied.Value(id); v == s.Applied[id] {
			quotas[string(id)] = types.Int64Value(v)
		}
	}
	m.Quotas = types.MapValueMust(types.Int64Type, quotas)
	m.VPCs = types.MapNull(vpcInUseType)
	if s.ENIs || s.MountTargets {
		vpcs := map[string]attr.Value{}
		for id, v := range s.VPCs {
			enis, mts := v.LambdaENIs(), int64(len(v.MountTargets))
			vpcs[id] = types.ObjectValueMust(vpcInUseType.AttrTypes, map[string]attr.Value{
				"lambda_enis": types.Int64Value(enis), "efs_mount_targets": types.Int64Value(mts), "total_enis": types.Int64Value(enis + mts),
				"other_account_enis": types.Int64Value(v.OtherAccounts)})
		}
		m.VPCs = types.MapValueMust(vpcInUseType, vpcs)
	}
	m.FunctionNames = types.ListNull(types.StringType)
	if s.Functions != nil {
		names := make([]attr.Value, 0, len(s.Functions))
		for _, n := range slices.Sorted(maps.Keys(s.Functions)) {
			names = append(names, types.StringValue(n))
		}
		m.FunctionNames = types.ListValueMust(types.StringType, names)
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
