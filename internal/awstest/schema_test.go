package awstest

import (
	"context"
	"encoding/json"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
)

// deviations are where this provider's schema differs from the AWS
// provider's on purpose, with why.
var deviations = map[string]string{
	"aws_lambda_function.role": "optional here, so that a test's function needs only what it is about; no check reads it",
}

// TestSchemaIsTheAWSProviders: every attribute this provider serves is the
// AWS provider v6's, of the same type and equally required, optional or
// computed (testdata/aws-provider-v6-schema.json, read from its schema
// dump), so that configurations plan here as they plan against AWS: what
// is unknown on create, what a check may find null. The checks read only
// what this provider serves (TestSchemaHoldsWhatChecksRead).
func TestSchemaIsTheAWSProviders(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("testdata/aws-provider-v6-schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var dump map[string]json.RawMessage
	if err := json.Unmarshal(b, &dump); err != nil {
		t.Fatal(err)
	}
	served := map[string]bool{}
	for _, newResource := range (&fakeAWSProvider{}).Resources(context.Background()) {
		r, ok := newResource().(*fakeResource)
		if !ok {
			t.Fatalf("%T is not a fakeResource", newResource())
		}
		typ := "aws_" + r.name
		served[typ] = true
		var want map[string]string
		if err := json.Unmarshal(dump[typ], &want); err != nil || want == nil {
			t.Errorf("%s: not in the AWS provider's schema (testdata): %v", typ, err)
			continue
		}
		var resp resource.SchemaResponse
		r.Schema(context.Background(), resource.SchemaRequest{}, &resp)
		got := map[string]string{}
		describe(got, "", resp.Schema.Attributes, resp.Schema.Blocks)
		for _, p := range slices.Sorted(maps.Keys(got)) {
			key := typ + "." + p
			w, ok := want[p]
			switch {
			case !ok:
				t.Errorf("%s is served here but is no attribute of the AWS provider's", key)
			case w != got[p] && deviations[key] == "" && !sdkID(p, w, got[p]):
				t.Errorf("%s is %q here and %q in the AWS provider", key, got[p], w)
			}
		}
	}
	for typ := range dump {
		if !served[typ] && !strings.HasPrefix(typ, "_") {
			t.Errorf("%s is in the testdata but not served", typ)
		}
	}
}

// sdkID reports an id the AWS provider declares optional and computed, as
// terraform-plugin-sdk declares every id, served here as computed only.
func sdkID(path, want, got string) bool {
	return path == "id" && want == "string optional computed" && got == "string computed"
}

// describe writes each attribute as the testdata does: "type flags", by
// its path, with a list block's attributes under block[].
func describe(out map[string]string, prefix string, attrs map[string]schema.Attribute, blocks map[string]schema.Block) {
	for name, a := range attrs {
		var typ string
		switch a := a.(type) {
		case schema.StringAttribute:
			typ = "string"
		case schema.Int64Attribute, schema.Float64Attribute, schema.NumberAttribute:
			typ = "number"
		case schema.BoolAttribute:
			typ = "bool"
		case schema.ListAttribute:
			typ = "list(" + a.ElementType.String() + ")"
		case schema.SetAttribute:
			typ = "set(" + a.ElementType.String() + ")"
		case schema.MapAttribute:
			typ = "map(" + a.ElementType.String() + ")"
		case schema.ListNestedAttribute:
			typ = "list(object)"
			describe(out, prefix+name+"[].", a.NestedObject.Attributes, nil)
		default:
			typ = "unknown"
		}
		typ = strings.ReplaceAll(typ, "basetypes.StringType", "string")
		var flags []string
		if a.IsRequired() {
			flags = append(flags, "required")
		}
		if a.IsOptional() {
			flags = append(flags, "optional")
		}
		if a.IsComputed() {
			flags = append(flags, "computed")
		}
		out[prefix+name] = typ + " " + strings.Join(flags, " ")
	}
	for name, b := range blocks {
		if l, ok := b.(schema.ListNestedBlock); ok {
			describe(out, prefix+name+"[].", l.NestedObject.Attributes, l.NestedObject.Blocks)
		}
	}
}

// TestSchemaHoldsWhatChecksRead: every row of the attribute table
// (internal/decode/attributes.hcl) is served here where the AWS provider
// holds it, of its type, computed where the table says the provider
// computes it and required in its block where the table says so; and what
// users write of a computed one is served too. With TestSchemaIsTheAWSProviders,
// each row's path is the AWS provider v6's.
func TestSchemaHoldsWhatChecksRead(t *testing.T) {
	t.Parallel()
	served := map[string]map[string]string{}
	for _, newResource := range (&fakeAWSProvider{}).Resources(context.Background()) {
		r, ok := newResource().(*fakeResource)
		if !ok {
			t.Fatalf("%T is not a fakeResource", newResource())
		}
		var resp resource.SchemaResponse
		r.Schema(context.Background(), resource.SchemaRequest{}, &resp)
		served["aws_"+r.name] = map[string]string{}
		describe(served["aws_"+r.name], "", resp.Schema.Attributes, resp.Schema.Blocks)
	}
	for _, r := range decode.Attributes {
		got, ok := served[r.Type]
		if !ok {
			t.Errorf("%s: the checks read it, and this provider does not serve it", r.Type)
			continue
		}
		for _, a := range r.Arguments {
			if len(a.Path) == 0 {
				continue
			}
			key := strings.Join(a.Path, "[].")
			desc, ok := got[key]
			if !ok {
				t.Errorf("%s.%s: the checks read %s, which is not served", r.Type, a.Name, key)
				continue
			}
			typ, flags, _ := strings.Cut(desc, " ")
			wantTyp := a.Type
			if a.Type == "list(string)" && typ == "set(string)" {
				wantTyp = typ // a set reads as a list
			}
			if typ != wantTyp {
				t.Errorf("%s.%s: %s is %s, and the table says %s", r.Type, a.Name, key, typ, a.Type)
			}
			if computed := strings.Contains(flags, "computed") && !strings.Contains(flags, "optional"); a.Computed && !strings.Contains(flags, "computed") || computed && !a.Computed {
				t.Errorf("%s.%s: %s is %q, and the table says computed = %v", r.Type, a.Name, key, flags, a.Computed)
			}
			if required := strings.Contains(flags, "required") && a.InBlock(); required != a.Required && a.InBlock() {
				t.Errorf("%s.%s: %s is %q, and the table says required = %v", r.Type, a.Name, key, flags, a.Required)
			}
			if a.Config != "" && got[a.Config] == "" {
				t.Errorf("%s.%s: users write %s, which is not served", r.Type, a.Name, a.Config)
			}
		}
	}
}
