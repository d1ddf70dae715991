package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// checkOutcome sets a check function's result: unknown when the quotas
// themselves are unknown or a quota could not be decided, so Terraform defers
// the condition; otherwise an error listing every violation, or true.
func checkOutcome(ctx context.Context, resp *function.RunResponse, res quota.Result, limitsKnown bool) {
	if !limitsKnown {
		resp.Error = resp.Result.Set(ctx, types.BoolUnknown())
		return
	}
	if err := funcResultError(res); err != nil {
		resp.Error = err
		return
	}
	if len(res.Undecided) > 0 {
		resp.Error = resp.Result.Set(ctx, types.BoolUnknown())
		return
	}
	resp.Error = resp.Result.Set(ctx, types.BoolValue(true))
}

// runObjectCheck runs a check function that takes an object and optional
// options: it reads both, defers on an unknown object, and reports the check.
func runObjectCheck(ctx context.Context, req function.RunRequest, resp *function.RunResponse, name string,
	check func(d dyn, opts functionOptions, limits quota.Limits) (quota.Result, error)) {
	var arg types.Dynamic
	var variadic []types.Dynamic
	resp.Error = req.Arguments.Get(ctx, &arg, &variadic)
	if resp.Error != nil {
		return
	}
	opts, limits, known, ferr := optionsArgument(variadic, 1)
	if ferr != nil {
		resp.Error = ferr
		return
	}
	d := newDyn(arg, name)
	if d.unknown() {
		resp.Error = resp.Result.Set(ctx, types.BoolUnknown())
		return
	}
	res, err := check(d, opts, limits)
	if err != nil {
		resp.Error = function.NewArgumentFuncError(0, err.Error())
		return
	}
	checkOutcome(ctx, resp, res, known)
}

// optionsArgument reads the optional trailing options object at argument
// position pos, and the limits its quotas give; known is false when those
// quotas are unknown.
func optionsArgument(args []types.Dynamic, pos int64) (opts functionOptions, limits quota.Limits, known bool, ferr *function.FuncError) {
	switch len(args) {
	case 0:
		opts = functionOptions{d: dyn{path: "options"}}
	case 1:
		opts = functionOptions{d: newDyn(args[0], "options")}
	default:
		return opts, limits, false, function.NewArgumentFuncError(pos, "At most one options object may be given.")
	}
	limits, known, err := opts.limits()
	if err != nil {
		return opts, limits, false, function.NewArgumentFuncError(pos, err.Error())
	}
	return opts, limits, known, nil
}

const optionsDescription = "Optional object: `quotas` (map of number, the same ids and rules as the provider's `quotas`; " +
	"pass `data.lambdaquota_limits.x.quotas` to carry the provider's overrides), `layer_filenames` (local layer zips counted " +
	"into the unzipped total), `layer_unzipped_bytes` (declared unzipped size of other layers) and `image_size_bytes`."
