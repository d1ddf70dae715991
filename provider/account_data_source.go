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

var _ datasource.DataSourceWithConfigure = &AccountDataSource{}

// AccountDataSource checks a Region's account-wide Lambda quotas.
type AccountDataSource struct {
	limitsFromProvider
}

// AccountDataSourceModel is the data source's configuration and state.
type AccountDataSourceModel struct {
	ReservedConcurrentExecutions types.List   `tfsdk:"reserved_concurrent_executions"`
	PackageFilenames             types.List   `tfsdk:"package_filenames"`
	ExistingCodeStorageBytes     types.Number `tfsdk:"existing_code_storage_bytes"`
	ReservedConcurrencyTotal     types.Int64  `tfsdk:"reserved_concurrency_total"`
	UnreservedConcurrency        types.Int64  `tfsdk:"unreserved_concurrency"`
	CodeStorageBytes             types.Int64  `tfsdk:"code_storage_bytes"`
}

// NewAccountDataSource returns the lambdaquota_account data source.
func NewAccountDataSource() datasource.DataSource {
	return &AccountDataSource{}
}

func (d *AccountDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_account"
}

func (d *AccountDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Checks a Region's account-wide Lambda quotas: the sum of reserved concurrency must leave the unreserved " +
			"floor (100 of the default 1000 concurrent executions), and packages must fit in code storage (75 GB by default).",
		Attributes: map[string]schema.Attribute{
			"reserved_concurrent_executions": schema.ListAttribute{ElementType: types.NumberType, Optional: true,
				Validators:          []validator.List{listvalidator.ValueNumbersAre(wholeNumber())},
				MarkdownDescription: "Each function's reserved concurrency; `-1` or null reserves none."},
			"package_filenames": schema.ListAttribute{ElementType: types.StringType, Optional: true,
				MarkdownDescription: "Local .zip packages of functions and layers, counted into code storage at their zipped size."},
			"existing_code_storage_bytes": schema.NumberAttribute{Optional: true, Validators: []validator.Number{wholeNumber()},
				MarkdownDescription: "Code storage already used in the Region, in bytes (the console's or `aws lambda get-account-settings`' `TotalCodeSize`)."},
			"reserved_concurrency_total": schema.Int64Attribute{Computed: true, MarkdownDescription: "Sum of reserved concurrency."},
			"unreserved_concurrency":     schema.Int64Attribute{Computed: true, MarkdownDescription: "Concurrency left unreserved."},
			"code_storage_bytes":         schema.Int64Attribute{Computed: true, MarkdownDescription: "Code storage after these packages."},
		},
	}
}

func (d *AccountDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m AccountDataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	rep := quota.CheckAccount(d.limits(), quota.Account{
		ReservedConcurrentExecutions: numberList(m.ReservedConcurrentExecutions),
		PackageFilenames:             stringList(m.PackageFilenames),
		ExistingCodeStorageBytes:     numberValue(m.ExistingCodeStorageBytes),
	})
	d.report(&resp.Diagnostics, rep.Result)
	if resp.Diagnostics.HasError() {
		return
	}
	m.ReservedConcurrencyTotal = measured(rep.ReservedConcurrencyTotal)
	m.UnreservedConcurrency = measured(rep.UnreservedConcurrency)
	m.CodeStorageBytes = measured(rep.CodeStorageBytes)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
