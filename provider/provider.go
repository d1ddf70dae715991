// Package provider serves the lambdaquota Terraform provider: data sources and
// provider-defined functions that turn quota.Result findings into diagnostics.
package provider

import (
	"context"
	"sync/atomic"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/diagnostic"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var (
	_ provider.Provider                   = &lambdaQuotaProvider{}
	_ provider.ProviderWithFunctions      = &lambdaQuotaProvider{}
	_ provider.ProviderWithValidateConfig = &lambdaQuotaProvider{}
)

// lambdaQuotaProvider checks AWS Lambda and VPC quotas at plan time. It is
// offline: it needs no credentials and makes no network calls.
type lambdaQuotaProvider struct {
	version string
	// validated are the limits of the configuration seen by ValidateConfig.
	// In the validation pass the provider is not configured, yet Terraform
	// validates it before its data sources, in the same plugin process, so
	// they check against the team's overrides rather than guess.
	validated atomic.Pointer[quota.Limits]
	// configured are the limits Configure computed, for the protocol fast
	// path of the data sources (server.go).
	configured atomic.Pointer[quota.Limits]
}

// New returns a constructor of the provider at the given version.
func New(version string) func() provider.Provider {
	return func() provider.Provider {
		return &lambdaQuotaProvider{version: version}
	}
}

func (p *lambdaQuotaProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "lambdaquota"
	resp.Version = p.version
}

func (p *lambdaQuotaProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Checks AWS Lambda and VPC network-interface quotas at plan time, so that a configuration AWS would " +
			"refuse in the middle of `apply` fails `plan` instead. The provider is offline: it needs no AWS credentials and makes no network calls.",
		Attributes: map[string]schema.Attribute{
			"quotas": schema.MapAttribute{
				ElementType: types.NumberType,
				Optional:    true,
				MarkdownDescription: "Your account's quota values, by quota id, in place of AWS's defaults: a raised `enis_per_vpc` or " +
					"`concurrent_executions`, or a new account's lower `function_memory_max_mb`. Quotas AWS lets you raise take any positive " +
					"whole number; fixed quotas may only be made stricter (a maximum lowered, a minimum raised). " +
					"`unreserved_concurrency_min` follows from `concurrent_executions` (the lower of 100 and that quota) and takes no value: " +
					"state a small account's `concurrent_executions` (50 or 10) instead. Read `data.lambdaquota_limits` for every id.",
			},
			"warn_at_percent": schema.Float64Attribute{
				Optional: true,
				MarkdownDescription: "When set, every measured value at or above this percentage of its quota gives a warning with the " +
					"headroom left, without failing the plan. Off by default.",
				Validators: []validator.Float64{percentValidator{}},
			},
		},
	}
}

// limits are the provider's effective limits, for every data source on both
// the framework's path and the wire's: as configured; before that (the
// validation pass), as the provider's own validation saw them; and when
// Terraform skipped that validation, because the configuration is empty,
// the catalog's.
func (p *lambdaQuotaProvider) limits() quota.Limits {
	if l := p.configured.Load(); l != nil {
		return *l
	}
	if l := p.validated.Load(); l != nil {
		return *l
	}
	return quota.DefaultLimits()
}

// configLimits decodes the provider's configuration into limits. Quotas
// not known yet (from a variable, in the validation pass) are marked so,
// and checks against them report only what is certain.
func configLimits(cfg tfsdk.Config, diags *diag.Diagnostics) quota.Limits {
	v, err := decode.FromTerraform(cfg.Raw)
	if err != nil {
		diags.AddError("Unreadable Configuration", "The provider could not read its configuration: "+err.Error()+". Please report this to the provider's developers.")
		return quota.DefaultLimits().WithUnknownOverrides()
	}
	root := decode.New(v, "")
	dc := &decode.Decoder{}
	limits := dc.Quotas(quota.DefaultLimits(), root.Get("quotas"))
	for _, e := range dc.Errors() {
		e.Summary = "Invalid Quota Override"
	}
	diagnostic.AddDecodeErrors(diags, dc.Errors())
	if pct := root.Get("warn_at_percent"); !pct.Unknown() && !pct.Absent() {
		f, _ := pct.Value().AsBigFloat().Float64()
		limits.WarnAtPercent = f
	}
	return limits
}

func (p *lambdaQuotaProvider) ValidateConfig(_ context.Context, req provider.ValidateConfigRequest, resp *provider.ValidateConfigResponse) {
	limits := configLimits(req.Config, &resp.Diagnostics)
	p.validated.Store(&limits)
}

func (p *lambdaQuotaProvider) Configure(_ context.Context, req provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	// ValidateConfig has reported any refused override already.
	var ignored diag.Diagnostics
	limits := configLimits(req.Config, &ignored)
	p.configured.Store(&limits)
}

func (p *lambdaQuotaProvider) Resources(_ context.Context) []func() resource.Resource {
	return nil
}

func (p *lambdaQuotaProvider) DataSources(_ context.Context) []func() datasource.DataSource {
	var out []func() datasource.DataSource
	for _, newDS := range []func() datasource.DataSource{
		newLimitsDataSource, newFunctionDataSource, newLayerDataSource, newVPCDataSource, newAccountDataSource, newFunctionPolicyDataSource,
		newEventSourceDataSource, func() datasource.DataSource { return newFunctionsDataSource() }, newAccountSnapshotDataSource,
		newIntegrationDataSource,
	} {
		out = append(out, func() datasource.DataSource {
			ds := newDS()
			// Hand each data source this provider, for the limits its
			// validation saw.
			if c, ok := ds.(interface{ setProvider(*lambdaQuotaProvider) }); ok {
				c.setProvider(p)
			}
			return ds
		})
	}
	return out
}

func (p *lambdaQuotaProvider) Functions(_ context.Context) []func() function.Function {
	return append(checkConstructors(),
		newEnvironmentVariablesSizeFunction,
		newPackageSizeFunction,
		newHyperplaneENIsFunction,
	)
}
