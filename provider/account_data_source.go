package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var _ datasource.DataSourceWithValidateConfig = &accountDataSource{}

// accountDataSource checks a Region's account-wide Lambda quotas.
type accountDataSource struct {
	checkingDataSource
}

// newAccountDataSource returns the lambdaquota_account data source.
func newAccountDataSource() datasource.DataSource {
	return &accountDataSource{checkingDataSource{
		computed: []string{"reserved_concurrency_total", "unreserved_concurrency", "code_storage_bytes"},
		measure: func(dc *decode.Decoder, cfg decode.Val, limits quota.Limits) (quota.Result, map[string]attr.Value) {
			rep := quota.CheckAccount(limits, dc.Account(cfg))
			return rep.Result, map[string]attr.Value{
				"reserved_concurrency_total": measured(rep.ReservedConcurrencyTotal),
				"unreserved_concurrency":     measured(rep.UnreservedConcurrency),
				"code_storage_bytes":         measured(rep.CodeStorageBytes),
			}
		},
	}}
}

func (d *accountDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_account"
}

func (d *accountDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Checks a Region's account-wide Lambda quotas: the sum of reserved and provisioned concurrency must " +
			"leave the unreserved floor (" + number(quota.UnreservedConcurrencyMin) + " of the default " + number(quota.ConcurrentExecutions) +
			" concurrent executions, or the whole quota of an account that has less, so that nothing can be reserved there), and packages must fit in code storage (" + amount(quota.CodeStorageMaxBytes) + " by default).\n\n" + whenChecked,
		Attributes: map[string]schema.Attribute{
			"reserved_concurrent_executions": schema.ListAttribute{ElementType: types.NumberType, Optional: true,
				MarkdownDescription: "Each function's reserved concurrency; `-1` or null reserves none."},
			"provisioned_concurrent_executions": schema.ListAttribute{ElementType: types.NumberType, Optional: true,
				MarkdownDescription: "The provisioned concurrency of each version or alias of a function that reserves none; " +
					"within a reservation, provisioned concurrency is part of it and is not counted again."},
			"package_filenames": schema.ListAttribute{ElementType: types.StringType, Optional: true,
				MarkdownDescription: "Local .zip packages of functions and layers, counted into code storage at their zipped size."},
			"existing_code_storage_bytes": schema.NumberAttribute{Optional: true,
				MarkdownDescription: "Code storage already used in the Region, in bytes (the console's or `aws lambda get-account-settings`' `TotalCodeSize`)."},
			"snapshot": snapshotArgument("its account's reservations (`ConcurrentExecutions` less `UnreservedConcurrentExecutions`) " +
				"and stored code count beside what is listed here, and its applied quotas replace the defaults. The lists are then " +
				"what the configuration adds: reservations of functions deployed already are in the snapshot, so for a fleet with " +
				"deployed functions use `lambdaquota_functions`, or `lambdaquota check --account` on the saved plan, which reads " +
				"today's reservations from the prior state. Not with `existing_code_storage_bytes`."),
			"reserved_concurrency_total": schema.Int64Attribute{Computed: true, MarkdownDescription: "Sum of reserved and provisioned concurrency, with the snapshot's."},
			"unreserved_concurrency":     schema.Int64Attribute{Computed: true, MarkdownDescription: "Concurrency left unreserved."},
			"code_storage_bytes":         schema.Int64Attribute{Computed: true, MarkdownDescription: "Code storage after these packages, with the snapshot's."},
		},
	}
}
