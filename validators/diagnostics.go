package validators

import (
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// appendFindings adds one diagnostic per finding at the validated attribute.
func appendFindings(diags *diag.Diagnostics, p path.Path, res quota.Result) {
	for _, f := range res.Findings {
		if f.Kind.IsError() {
			diags.AddAttributeError(p, f.Summary, f.Detail)
		} else {
			diags.AddAttributeWarning(p, f.Summary, f.Detail)
		}
	}
}

// funcError joins the errors of a result into one function error, since a
// function call fails with a single error.
func funcError(pos int64, res quota.Result) *function.FuncError {
	var err *function.FuncError
	for _, f := range res.Errors() {
		err = function.ConcatFuncErrors(err, function.NewArgumentFuncError(pos, f.Summary+": "+f.Detail))
	}
	return err
}

// elementCount returns the number of elements of a list or set, or false when
// the collection is null or unknown. Unknown elements still count.
func elementCount(null, unknown bool, n int) (int, bool) {
	if null || unknown {
		return 0, false
	}
	return n, true
}

// stringMap converts a map of strings; null elements are left out.
func stringMap(m types.Map) quota.StringMap {
	out := make(map[string]quota.Value[string], len(m.Elements()))
	for k, v := range m.Elements() {
		s, ok := v.(types.String)
		switch {
		case !ok || s.IsNull():
		case s.IsUnknown():
			out[k] = quota.Unknown[string]()
		default:
			out[k] = quota.Known(s.ValueString())
		}
	}
	return quota.Known(out)
}
