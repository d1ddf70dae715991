package provider

import (
	"math/big"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// Conversions from framework values to quota inputs, which model null and
// unknown the same way.

func stringValue(v types.String) quota.Value[string] {
	return quota.Value[string]{V: v.ValueString(), Set: !v.IsNull() && !v.IsUnknown(), Unknown: v.IsUnknown()}
}

func boolValue(v types.Bool) quota.Value[bool] {
	return quota.Value[bool]{V: v.ValueBool(), Set: !v.IsNull() && !v.IsUnknown(), Unknown: v.IsUnknown()}
}

// stringList converts a list of strings; null elements are left out, as
// they would be by the AWS API.
func stringList(v types.List) quota.Strings {
	if v.IsNull() || v.IsUnknown() {
		return quota.Strings{Unknown: v.IsUnknown()}
	}
	out := make([]quota.Value[string], 0, len(v.Elements()))
	for _, e := range v.Elements() {
		if s, ok := e.(types.String); ok && !s.IsNull() {
			out = append(out, stringValue(s))
		}
	}
	return quota.Known(out)
}

func numberList(v types.List) quota.Value[[]quota.Value[int64]] {
	if v.IsNull() || v.IsUnknown() {
		return quota.Value[[]quota.Value[int64]]{Unknown: v.IsUnknown()}
	}
	out := make([]quota.Value[int64], 0, len(v.Elements()))
	for _, e := range v.Elements() {
		if n, ok := e.(types.Number); ok {
			out = append(out, numberValue(n))
		}
	}
	return quota.Known(out)
}

func stringMapValue(v types.Map) quota.StringMap {
	if v.IsNull() || v.IsUnknown() {
		return quota.StringMap{Unknown: v.IsUnknown()}
	}
	out := make(map[string]quota.Value[string], len(v.Elements()))
	for k, e := range v.Elements() {
		if s, ok := e.(types.String); ok && !s.IsNull() {
			out[k] = stringValue(s)
		}
	}
	return quota.Known(out)
}

// measured turns a measurement into a computed attribute value. Data sources
// are read with a known configuration, so a measurement that is still
// unknown (an unreadable package) becomes null.
func measured(v quota.Value[int64]) types.Int64 {
	if !v.IsKnown() {
		return types.Int64Null()
	}
	return types.Int64Value(v.V)
}

func bigInt(v int64) *big.Float { return new(big.Float).SetInt64(v) }
