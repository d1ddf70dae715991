// Package diagnostic turns quota findings and decoding errors into the
// framework's diagnostics and function errors: one path for attributes and
// function parameters, used by the data sources, the provider-defined
// functions and the public validators.
package diagnostic

import (
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// AddFindings adds one diagnostic per finding. at gives the attribute a
// finding is about; ok=false attaches it to the whole configuration.
func AddFindings(diags *diag.Diagnostics, res quota.Result, s quota.Surface, at func(quota.Finding) (path.Path, bool)) {
	for _, f := range res.Findings {
		p, ok := at(f)
		msg := f.Message(s)
		if f.Subject != "" {
			msg = f.Subject + ": " + msg
		}
		switch {
		case !ok && f.Kind.IsError():
			diags.AddError(f.Summary, msg)
		case !ok:
			diags.AddWarning(f.Summary, msg)
		case f.Kind.IsError():
			diags.AddAttributeError(p, f.Summary, msg)
		default:
			diags.AddAttributeWarning(p, f.Summary, msg)
		}
	}
}

// FindingAttribute attaches a finding to the data source attribute it names,
// within the member of a collection it is about, if any.
func FindingAttribute(f quota.Finding) (path.Path, bool) {
	if f.Attribute == "" {
		return path.Empty(), false
	}
	p := path.Root(f.Attribute)
	if f.Subject != "" {
		subject, ok := attributePath(f.SubjectPath)
		if !ok {
			return path.Empty(), false
		}
		p = subject.AtName(f.Attribute)
	}
	if f.Index >= 0 {
		p = p.AtListIndex(f.Index)
	}
	return p, true
}

// Text is a finding as one line of a function's error or violation list.
// Terraform ends a function's error with a period of its own, so the last
// one is left out.
func Text(f quota.Finding, s quota.Surface) string {
	text := f.Summary + ": " + f.Message(s)
	if f.Subject != "" {
		text = f.Subject + ": " + text
	}
	return strings.TrimSuffix(text, ".")
}

// Texts are the error findings of a result, as Text.
func Texts(res quota.Result, s quota.Surface) []string {
	errs := res.Errors()
	out := make([]string, len(errs))
	for i, f := range errs {
		out[i] = Text(f, s)
	}
	return out
}

// FuncError joins a result's errors into one function error, since a call
// fails with a single error: each finding is a numbered line. It is not tied
// to an argument, since the values are right and the quota is exceeded.
func FuncError(res quota.Result, s quota.Surface) *function.FuncError {
	texts := Texts(res, s)
	switch len(texts) {
	case 0:
		return nil
	case 1:
		return function.NewFuncError(texts[0])
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d Lambda quota checks failed:", len(texts))
	for i, t := range texts {
		fmt.Fprintf(&b, "\n%d. %s", i+1, t)
	}
	return function.NewFuncError(b.String())
}

// ArgumentError reports decoding errors against the argument they are in,
// found by the first name of their path.
func ArgumentError(errs decode.Errors, positions map[string]int64) *function.FuncError {
	byArg := map[int64][]string{}
	var order []int64
	for _, e := range errs {
		var root string
		if len(e.Steps) > 0 {
			root = e.Steps[0].Name
		}
		pos := positions[root]
		if _, seen := byArg[pos]; !seen {
			order = append(order, pos)
		}
		byArg[pos] = append(byArg[pos], strings.TrimSuffix(e.Error(), "."))
	}
	var out *function.FuncError
	for _, pos := range order {
		out = function.ConcatFuncErrors(out, function.NewArgumentFuncError(pos, strings.Join(byArg[pos], "\n")))
	}
	return out
}

// AddDecodeErrors adds decoding errors of a configuration as attribute
// errors at their paths.
func AddDecodeErrors(diags *diag.Diagnostics, errs decode.Errors) {
	for _, e := range errs {
		summary := e.Summary
		if summary == "" {
			summary = "Invalid Value"
		}
		p, ok := attributePath(e.Steps)
		if !ok {
			diags.AddError(summary, sentence(e.Error()))
			continue
		}
		diags.AddAttributeError(p, summary, sentence(e.Path()+": "+e.Message))
	}
}

// sentence ends a message with a full stop, unless it ends a question.
func sentence(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}

// attributePath is a decoding path as the framework's; false when it does
// not start at an attribute.
func attributePath(steps []quota.PathStep) (path.Path, bool) {
	if len(steps) == 0 || steps[0].Kind != quota.StepAttribute {
		return path.Empty(), false
	}
	p := path.Root(steps[0].Name)
	for _, st := range steps[1:] {
		switch st.Kind {
		case quota.StepIndex:
			p = p.AtListIndex(st.Index)
		case quota.StepKey:
			p = p.AtMapKey(st.Name)
		default:
			p = p.AtName(st.Name)
		}
	}
	return p, true
}
