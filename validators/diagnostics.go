package validators

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/diagnostic"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// addFindings adds one diagnostic per finding at the validated attribute.
func addFindings(diags *diag.Diagnostics, p path.Path, res quota.Result) {
	diagnostic.AddFindings(diags, res, quota.SurfaceDataSource, func(quota.Finding) (path.Path, bool) { return p, true })
}

// funcError reports a parameter's findings against it: the argument itself
// breaks the quota.
func funcError(pos int64, res quota.Result) *function.FuncError {
	var err *function.FuncError
	for _, text := range diagnostic.Texts(res, quota.SurfaceFunction) {
		err = function.ConcatFuncErrors(err, function.NewArgumentFuncError(pos, text))
	}
	return err
}

// decoded reads a value with the provider's decoding rules. Values the
// framework has already typed cannot fail to convert or decode; ok is false
// for null and unknown values, which validators skip.
func decoded[T any](ctx context.Context, v attr.Value, read func(*decode.Decoder, decode.Val) T) (T, bool) {
	var zero T
	if v.IsNull() || v.IsUnknown() {
		return zero, false
	}
	c, err := decode.FromFramework(ctx, v)
	if err != nil {
		return zero, false
	}
	dc := &decode.Decoder{Opaque: true}
	out := read(dc, decode.New(c, "value"))
	return out, dc.Err() == nil
}

func stringsOf(ctx context.Context, v attr.Value) (quota.Strings, bool) {
	return decoded(ctx, v, (*decode.Decoder).Strings)
}

func stringMapOf(ctx context.Context, v attr.Value) (quota.StringMap, bool) {
	return decoded(ctx, v, (*decode.Decoder).StringMap)
}
