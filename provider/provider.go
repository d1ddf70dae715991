// Package provider serves the lambdaquota Terraform provider: data sources and
// provider-defined functions that turn quota.Result findings into diagnostics.
package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/float64validator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var (
	_ provider.Provider              = &LambdaQuotaProvider{}
	_ provider.ProviderWithFunctions = &LambdaQuotaProvider{}
)

// LambdaQuotaProvider checks AWS Lambda and VPC quotas at plan time. It is
// offline: it needs no credentials and makes no network calls.
type LambdaQuotaProvider struct {
	version string
}

// LambdaQuotaProviderModel is the provider configuration.
type LambdaQuotaProviderModel struct {
	Quotas        types.Map     `tfsdk:"quotas"`
	WarnAtPercent types.Float64 `tfsdk:"warn_at_percent"`
}

// New returns a constructor of the provider at the given version.
func New(version string) func() provider.Provider {
	return func() provider.Provider {
		return &LambdaQuotaProvider{version: version}
	}
}

func (p *LambdaQuotaProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "lambdaquota"
	resp.Version = p.version
}

func (p *LambdaQuotaProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Checks AWS Lambda and VPC network-interface quotas at plan time, so that a configuration AWS would " +
			"refuse in the middle of `apply` fails `plan` instead. The provider is offline: it needs no AWS credentials and makes no network calls.",
		Attributes: map[string]schema.Attribute{
			"quotas": schema.MapAttribute{
				ElementType: types.NumberType,
				Optional:    true,
				MarkdownDescription: "Your account's quota values, by quota id, in place of AWS's defaults: a raised `enis_per_vpc` or " +
					"`concurrent_executions`, or a new account's lower `function_memory_max_mb`. Quotas AWS lets you raise take any positive " +
					"whole number; fixed quotas may only be made stricter (a maximum lowered, a minimum raised), except " +
					"`unreserved_concurrency_min`, which low-limit accounts see as 50 or 10. Read `data.lambdaquota_limits` for every id.",
			},
			"warn_at_percent": schema.Float64Attribute{
				Optional: true,
				MarkdownDescription: "When set, every measured value at or above this percentage of its quota gives a warning with the " +
					"headroom left, without failing the plan. Off by default.",
				Validators: []validator.Float64{float64validator.Between(1, 100)},
			},
		},
	}
}

// providerData is what data sources receive from Configure.
type providerData struct {
	limits quota.Limits
	// known is false when the configuration holds values unknown until
	// apply, so no quota can be decided against it.
	known bool
}

func (p *LambdaQuotaProvider) Configure(ctx context.Context, req provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	var cfg LambdaQuotaProviderModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &cfg)...)
	if resp.Diagnostics.HasError() {
		return
	}
	data := &providerData{limits: quota.DefaultLimits(), known: !cfg.Quotas.IsUnknown() && !cfg.WarnAtPercent.IsUnknown()}
	overrides, known := numberMap(cfg.Quotas)
	data.known = data.known && known
	limits, errs := data.limits.WithOverrides(overrides)
	for _, err := range errs {
		appendOverrideError(&resp.Diagnostics, path.Root("quotas"), err)
	}
	limits.WarnAtPercent = cfg.WarnAtPercent.ValueFloat64()
	data.limits = limits
	resp.DataSourceData = data
}

// numberMap reads a map of numbers; known is false if the map or a value is unknown.
func numberMap(m types.Map) (values map[string]float64, known bool) {
	if m.IsUnknown() {
		return nil, false
	}
	values, known = make(map[string]float64, len(m.Elements())), true
	for k, v := range m.Elements() {
		n, ok := v.(types.Number)
		switch {
		case !ok || n.IsNull():
		case n.IsUnknown():
			known = false
		default:
			values[k], _ = n.ValueBigFloat().Float64()
		}
	}
	return values, known
}

func (p *LambdaQuotaProvider) Resources(_ context.Context) []func() resource.Resource {
	return nil
}

func (p *LambdaQuotaProvider) DataSources(_ context.Context) []func() datasource.DataSource {
	return []func() datasource.DataSource{
		NewLimitsDataSource,
		NewFunctionDataSource,
		NewLayerDataSource,
		NewVPCDataSource,
		NewAccountDataSource,
		NewFunctionPolicyDataSource,
	}
}

func (p *LambdaQuotaProvider) Functions(_ context.Context) []func() function.Function {
	return []func() function.Function{
		NewCheckFunctionFunction,
		NewCheckLayerFunction,
		NewCheckVPCFunction,
		NewEnvironmentVariablesSizeFunction,
		NewPackageSizeFunction,
		NewHyperplaneENIsFunction,
		NewCheckPermissionsFunction,
	}
}
