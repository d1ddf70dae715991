package provider

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/diagnostic"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// measureFunc decodes a data source's configuration and checks it, returning
// the findings and the computed attributes by name.
type measureFunc func(dc *decode.Decoder, cfg decode.Val, limits quota.Limits) (quota.Result, map[string]attr.Value)

// checkingDataSource runs a data source's checks twice: in ValidateConfig,
// which Terraform and OpenTofu call in the validation pass of every plan even
// when the read is later deferred to apply because an argument is unknown,
// and in Read, which also computes the outputs. Both decode the same raw
// configuration, so they agree; validation reports only certain errors, and
// Read the rest, so nothing is said twice.
type checkingDataSource struct {
	providerLimits
	measure measureFunc
	// computed are the data source's outputs, which the configuration
	// holds as null.
	computed []string
}

// providerLimits gives a data source the provider's effective limits.
type providerLimits struct {
	provider *lambdaQuotaProvider
}

func (d *providerLimits) setProvider(p *lambdaQuotaProvider) { d.provider = p }

// limits are the provider's (LambdaQuotaProvider.limits), or the catalog's
// for a data source made without one.
func (d *providerLimits) limits() quota.Limits {
	if d.provider == nil {
		return quota.DefaultLimits()
	}
	return d.provider.limits()
}

func (d *checkingDataSource) run(cfg tfsdk.Config, diags *diag.Diagnostics) (quota.Result, map[string]attr.Value, bool) {
	v, err := decode.FromTerraform(cfg.Raw)
	if err != nil {
		diags.AddError("Unreadable Configuration", "The provider could not read its configuration: "+err.Error()+". Please report this to the provider's developers.")
		return quota.Result{}, nil, false
	}
	return d.check(v, d.limits(), diags)
}

// check decodes a configuration and checks it: the one path of the
// framework's methods and of the protocol fast path (server.go).
func (d *checkingDataSource) check(cfg cty.Value, limits quota.Limits, diags *diag.Diagnostics) (quota.Result, map[string]attr.Value, bool) {
	dc := &decode.Decoder{Allowed: d.computed, Opaque: true, Today: today()}
	res, out := d.measure(dc, decode.New(cfg, ""), limits)
	if errs := dc.Errors(); len(errs) > 0 {
		diagnostic.AddDecodeErrors(diags, errs)
		return res, out, false
	}
	return res, out, true
}

// validationDiagnostics are what ValidateConfig reports: only certain
// errors, since Read reports the rest.
func validationDiagnostics(res quota.Result, diags *diag.Diagnostics) {
	res.Findings = res.Errors()
	diagnostic.AddFindings(diags, res, quota.SurfaceDataSource, diagnostic.FindingAttribute)
}

func (d *checkingDataSource) ValidateConfig(ctx context.Context, req datasource.ValidateConfigRequest, resp *datasource.ValidateConfigResponse) {
	if res, _, ok := d.run(req.Config, &resp.Diagnostics); ok {
		validationDiagnostics(res, &resp.Diagnostics)
	}
}

func (d *checkingDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	res, out, ok := d.run(req.Config, &resp.Diagnostics)
	if !ok {
		return
	}
	diagnostic.AddFindings(&resp.Diagnostics, res, quota.SurfaceDataSource, diagnostic.FindingAttribute)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.State.Raw = req.Config.Raw.Copy()
	for _, name := range d.computed {
		resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root(name), out[name])...)
	}
}

// measured is a measurement as a computed attribute. Data sources are read
// with a known configuration, so a measurement that is still unknown (an
// unreadable package) is null.
func measured(v quota.Value[int64]) attr.Value {
	if !v.IsKnown() {
		return types.Int64Null()
	}
	return types.Int64Value(v.V)
}

// objectsArgument is an argument that holds objects, such as a fleet's
// functions. It is dynamic, not nested: Terraform drops without a word an
// argument that a nested attribute's schema does not declare, so a misspelt
// key would never reach the checks. The decoder checks the keys instead,
// and suggests the one meant; keys lists them, by name, for the docs.
func objectsArgument(desc string, keys map[string]string) schema.DynamicAttribute {
	var b strings.Builder
	b.WriteString(desc)
	for i, k := range slices.Sorted(maps.Keys(keys)) {
		sep := "; "
		if i == 0 {
			sep = " Each takes: "
		}
		fmt.Fprintf(&b, "%s`%s`, %s", sep, k, strings.TrimSuffix(keys[k], "."))
	}
	if len(keys) > 0 {
		b.WriteString(". Any other key is an error.")
	}
	return schema.DynamicAttribute{Optional: true, MarkdownDescription: b.String()}
}
