package validators

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var (
	_ validator.List                  = countQuotaValidator{}
	_ validator.Set                   = countQuotaValidator{}
	_ function.ListParameterValidator = countQuotaValidator{}
	_ function.SetParameterValidator  = countQuotaValidator{}
)

// countQuotaValidator checks the number of elements of a list or set. Unknown
// elements count: a list of six layers is too long whatever their ARNs. Null
// elements do not, as everywhere in this provider.
type countQuotaValidator struct {
	limits quota.Limits
	check  func(quota.Limits, quota.Strings) quota.Result
	max    quota.ID
	noun   string
}

func (v countQuotaValidator) Description(_ context.Context) string {
	return "value must hold at most " + itoa(v.limits.Value(v.max)) + " " + v.noun
}

func (v countQuotaValidator) MarkdownDescription(ctx context.Context) string {
	return v.Description(ctx)
}

func (v countQuotaValidator) ValidateList(ctx context.Context, req validator.ListRequest, resp *validator.ListResponse) {
	if s, ok := stringsOf(ctx, req.ConfigValue); ok {
		addFindings(&resp.Diagnostics, req.Path, v.check(v.limits, s))
	}
}

func (v countQuotaValidator) ValidateSet(ctx context.Context, req validator.SetRequest, resp *validator.SetResponse) {
	if s, ok := stringsOf(ctx, req.ConfigValue); ok {
		addFindings(&resp.Diagnostics, req.Path, v.check(v.limits, s))
	}
}

func (v countQuotaValidator) ValidateParameterList(ctx context.Context, req function.ListParameterValidatorRequest, resp *function.ListParameterValidatorResponse) {
	if s, ok := stringsOf(ctx, req.Value); ok {
		resp.Error = funcError(req.ArgumentPosition, v.check(v.limits, s))
	}
}

func (v countQuotaValidator) ValidateParameterSet(ctx context.Context, req function.SetParameterValidatorRequest, resp *function.SetParameterValidatorResponse) {
	if s, ok := stringsOf(ctx, req.Value); ok {
		resp.Error = funcError(req.ArgumentPosition, v.check(v.limits, s))
	}
}
