package validators

import (
	"context"
	"strconv"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var (
	_ validator.String                  = stringQuotaValidator{}
	_ function.StringParameterValidator = stringQuotaValidator{}
)

// stringQuotaValidator checks a string against the quotas of one check.
type stringQuotaValidator struct {
	limits quota.Limits
	check  func(quota.Limits, string) quota.Result
	max    quota.ID
	// rule describes what the value must also match, if anything.
	rule string
}

func (v stringQuotaValidator) Description(_ context.Context) string {
	return "value must be at most " + itoa(v.limits.Value(v.max)) + " characters long" + v.rule
}

func (v stringQuotaValidator) MarkdownDescription(ctx context.Context) string {
	return v.Description(ctx)
}

func (v stringQuotaValidator) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	addFindings(&resp.Diagnostics, req.Path, v.check(v.limits, req.ConfigValue.ValueString()))
}

func (v stringQuotaValidator) ValidateParameterString(_ context.Context, req function.StringParameterValidatorRequest, resp *function.StringParameterValidatorResponse) {
	if req.Value.IsNull() || req.Value.IsUnknown() {
		return
	}
	resp.Error = funcError(req.ArgumentPosition, v.check(v.limits, req.Value.ValueString()))
}

func itoa(v int64) string { return strconv.FormatInt(v, 10) }
