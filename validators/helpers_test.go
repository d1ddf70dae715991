package validators_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// testCase is one input and the error it must give, as a regexp over the
// diagnostic summary and detail; empty means no error.
type testCase[T any] struct {
	value     T
	wantError string
}

func checkOutcome(t *testing.T, what string, gotErr bool, text, want string) {
	t.Helper()
	switch {
	case want == "" && gotErr:
		t.Fatalf("%s: unexpected error: %s", what, text)
	case want != "" && !gotErr:
		t.Fatalf("%s: expected an error matching %q", what, want)
	case want != "" && !regexp.MustCompile(want).MatchString(text):
		t.Fatalf("%s: error %q does not match %q", what, text, want)
	}
}

type int64Validator interface {
	validator.Int64
	function.Int64ParameterValidator
}

func runInt64(t *testing.T, v int64Validator, tests map[string]testCase[types.Int64]) {
	t.Helper()
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			resp := validator.Int64Response{}
			v.ValidateInt64(context.Background(), validator.Int64Request{Path: path.Root("test"), ConfigValue: tc.value}, &resp)
			checkOutcome(t, "attribute", resp.Diagnostics.HasError(), diagText(resp.Diagnostics.Errors()), tc.wantError)
			fresp := function.Int64ParameterValidatorResponse{}
			v.ValidateParameterInt64(context.Background(), function.Int64ParameterValidatorRequest{Value: tc.value}, &fresp)
			checkOutcome(t, "parameter", fresp.Error != nil, funcErrText(fresp.Error), tc.wantError)
		})
	}
}

type stringValidator interface {
	validator.String
	function.StringParameterValidator
}

func runString(t *testing.T, v stringValidator, tests map[string]testCase[types.String]) {
	t.Helper()
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			resp := validator.StringResponse{}
			v.ValidateString(context.Background(), validator.StringRequest{Path: path.Root("test"), ConfigValue: tc.value}, &resp)
			checkOutcome(t, "attribute", resp.Diagnostics.HasError(), diagText(resp.Diagnostics.Errors()), tc.wantError)
			fresp := function.StringParameterValidatorResponse{}
			v.ValidateParameterString(context.Background(), function.StringParameterValidatorRequest{Value: tc.value}, &fresp)
			checkOutcome(t, "parameter", fresp.Error != nil, funcErrText(fresp.Error), tc.wantError)
		})
	}
}

type mapValidator interface {
	validator.Map
	function.MapParameterValidator
}

func runMap(t *testing.T, v mapValidator, tests map[string]testCase[types.Map]) {
	t.Helper()
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			resp := validator.MapResponse{}
			v.ValidateMap(context.Background(), validator.MapRequest{Path: path.Root("test"), ConfigValue: tc.value}, &resp)
			checkOutcome(t, "attribute", resp.Diagnostics.HasError(), diagText(resp.Diagnostics.Errors()), tc.wantError)
			fresp := function.MapParameterValidatorResponse{}
			v.ValidateParameterMap(context.Background(), function.MapParameterValidatorRequest{Value: tc.value}, &fresp)
			checkOutcome(t, "parameter", fresp.Error != nil, funcErrText(fresp.Error), tc.wantError)
		})
	}
}

type countValidator interface {
	validator.List
	validator.Set
	function.ListParameterValidator
	function.SetParameterValidator
}

// runCount runs each case as a list and as a set of the same elements.
func runCount(t *testing.T, v countValidator, tests map[string]testCase[types.List]) {
	t.Helper()
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			set := types.SetNull(types.StringType)
			switch {
			case tc.value.IsUnknown():
				set = types.SetUnknown(types.StringType)
			case !tc.value.IsNull():
				set = types.SetValueMust(types.StringType, tc.value.Elements())
			}
			ctx := context.Background()
			lresp := validator.ListResponse{}
			v.ValidateList(ctx, validator.ListRequest{Path: path.Root("test"), ConfigValue: tc.value}, &lresp)
			checkOutcome(t, "list attribute", lresp.Diagnostics.HasError(), diagText(lresp.Diagnostics.Errors()), tc.wantError)
			sresp := validator.SetResponse{}
			v.ValidateSet(ctx, validator.SetRequest{Path: path.Root("test"), ConfigValue: set}, &sresp)
			checkOutcome(t, "set attribute", sresp.Diagnostics.HasError(), diagText(sresp.Diagnostics.Errors()), tc.wantError)
			flresp := function.ListParameterValidatorResponse{}
			v.ValidateParameterList(ctx, function.ListParameterValidatorRequest{Value: tc.value}, &flresp)
			checkOutcome(t, "list parameter", flresp.Error != nil, funcErrText(flresp.Error), tc.wantError)
			fsresp := function.SetParameterValidatorResponse{}
			v.ValidateParameterSet(ctx, function.SetParameterValidatorRequest{Value: set}, &fsresp)
			checkOutcome(t, "set parameter", fsresp.Error != nil, funcErrText(fsresp.Error), tc.wantError)
		})
	}
}

// distinctStrings returns a list of n distinct strings; an unknown element
// is added when withUnknown is set, replacing the last.
func distinctStrings(n int, withUnknown bool) types.List {
	elems := make([]attr.Value, n)
	for i := range elems {
		elems[i] = types.StringValue("id-" + string(rune('a'+i%26)) + string(rune('a'+i/26)))
	}
	if withUnknown && n > 0 {
		elems[n-1] = types.StringUnknown()
	}
	return types.ListValueMust(types.StringType, elems)
}

func diagText(diags diag.Diagnostics) string {
	var b strings.Builder
	for _, d := range diags {
		b.WriteString(d.Summary() + ": " + d.Detail() + "\n")
	}
	return b.String()
}

func funcErrText(err *function.FuncError) string {
	if err == nil {
		return ""
	}
	return err.Text
}
