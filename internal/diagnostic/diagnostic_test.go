package diagnostic

import (
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

func TestFindingAttributeFollowsSubjectPath(t *testing.T) {
	t.Parallel()
	subject := []quota.PathStep{{Name: "functions"}, {Kind: quota.StepKey, Name: "a.b[0]"}}
	got, ok := FindingAttribute(quota.Finding{Subject: `functions["a.b[0]"]`, SubjectPath: subject, Attribute: "layers", Index: 2})
	want := path.Root("functions").AtMapKey("a.b[0]").AtName("layers").AtListIndex(2)
	if !ok || !got.Equal(want) {
		t.Errorf("path = %s, %v; want %s", got, ok, want)
	}
}

func TestDecodeErrorsAtTheirPaths(t *testing.T) {
	t.Parallel()
	dc := &decode.Decoder{}
	cfg := cty.ObjectVal(map[string]cty.Value{"functions": cty.ObjectVal(map[string]cty.Value{
		"api": cty.ObjectVal(map[string]cty.Value{"memory_size": cty.StringVal("lots")})})})
	dc.Fleet(decode.New(cfg, "").Get("functions"), decode.New(cty.NullVal(cty.DynamicPseudoType), "options"))
	var diags diag.Diagnostics
	AddDecodeErrors(&diags, dc.Errors())
	want := path.Root("functions").AtMapKey("api").AtName("memory_size")
	if len(diags) != 1 {
		t.Fatalf("diagnostics = %v, want one", diags)
	}
	if d, ok := diags[0].(diag.DiagnosticWithPath); !ok || !d.Path().Equal(want) {
		t.Errorf("diagnostic = %v; want it at %s", diags[0], want)
	}
}

// A suggestion ends its message as a question, without a full stop after.
func TestDecodeErrorsEndAsSentences(t *testing.T) {
	dc := &decode.Decoder{}
	cfg := cty.ObjectVal(map[string]cty.Value{"functions": cty.ObjectVal(map[string]cty.Value{
		"api": cty.ObjectVal(map[string]cty.Value{"memory_sise": cty.NumberIntVal(1), "timeout": cty.StringVal("long")})})})
	dc.Fleet(decode.New(cfg, "").Get("functions"), decode.New(cty.NullVal(cty.DynamicPseudoType), "options"))
	var diags diag.Diagnostics
	AddDecodeErrors(&diags, dc.Errors())
	if len(diags) != 2 {
		t.Fatalf("diagnostics = %v, want two", diags)
	}
	for _, d := range diags {
		detail := d.Detail()
		if strings.HasSuffix(detail, "?.") || strings.HasSuffix(detail, "..") || !strings.HasSuffix(detail, ".") && !strings.HasSuffix(detail, "?") {
			t.Errorf("detail %q does not end as one sentence", detail)
		}
	}
}
