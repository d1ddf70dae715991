package lintrules

import (
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/zclconf/go-cty/cty"
)

var defaultTagsSchema = &hclext.BodySchema{Blocks: []hclext.BlockSchema{{Type: "default_tags",
	Body: &hclext.BodySchema{Attributes: []hclext.AttributeSchema{{Name: "tags"}}}}}}

// defaultTags are what the AWS provider merges into every resource's
// tags_all: its default_tags in the root module, none when the root module
// has no aws provider block. In a called module the provider is the
// caller's, and where the root's aws provider blocks differ a resource may
// use any of them: there they are unknown, and the tags a resource writes
// are the least its tags_all holds.
func (m *moduleRunner) defaultTags() (cty.Value, error) {
	unknown := cty.UnknownVal(cty.Map(cty.String))
	if m.evalFn != nil || m.called() {
		return unknown, nil
	}
	content, err := m.GetProviderContent("aws", defaultTagsSchema, nil)
	if err != nil {
		return cty.NilVal, err
	}
	found := cty.NilVal
	for _, p := range content.Blocks {
		tags := cty.MapValEmpty(cty.String)
		for _, dt := range p.Body.Blocks {
			if a, ok := dt.Body.Attributes["tags"]; ok {
				if tags, err = m.eval(a.Expr); err != nil {
					return cty.NilVal, err
				}
			}
		}
		if found != cty.NilVal && !found.RawEquals(tags) {
			return unknown, nil
		}
		found = tags
	}
	if found == cty.NilVal {
		return cty.MapValEmpty(cty.String), nil
	}
	return found, nil
}

// withTagsAll gives a resource object the tags_all the AWS provider plans:
// its default tags merged with the resource's tags, unknown while either is.
func withTagsAll(obj, defaults cty.Value) cty.Value {
	if !obj.Type().IsObjectType() {
		return obj
	}
	attrs := obj.AsValueMap()
	tags, ok := attrs["tags"]
	if !ok {
		tags = cty.NullVal(cty.Map(cty.String))
	}
	attrs["tags_all"] = merged(defaults, tags)
	return cty.ObjectVal(attrs)
}

func merged(maps ...cty.Value) cty.Value {
	out := map[string]cty.Value{}
	for _, m := range maps {
		switch {
		case m.IsNull():
			continue
		case !m.IsWhollyKnown() || !m.Type().IsMapType() && !m.Type().IsObjectType():
			return cty.UnknownVal(cty.Map(cty.String))
		}
		for k, v := range m.AsValueMap() {
			out[k] = v
		}
	}
	if len(out) == 0 {
		return cty.MapValEmpty(cty.String)
	}
	return cty.ObjectVal(out)
}
