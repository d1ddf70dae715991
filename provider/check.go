package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/diagnostic"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// A check is offered as two functions: check_NAME returns true or fails the
// plan with every violation, for conditions; NAME_violations returns the
// violations as a list of strings, for check blocks, which should warn
// rather than fail.
type check struct {
	name        string
	summary     string
	description string
	params      []function.DynamicParameter
	// options describes the variadic options object; empty when the check
	// takes none.
	options string
	run     func(dc *decode.Decoder, args []decode.Val, opts decode.Val) quota.Result
}

var checks = []check{checkFunction, checkFunctions, checkLayer, checkVPC, checkPermissions, checkProvisionedConcurrency, checkEventSource,
	checkIntegration}

// checkFunctions returns the constructors of both forms of every check.
func checkConstructors() []func() function.Function {
	var out []func() function.Function
	for _, c := range checks {
		out = append(out,
			func() function.Function { return &checkFunc{check: c} },
			func() function.Function { return &checkFunc{check: c, list: true} })
	}
	return out
}

type checkFunc struct {
	check
	list bool
}

var _ function.Function = &checkFunc{}

func (f *checkFunc) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = f.functionName()
}

func (f *checkFunc) functionName() string {
	if f.list {
		return f.name + "_violations"
	}
	return "check_" + f.name
}

func (f *checkFunc) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	def := function.Definition{Summary: f.summary}
	for _, p := range f.params {
		p.AllowUnknownValues = true
		def.Parameters = append(def.Parameters, p)
	}
	if f.options != "" {
		def.VariadicParameter = function.DynamicParameter{Name: "options", MarkdownDescription: f.options, AllowUnknownValues: true}
	}
	if f.list {
		def.Summary = f.summary + ", as a list of violations"
		def.MarkdownDescription = fmt.Sprintf("The warning form of `check_%s`, for `check` blocks: ", f.name) + f.description +
			" Returns the list of violations, one message each, which is empty when everything fits: use " +
			"`length(...) == 0` as the assertion and `join(\"\\n\", ...)` as its message, so that a violation warns instead of failing " +
			"the plan. Returns unknown while an input it needs is unknown and no violation is certain. Arguments of the wrong shape " +
			"are still errors."
		def.Return = function.ListReturn{ElementType: types.StringType}
	} else {
		def.MarkdownDescription = f.description + " Returns `true` when everything fits, and fails with every violation listed " +
			"(quota, measured value, limit, fix) otherwise. A certain violation fails even while other inputs are unknown; when " +
			"an input a check needs is unknown and nothing is certainly wrong, it returns unknown, so Terraform decides the " +
			fmt.Sprintf("condition once the value is known. For a warning instead of an error, use `%s_violations` in a `check` block.", f.name)
		def.Return = function.BoolReturn{}
	}
	resp.Definition = def
}

func (f *checkFunc) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	args := make([]types.Dynamic, len(f.params))
	var variadic []types.Dynamic
	targets := make([]any, 0, len(args)+1)
	for i := range args {
		targets = append(targets, &args[i])
	}
	if f.options != "" {
		targets = append(targets, &variadic)
	}
	if resp.Error = req.Arguments.Get(ctx, targets...); resp.Error != nil {
		return
	}
	vals := make([]decode.Val, 0, len(args)+len(variadic))
	for i, a := range append(args, variadic...) {
		v, ferr := toCty(ctx, a, int64(i))
		if ferr != nil {
			resp.Error = ferr
			return
		}
		vals = append(vals, decode.New(v, f.argName(i)))
	}
	out, ferr := f.evaluate(vals)
	if ferr != nil {
		resp.Error = ferr
		return
	}
	if f.list {
		resp.Error = resp.Result.Set(ctx, listValue(out))
	} else {
		resp.Error = resp.Result.Set(ctx, boolValue(out))
	}
}

// argName names the i-th argument in messages: its parameter's name, or
// options for the variadic ones.
func (f *checkFunc) argName(i int) string {
	if i < len(f.params) {
		return f.params[i].Name
	}
	return "options"
}

// evaluate runs the check on its arguments, named by argName, the options
// last, and returns the result: every certain violation (an error, or the
// list of them); else unknown when a quota could not be decided, so
// Terraform defers the condition; else true or an empty list. The
// framework's Run and the protocol fast path (server.go) both call it.
func (f *checkFunc) evaluate(args []decode.Val) (cty.Value, *function.FuncError) {
	positions := map[string]int64{"options": int64(len(f.params))}
	for i, p := range f.params {
		positions[p.Name] = int64(i)
	}
	opts := decode.New(cty.NullVal(cty.DynamicPseudoType), "options")
	switch extra := args[len(f.params):]; {
	case len(extra) > 1:
		return cty.NilVal, function.NewArgumentFuncError(int64(len(f.params)+1), "At most one options object may be given.")
	case len(extra) == 1:
		opts = extra[0]
	}
	dc := &decode.Decoder{Opaque: true, Today: today()}
	res := f.run(dc, args[:len(f.params)], opts)
	if errs := dc.Errors(); len(errs) > 0 {
		return cty.NilVal, diagnostic.ArgumentError(errs, positions)
	}
	undecided := len(res.Errors()) == 0 && len(res.Undecided) > 0
	if f.list {
		if undecided {
			return cty.UnknownVal(cty.List(cty.String)), nil
		}
		texts := diagnostic.Texts(res, quota.SurfaceFunction)
		if len(texts) == 0 {
			return cty.ListValEmpty(cty.String), nil
		}
		elems := make([]cty.Value, len(texts))
		for i, t := range texts {
			elems[i] = cty.StringVal(t)
		}
		return cty.ListVal(elems), nil
	}
	if ferr := diagnostic.FuncError(res, quota.SurfaceFunction); ferr != nil {
		return cty.NilVal, ferr
	}
	if undecided {
		return cty.UnknownVal(cty.Bool), nil
	}
	return cty.True, nil
}

func boolValue(v cty.Value) types.Bool {
	if !v.IsKnown() {
		return types.BoolUnknown()
	}
	return types.BoolValue(v.True())
}

func listValue(v cty.Value) types.List {
	if !v.IsKnown() {
		return types.ListUnknown(types.StringType)
	}
	elems := make([]attr.Value, 0, v.LengthInt())
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		elems = append(elems, types.StringValue(e.AsString()))
	}
	return types.ListValueMust(types.StringType, elems)
}

// toCty converts a function argument; it cannot fail for values Terraform
// sends, so a failure is the provider's bug, said as such.
func toCty(ctx context.Context, v attr.Value, pos int64) (cty.Value, *function.FuncError) {
	out, err := decode.FromFramework(ctx, v)
	if err != nil {
		return out, function.NewArgumentFuncError(pos, "The provider could not read this argument: "+err.Error()+". Please report this to the provider's developers.")
	}
	return out, nil
}

const quotasOption = "`quotas` (map of number by quota id, with the rules of the provider's `quotas`): functions cannot see the " +
	"provider's configuration, so pass `data.lambdaquota_limits.<name>.quotas` to check against your account's values"
