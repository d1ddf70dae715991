package provider

import (
	"context"
	"math/big"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// limitsDataSource publishes the quota catalog with the provider's overrides.
type limitsDataSource struct {
	providerLimits
}

// limitsDataSourceModel is the data source's state.
type limitsDataSourceModel struct {
	Quotas  types.Map  `tfsdk:"quotas"`
	Catalog types.List `tfsdk:"catalog"`
}

// newLimitsDataSource returns the lambdaquota_limits data source.
func newLimitsDataSource() datasource.DataSource {
	return &limitsDataSource{}
}

var catalogEntryType = types.ObjectType{AttrTypes: map[string]attr.Type{
	"id":                 types.StringType,
	"name":               types.StringType,
	"category":           types.StringType,
	"value":              types.Int64Type,
	"default":            types.Int64Type,
	"unit":               types.StringType,
	"bound":              types.StringType,
	"adjustable":         types.BoolType,
	"service_quota_code": types.StringType,
	"description":        types.StringType,
	"source":             types.StringType,
}}

func (d *limitsDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_limits"
}

func (d *limitsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Every AWS Lambda and VPC quota the provider knows, with the values in force after the provider's `quotas` overrides. " +
			"Pass `quotas` to the provider-defined functions' `options` to carry the overrides into them.",
		Attributes: map[string]schema.Attribute{
			"quotas": schema.MapAttribute{
				ElementType:         types.NumberType,
				Computed:            true,
				MarkdownDescription: "The effective value of every quota that has one, by id: pass it to the provider-defined functions' `quotas` option.",
			},
			"catalog": schema.ListAttribute{
				ElementType: catalogEntryType,
				Computed:    true,
				MarkdownDescription: "Every quota, in catalog order: `id`, `name`, `category` (function, layer, account, vpc, policy or runtime), " +
					"`value` (effective), `default` (AWS's), `unit`, `bound` (max, min, rule for a pattern or list with no value, whose " +
					"`value` is 0, or reference for runtime quotas that are not checked), " +
					"`adjustable` (AWS raises it through Service Quotas), `service_quota_code`, `description` and `source` (the AWS documentation page).",
			},
		},
	}
}

func (d *limitsDataSource) Read(ctx context.Context, _ datasource.ReadRequest, resp *datasource.ReadResponse) {
	quotas := map[string]attr.Value{}
	var entries []attr.Value
	limits := d.limits()
	if !limits.Known() {
		resp.Diagnostics.AddError("Provider Quotas Not Known",
			"The provider's quotas depend on a value that is not known yet, so their effective values cannot be read. "+
				"Set them from values known at plan, such as variables and literals, not from attributes of resources being created.")
		return
	}
	for _, q := range limits.Catalog().Quotas() {
		value := limits.Value(q.ID)
		// Rules have no value to pass back to the functions as quotas.
		if q.Bound != quota.BoundRule {
			quotas[string(q.ID)] = types.NumberValue(new(big.Float).SetInt64(value))
		}
		entries = append(entries, types.ObjectValueMust(catalogEntryType.AttrTypes, map[string]attr.Value{
			"id":                 types.StringValue(string(q.ID)),
			"name":               types.StringValue(q.Name),
			"category":           types.StringValue(string(q.Category)),
			"value":              types.Int64Value(value),
			"default":            types.Int64Value(q.Value),
			"unit":               types.StringValue(q.Unit),
			"bound":              types.StringValue(string(q.Bound)),
			"adjustable":         types.BoolValue(q.Adjustable),
			"service_quota_code": types.StringValue(q.ServiceQuotaCode),
			"description":        types.StringValue(q.Description),
			"source":             types.StringValue(q.Source),
		}))
	}
	state := limitsDataSourceModel{
		Quotas:  types.MapValueMust(types.NumberType, quotas),
		Catalog: types.ListValueMust(catalogEntryType, entries),
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}
