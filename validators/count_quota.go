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
// elements count: a list of six layers is too long whatever their ARNs.
type countQuotaValidator struct {
	limits quota.Limits
	check  func(quota.Limits, int) quota.Result
	max    quota.ID
	noun   string
}

func (v countQuotaValidator) Description(_ context.Context) string {
	return "value must hold at most " + itoa(v.limits.Value(v.max)) + " " + v.noun
}

func (v countQuotaValidator) MarkdownDescription(ctx context.Context) string {
	return v.Description(ctx)
}

func (v countQuotaValidator) ValidateList(_ context.Context, req validator.ListRequest, resp *validator.ListResponse) {
	if n, ok := elementCount(req.ConfigValue.IsNull(), req.ConfigValue.IsUnknown(), len(req.ConfigValue.Elements())); ok {
		appendFindings(&resp.Diagnostics, req.Path, v.check(v.limits, n))
	}
}

func (v countQuotaValidator) ValidateSet(_ context.Context, req validator.SetRequest, resp *validator.SetResponse) {
	if n, ok := elementCount(req.ConfigValue.IsNull(), req.ConfigValue.IsUnknown(), len(req.ConfigValue.Elements())); ok {
		appendFindings(&resp.Diagnostics, req.Path, v.check(v.limits, n))
	}
}

func (v countQuotaValidator) ValidateParameterList(_ context.Context, req function.ListParameterValidatorRequest, resp *function.ListParameterValidatorResponse) {
	if n, ok := elementCount(req.Value.IsNull(), req.Value.IsUnknown(), len(req.Value.Elements())); ok {
		resp.Error = funcError(req.ArgumentPosition, v.check(v.limits, n))
	}
}

func (v countQuotaValidator) ValidateParameterSet(_ context.Context, req function.SetParameterValidatorRequest, resp *function.SetParameterValidatorResponse) {
	if n, ok := elementCount(req.Value.IsNull(), req.Value.IsUnknown(), len(req.Value.Elements())); ok {
		resp.Error = funcError(req.ArgumentPosition, v.check(v.limits, n))
	}
}
