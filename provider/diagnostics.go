package provider

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// appendFindings adds one diagnostic per finding, at the attribute it is about.
func appendFindings(diags *diag.Diagnostics, res quota.Result) {
	for _, f := range res.Findings {
		p := path.Root(f.Attribute)
		if f.Index >= 0 {
			p = p.AtListIndex(f.Index)
		}
		switch {
		case f.Attribute == "" && f.Kind.IsError():
			diags.AddError(f.Summary, f.Detail)
		case f.Attribute == "":
			diags.AddWarning(f.Summary, f.Detail)
		case f.Kind.IsError():
			diags.AddAttributeError(p, f.Summary, f.Detail)
		default:
			diags.AddAttributeWarning(p, f.Summary, f.Detail)
		}
	}
}

// funcResultError joins a result's errors into one function error. A
// function fails with a single error, so each finding is a numbered line.
func funcResultError(res quota.Result) *function.FuncError {
	errs := res.Errors()
	if len(errs) == 0 {
		return nil
	}
	var b strings.Builder
	if len(errs) == 1 {
		b.WriteString(errs[0].String())
	} else {
		fmt.Fprintf(&b, "%d Lambda quota checks failed:", len(errs))
		for i, f := range errs {
			fmt.Fprintf(&b, "\n%d. %s", i+1, f)
		}
	}
	return function.NewFuncError(b.String())
}

func appendOverrideError(diags *diag.Diagnostics, base path.Path, err error) {
	var oe *quota.OverrideError
	if errors.As(err, &oe) {
		diags.AddAttributeError(base.AtMapKey(oe.ID), "Invalid Quota Override", err.Error()+".")
		return
	}
	diags.AddAttributeError(base, "Invalid Quota Override", err.Error()+".")
}

// limitsFromProvider is embedded by data sources to receive the provider's
// effective limits. Until Configure runs (during validate) it holds the
// catalog defaults.
type limitsFromProvider struct {
	data *providerData
}

func (l *limitsFromProvider) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	if req.ProviderData == nil {
		return
	}
	data, ok := req.ProviderData.(*providerData)
	if !ok {
		resp.Diagnostics.AddError("Unexpected Provider Data", fmt.Sprintf("Expected *providerData, got %T. Please report this issue to the provider developers.", req.ProviderData))
		return
	}
	l.data = data
}

// limits returns the effective limits.
func (l *limitsFromProvider) limits() quota.Limits {
	if l.data == nil {
		return quota.DefaultLimits()
	}
	return l.data.limits
}

// report adds a result's findings, or only its input findings when the
// provider's configuration is not known yet, since no quota can be decided
// against it.
func (l *limitsFromProvider) report(diags *diag.Diagnostics, res quota.Result) {
	if l.data != nil && !l.data.known {
		kept := res.Findings[:0:0]
		for _, f := range res.Findings {
			if f.Kind == quota.InvalidInput || f.Kind == quota.Skipped {
				kept = append(kept, f)
			}
		}
		res.Findings = kept
	}
	appendFindings(diags, res)
}
