package decode

import (
	"context"
	"encoding/json"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
	"github.com/zclconf/go-cty/cty"
	ctyjson "github.com/zclconf/go-cty/cty/json"
	ctymsgpack "github.com/zclconf/go-cty/cty/msgpack"
)

// FromFramework converts a framework value (an attribute, a function
// argument) to cty.
func FromFramework(ctx context.Context, v attr.Value) (cty.Value, error) {
	if v == nil {
		return cty.NullVal(cty.DynamicPseudoType), nil
	}
	tv, err := v.ToTerraformValue(ctx)
	if err != nil {
		return cty.NilVal, err
	}
	return FromTerraform(tv)
}

// FromTerraform converts a tftypes value, such as a data source's raw
// configuration, to cty, through the libraries' own encodings: msgpack for
// the value, as Terraform sends it, and cty's JSON for its type. A value's
// own type is used, so dynamic values keep the type they were given.
func FromTerraform(v tftypes.Value) (cty.Value, error) {
	if v.Type() == nil {
		return cty.NullVal(cty.DynamicPseudoType), nil
	}
	ty, err := CtyType(v.Type())
	if err != nil {
		return cty.NilVal, err
	}
	dv, err := tfprotov6.NewDynamicValue(v.Type(), v)
	if err != nil {
		return cty.NilVal, err
	}
	return ctymsgpack.Unmarshal(dv.MsgPack, ty)
}

// CtyType is the cty type of a tftypes type, such as a schema's: both
// libraries write types as the same JSON.
func CtyType(t tftypes.Type) (cty.Type, error) {
	b, err := json.Marshal(t)
	if err != nil {
		return cty.NilType, err
	}
	return ctyjson.UnmarshalType(b)
}
