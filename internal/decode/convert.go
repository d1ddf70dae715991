package decode

import (
	"context"
	"fmt"
	"iter"
	"maps"
	"math/big"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
	"github.com/zclconf/go-cty/cty"
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
// configuration, to cty. A value's own type is used, so dynamic values keep
// the type they were given.
func FromTerraform(v tftypes.Value) (cty.Value, error) {
	typ := v.Type()
	if typ == nil {
		return cty.NullVal(cty.DynamicPseudoType), nil
	}
	ty, err := ctyType(typ)
	if err != nil {
		return cty.NilVal, err
	}
	switch {
	case !v.IsKnown():
		return cty.UnknownVal(ty), nil
	case v.IsNull():
		return cty.NullVal(ty), nil
	}
	switch {
	case typ.Is(tftypes.String):
		var s string
		err = v.As(&s)
		return cty.StringVal(s), err
	case typ.Is(tftypes.Number):
		var f big.Float
		err = v.As(&f)
		return cty.NumberVal(&f), err
	case typ.Is(tftypes.Bool):
		var b bool
		err = v.As(&b)
		return cty.BoolVal(b), err
	}
	switch typ.(type) {
	case tftypes.List, tftypes.Set, tftypes.Tuple:
		var elems []tftypes.Value
		if err := v.As(&elems); err != nil {
			return cty.NilVal, err
		}
		vals := make([]cty.Value, len(elems))
		for i, e := range elems {
			if vals[i], err = FromTerraform(e); err != nil {
				return cty.NilVal, err
			}
		}
		return collection(ty, vals), nil
	case tftypes.Map, tftypes.Object:
		var elems map[string]tftypes.Value
		if err := v.As(&elems); err != nil {
			return cty.NilVal, err
		}
		vals := make(map[string]cty.Value, len(elems))
		for k, e := range elems {
			if vals[k], err = FromTerraform(e); err != nil {
				return cty.NilVal, err
			}
		}
		if _, isMap := typ.(tftypes.Map); isMap && sameTypes(maps.Values(vals)) {
			if len(vals) == 0 {
				return cty.MapValEmpty(ty.ElementType()), nil
			}
			return cty.MapVal(vals), nil
		}
		return cty.ObjectVal(vals), nil
	}
	return cty.NilVal, fmt.Errorf("unsupported type %s", typ)
}

// collection builds a list, set or tuple; elements of differing concrete
// types (possible under a dynamic element type) make a tuple.
func collection(ty cty.Type, vals []cty.Value) cty.Value {
	if len(vals) == 0 {
		switch {
		case ty.IsListType():
			return cty.ListValEmpty(ty.ElementType())
		case ty.IsSetType():
			return cty.SetValEmpty(ty.ElementType())
		}
		return cty.EmptyTupleVal
	}
	if !ty.IsTupleType() && sameTypes(slices.Values(vals)) {
		if ty.IsSetType() {
			return cty.SetVal(vals)
		}
		return cty.ListVal(vals)
	}
	return cty.TupleVal(vals)
}

func sameTypes(vals iter.Seq[cty.Value]) bool {
	var first cty.Type
	seen := false
	for v := range vals {
		if !seen {
			first, seen = v.Type(), true
			continue
		}
		if !v.Type().Equals(first) {
			return false
		}
	}
	return true
}

// CtyType is the cty type of a tftypes type, such as a schema's.
func CtyType(t tftypes.Type) (cty.Type, error) { return ctyType(t) }

func ctyType(t tftypes.Type) (cty.Type, error) {
	switch {
	case t.Is(tftypes.String):
		return cty.String, nil
	case t.Is(tftypes.Number):
		return cty.Number, nil
	case t.Is(tftypes.Bool):
		return cty.Bool, nil
	case t.Is(tftypes.DynamicPseudoType):
		return cty.DynamicPseudoType, nil
	}
	switch tt := t.(type) {
	case tftypes.List:
		e, err := ctyType(tt.ElementType)
		return cty.List(e), err
	case tftypes.Set:
		e, err := ctyType(tt.ElementType)
		return cty.Set(e), err
	case tftypes.Map:
		e, err := ctyType(tt.ElementType)
		return cty.Map(e), err
	case tftypes.Tuple:
		elems := make([]cty.Type, len(tt.ElementTypes))
		for i, et := range tt.ElementTypes {
			var err error
			if elems[i], err = ctyType(et); err != nil {
				return cty.NilType, err
			}
		}
		return cty.Tuple(elems), nil
	case tftypes.Object:
		attrs := make(map[string]cty.Type, len(tt.AttributeTypes))
		for k, at := range tt.AttributeTypes {
			var err error
			if attrs[k], err = ctyType(at); err != nil {
				return cty.NilType, err
			}
		}
		return cty.Object(attrs), nil
	}
	return cty.NilType, fmt.Errorf("unsupported type %s", t)
}
