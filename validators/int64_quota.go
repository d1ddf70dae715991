package validators

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var (
	_ validator.Int64                  = int64QuotaValidator{}
	_ function.Int64ParameterValidator = int64QuotaValidator{}
)

// int64QuotaValidator checks a whole number against the quotas of one check.
type int64QuotaValidator struct {
	limits      quota.Limits
	check       func(quota.Limits, int64) quota.Result
	description func(quota.Limits) string
}

func (v int64QuotaValidator) Description(_ context.Context) string {
	return v.description(v.limits)
}

func (v int64QuotaValidator) MarkdownDescription(ctx context.Context) string {
	return v.Description(ctx)
}

func (v int64QuotaValidator) ValidateInt64(_ context.Context, req validator.Int64Request, resp *validator.Int64Response) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	addFindings(&resp.Diagnostics, req.Path, v.check(v.limits, req.ConfigValue.ValueInt64()))
}

func (v int64QuotaValidator) ValidateParameterInt64(_ context.Context, req function.Int64ParameterValidatorRequest, resp *function.Int64ParameterValidatorResponse) {
	if req.Value.IsNull() || req.Value.IsUnknown() {
		return
	}
	resp.Error = funcError(req.ArgumentPosition, v.check(v.limits, req.Value.ValueInt64()))
}

// between describes a range quota pair.
func between(minID, maxID quota.ID, unit string) func(quota.Limits) string {
	return func(l quota.Limits) string {
		return "value must be between " + itoa(l.Value(minID)) + " and " + itoa(l.Value(maxID)) + " " + unit
	}
}
