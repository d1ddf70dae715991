package plancheck

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/textfile"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// Limits are the quotas a plan is checked against: the catalog's, then the
// plan's provider block's quotas (a constant, or an expression evaluated
// from src with the plan's variables and data sources), then a quotas file,
// then --quota flags, each checked by the provider's rules. Quotas the
// provider block sets in a way that cannot be evaluated are unknown, so
// only what is certain whatever their values is reported.
func Limits(p *tfplan.Plan, src *tfplan.Source, file string, flags []string) (quota.Limits, error) {
	limits := quota.DefaultLimits()
	if p != nil && p.Quotas == cty.NilVal && len(p.QuotasRefs) > 0 {
		v, why := cty.NilVal, "there is no configuration to read"
		if src != nil {
			v, why = src.ProviderQuotas()
		}
		if v == cty.NilVal {
			p.QuotasNote = "the provider block's quotas refer to " + strings.Join(p.QuotasRefs, ", ") + " and " + why +
				", so they are taken as unknown: only violations certain whatever your account's values are reported; " +
				"pass your values with --quota or --quotas-file"
			limits = limits.WithUnknownOverrides()
		}
		p.Quotas = v
	}
	if p != nil && p.WarnAtPercent != 0 {
		if problem, ok := quota.CheckWarnAtPercent(p.WarnAtPercent); !ok {
			return limits, inputError("the plan's provider block: %s", problem)
		}
		limits.WarnAtPercent = p.WarnAtPercent
	}
	if p != nil && p.Quotas != cty.NilVal {
		dc := &decode.Decoder{}
		limits = dc.Quotas(limits, decode.New(p.Quotas, `provider "lambdaquota" quotas`))
		if err := dc.Err(); err != nil {
			return limits, inputError("the plan's provider block has invalid quotas: %s", oneLine(err))
		}
	}
	if file != "" {
		values, err := readQuotasFile(file)
		if err != nil {
			return limits, err
		}
		if limits, err = override(limits, values, file); err != nil {
			return limits, err
		}
	}
	if len(flags) > 0 {
		values := map[string]float64{}
		for _, f := range flags {
			id, raw, ok := strings.Cut(f, "=")
			v, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
			if !ok || err != nil {
				return limits, inputError("--quota %s: want ID=NUMBER, such as --quota enis_per_vpc=1000", f)
			}
			values[strings.TrimSpace(id)] = v
		}
		return override(limits, values, "--quota")
	}
	return limits, nil
}

func override(limits quota.Limits, values map[string]float64, from string) (quota.Limits, error) {
	out, errs := limits.WithOverrides(values)
	if len(errs) > 0 {
		msgs := make([]string, len(errs))
		for i, e := range errs {
			msgs[i] = e.Error()
		}
		slices.Sort(msgs)
		return limits, inputError("%s: %s", from, strings.Join(msgs, "; "))
	}
	return out, nil
}

func oneLine(err error) string { return strings.ReplaceAll(err.Error(), "\n", "; ") }

// maxQuotasFile bounds a quotas file.
const maxQuotasFile = 1 << 20

// readQuotasFile reads quota values by id from HCL (enis_per_vpc = 1000)
// or JSON ({"enis_per_vpc": 1000}); a single quotas = { ... } attribute, as
// in the provider block, is read the same way.
func readQuotasFile(name string) (map[string]float64, error) {
	// A file of quota values is a few lines: one past maxQuotasFile is
	// another file given by mistake, and is not parsed.
	src, err := textfile.Read(name, maxQuotasFile)
	if err != nil {
		return nil, inputError("--quotas-file %s: %s", name, strings.TrimPrefix(strings.TrimPrefix(err.Error(), "open "), name+": "))
	}
	parser := hclparse.NewParser()
	var f *hcl.File
	var diags hcl.Diagnostics
	if strings.EqualFold(filepath.Ext(name), ".json") {
		f, diags = parser.ParseJSON(src, name)
	} else {
		f, diags = parser.ParseHCL(src, name)
	}
	if diags.HasErrors() {
		return nil, inputError("--quotas-file: %s", diags.Error())
	}
	attrs, diags := f.Body.JustAttributes()
	if diags.HasErrors() {
		return nil, inputError("--quotas-file: %s", diags.Error())
	}
	values := map[string]cty.Value{}
	for name, attr := range attrs {
		v, diags := attr.Expr.Value(nil)
		if diags.HasErrors() {
			return nil, inputError("--quotas-file: %s", diags.Error())
		}
		values[name] = v
	}
	if q, ok := values["quotas"]; ok && len(values) == 1 && q.Type().IsObjectType() {
		values = q.AsValueMap()
	}
	if _, ok := values["warn_at_percent"]; ok {
		return nil, inputError("--quotas-file %s: warn_at_percent is a setting, not a quota: set it in the provider \"lambdaquota\" block "+
			"(warn_at_percent = 90), where the provider and lambdaquota check both read it; this file holds quota values by id only", name)
	}
	out := map[string]float64{}
	for id, v := range values {
		if v.IsNull() || !v.IsKnown() || v.Type() != cty.Number {
			return nil, inputError("--quotas-file %s: %s must be a number", name, id)
		}
		f, _ := v.AsBigFloat().Float64()
		out[id] = f
	}
	return out, nil
}

// inputError is a quotas file or flag that cannot be read, reported as the
// plan's input errors are.
func inputError(format string, args ...any) error {
	return &tfplan.InputError{Msg: fmt.Sprintf(format, args...)}
}
