package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// percentValidator requires warn_at_percent to be a percentage, and says so
// with the numbers as the user wrote them.
type percentValidator struct{}

var _ validator.Float64 = percentValidator{}

func (percentValidator) Description(context.Context) string {
	return "value must be a percentage above 0 and at most 100"
}

func (v percentValidator) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (percentValidator) ValidateFloat64(_ context.Context, req validator.Float64Request, resp *validator.Float64Response) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if problem, ok := quota.CheckWarnAtPercent(req.ConfigValue.ValueFloat64()); !ok {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid Percentage", problem)
	}
}
