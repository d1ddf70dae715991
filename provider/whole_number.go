package provider

import (
	"context"
	"math/big"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// Whole-number arguments are Number attributes rather than Int64 ones: the
// framework refuses a fractional Int64 with an error that blames the
// provider, where a user needs to hear that 1.5 is not a whole number.

var _ validator.Number = wholeNumberValidator{}

// wholeNumberValidator requires a whole number that fits in 64 bits, then
// runs the given Int64 validators on it.
type wholeNumberValidator struct {
	then []validator.Int64
}

func wholeNumber(then ...validator.Int64) wholeNumberValidator {
	return wholeNumberValidator{then: then}
}

func (v wholeNumberValidator) Description(ctx context.Context) string {
	desc := "value must be a whole number"
	for _, t := range v.then {
		desc += "; " + t.Description(ctx)
	}
	return desc
}

func (v wholeNumberValidator) MarkdownDescription(ctx context.Context) string {
	return v.Description(ctx)
}

func (v wholeNumberValidator) ValidateNumber(ctx context.Context, req validator.NumberRequest, resp *validator.NumberResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	i, ok := wholeInt64(req.ConfigValue.ValueBigFloat())
	if !ok {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid Whole Number",
			"The value "+req.ConfigValue.ValueBigFloat().Text('g', -1)+" is not a whole number that fits in 64 bits; Lambda counts this in whole units.")
		return
	}
	for _, t := range v.then {
		ireq := validator.Int64Request{Path: req.Path, PathExpression: req.PathExpression, Config: req.Config, ConfigValue: types.Int64Value(i)}
		iresp := &validator.Int64Response{}
		t.ValidateInt64(ctx, ireq, iresp)
		resp.Diagnostics.Append(iresp.Diagnostics...)
	}
}

func wholeInt64(f *big.Float) (int64, bool) {
	if f == nil || !f.IsInt() {
		return 0, false
	}
	i, acc := f.Int64()
	return i, acc == big.Exact
}

// numberValue converts a validated whole Number; validation has already
// refused anything else, which is treated as absent here.
func numberValue(v types.Number) quota.Value[int64] {
	if v.IsUnknown() {
		return quota.Unknown[int64]()
	}
	if v.IsNull() {
		return quota.Null[int64]()
	}
	i, ok := wholeInt64(v.ValueBigFloat())
	if !ok {
		return quota.Null[int64]()
	}
	return quota.Known(i)
}
