package plancheck

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"

	"github.com/zclconf/go-cty/cty"
)

// sensitive is the mark the decoding layer reads as Terraform's sensitive.
const sensitive = "sensitive"

// planValue turns a resource's values as a plan's JSON writes them into the
// cty value the decoding layer reads from Terraform: after holds the known
// values, with null where a value is unknown; unknown and sens mirror it
// with true where a value is unknown (after_unknown) or sensitive
// (after_sensitive). Objects become objects and arrays tuples, as Terraform's
// own JSON decoding does without a schema; the decoding layer treats tuples
// as lists and sets.
func planValue(after, unknown, sens []byte) (cty.Value, error) {
	var a, u, s any
	for _, part := range []struct {
		raw []byte
		dst *any
	}{{after, &a}, {unknown, &u}, {sens, &s}} {
		if isNull(part.raw) {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(part.raw))
		dec.UseNumber()
		if err := dec.Decode(part.dst); err != nil {
			return cty.NilVal, err
		}
	}
	return toCty(a, u, s)
}

func toCty(v, unknown, sens any) (cty.Value, error) {
	out, err := toCtyUnmarked(v, unknown, sens)
	if err == nil && sens == true {
		out = out.Mark(sensitive)
	}
	return out, err
}

func toCtyUnmarked(v, unknown, sens any) (cty.Value, error) {
	if unknown == true {
		return cty.DynamicVal, nil
	}
	switch v := v.(type) {
	case nil:
		// An object or list that is unknown only in part is written with its
		// known members in after_unknown alone.
		if m, ok := unknown.(map[string]any); ok {
			return toCtyObject(nil, m, sens)
		}
		if l, ok := unknown.([]any); ok {
			return toCtyTuple(make([]any, len(l)), l, sens)
		}
		return cty.NullVal(cty.DynamicPseudoType), nil
	case string:
		return cty.StringVal(v), nil
	case bool:
		return cty.BoolVal(v), nil
	case json.Number:
		f, _, err := big.ParseFloat(string(v), 10, 512, big.ToNearestEven)
		if err != nil {
			return cty.NilVal, fmt.Errorf("invalid number %s", v)
		}
		return cty.NumberVal(f), nil
	case map[string]any:
		return toCtyObject(v, unknown, sens)
	case []any:
		return toCtyTuple(v, unknown, sens)
	}
	return cty.NilVal, fmt.Errorf("unexpected JSON value %T", v)
}

func toCtyObject(v map[string]any, unknown, sens any) (cty.Value, error) {
	um, _ := unknown.(map[string]any)
	sm, _ := sens.(map[string]any)
	keys := make([]string, 0, len(v)+len(um))
	for k := range v {
		keys = append(keys, k)
	}
	for k := range um {
		if _, ok := v[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	attrs := make(map[string]cty.Value, len(keys))
	for _, k := range keys {
		var err error
		if attrs[k], err = toCty(v[k], um[k], sm[k]); err != nil {
			return cty.NilVal, err
		}
	}
	return cty.ObjectVal(attrs), nil
}

func toCtyTuple(v []any, unknown, sens any) (cty.Value, error) {
	ul, _ := unknown.([]any)
	sl, _ := sens.([]any)
	elems := make([]cty.Value, len(v))
	for i := range v {
		var u, s any
		if i < len(ul) {
			u = ul[i]
		}
		if i < len(sl) {
			s = sl[i]
		}
		var err error
		if elems[i], err = toCty(v[i], u, s); err != nil {
			return cty.NilVal, err
		}
	}
	return cty.TupleVal(elems), nil
}
