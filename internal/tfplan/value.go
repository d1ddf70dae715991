package tfplan

import (
	"encoding/json"
	"fmt"
	"maps"
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
// as lists and sets. after is read straight from its bytes, the largest
// part of a plan; the mirrors, which are small, through encoding/json.
func planValue(after, unknown, sens []byte) (cty.Value, error) {
	var u, s any
	for _, m := range []struct {
		raw []byte
		dst *any
	}{{unknown, &u}, {sens, &s}} {
		if !isNull(m.raw) {
			if err := json.Unmarshal(m.raw, m.dst); err != nil {
				return cty.NilVal, err
			}
		}
	}
	return toCty(after, u, s)
}

func toCty(b []byte, unknown, sens any) (cty.Value, error) {
	v, err := toCtyUnmarked(b, unknown, sens)
	if err == nil && sens == true {
		v = v.Mark(sensitive)
	}
	return v, err
}

func toCtyUnmarked(b []byte, unknown, sens any) (cty.Value, error) {
	if unknown == true {
		return cty.DynamicVal, nil
	}
	i := skipSpace(b, 0)
	if i == len(b) || isNull(b[i:]) {
		// An object or list that is unknown only in part may be written
		// with its known members in after_unknown alone.
		switch u := unknown.(type) {
		case map[string]any:
			return toCtyObject(nil, u, sens)
		case []any:
			return toCtyTuple(nil, u, sens)
		}
		return cty.NullVal(cty.DynamicPseudoType), nil
	}
	b = b[i:]
	switch b[0] {
	case '{':
		return toCtyObject(b, unknown, sens)
	case '[':
		return toCtyTuple(b, unknown, sens)
	case '"':
		s, err := unquote(b)
		if err != nil {
			return cty.NilVal, err
		}
		return cty.StringVal(s), nil
	case 't', 'f':
		return cty.BoolVal(b[0] == 't'), nil
	}
	n, err := cty.ParseNumberVal(string(b))
	if err != nil {
		return cty.NilVal, fmt.Errorf("invalid number %.40s", b)
	}
	return n, nil
}

func toCtyObject(b []byte, unknown, sens any) (cty.Value, error) {
	um, _ := unknown.(map[string]any)
	sm, _ := sens.(map[string]any)
	attrs := make(map[string]cty.Value, len(um))
	if b != nil {
		err := members(b, func(k string, v []byte) error {
			var err error
			attrs[k], err = toCty(v, um[k], sm[k])
			return err
		})
		if err != nil {
			return cty.NilVal, err
		}
	}
	// Unknown attributes may be left out of after.
	for _, k := range slices.Sorted(maps.Keys(um)) {
		if _, ok := attrs[k]; !ok {
			var err error
			if attrs[k], err = toCty(nil, um[k], sm[k]); err != nil {
				return cty.NilVal, err
			}
		}
	}
	return cty.ObjectVal(attrs), nil
}

func toCtyTuple(b []byte, unknown, sens any) (cty.Value, error) {
	ul, _ := unknown.([]any)
	sl, _ := sens.([]any)
	at := func(l []any, i int) any {
		if i < len(l) {
			return l[i]
		}
		return nil
	}
	var elems []cty.Value
	if b == nil {
		// Known only through after_unknown: every element is unknown or null.
		for i := range ul {
			v, err := toCty(nil, ul[i], at(sl, i))
			if err != nil {
				return cty.NilVal, err
			}
			elems = append(elems, v)
		}
		return cty.TupleVal(elems), nil
	}
	i := 0
	err := elements(b, func(e []byte) error {
		v, err := toCty(e, at(ul, i), at(sl, i))
		elems = append(elems, v)
		i++
		return err
	})
	if err != nil {
		return cty.NilVal, err
	}
	return cty.TupleVal(elems), nil
}
