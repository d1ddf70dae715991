// Package fuzzvalue builds Terraform framework values from fuzz bytes, for
// the fuzz tests of the decoding layer and of the provider's two paths.
package fuzzvalue

import (
	"context"
	"math/big"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// New is a generator over data.
func New(data []byte) *Gen { return &Gen{data: data} }

// Gen builds framework values from fuzz bytes: each byte picks a kind,
// and object keys come from the attribute names the decoders look for, so
// the fuzzer reaches them with wrong types, nulls and unknowns.
type Gen struct {
	data  []byte
	depth int
}

// Keys are the object keys values are built with.
var Keys = []string{
	"function_name", "memory_size", "timeout", "environment", "variables", "environment_variables",
	"ephemeral_storage", "size", "vpc_config", "subnet_ids", "security_group_ids", "layers", "filename",
	"s3_bucket", "uploaded_via_s3", "layer_filenames", "layer_unzipped_bytes", "image_size_bytes",
	"package_type", "quotas", "functions", "efs_mount_targets", "other_enis", "statement_id", "principal",
	"enis_per_vpc", "compatible_runtimes", "reserved_concurrent_executions",
}

func (g *Gen) next() byte {
	if len(g.data) == 0 {
		return 0
	}
	b := g.data[0]
	g.data = g.data[1:]
	return b
}

// Value is the next value the bytes describe.
func (g *Gen) Value() attr.Value {
	g.depth++
	defer func() { g.depth-- }()
	kind := g.next() % 13
	if g.depth > 6 && kind >= 6 {
		kind %= 6
	}
	switch kind {
	case 10, 11, 12:
		// Collections of strings as schemas type them: a list, a set, a map.
		n := int(g.next() % 4)
		elems, byKey := make([]attr.Value, n), map[string]attr.Value{}
		for i := range elems {
			elems[i] = types.StringValue(string(rune('a' + g.next()%4)))
			byKey[Keys[int(g.next())%len(Keys)]] = elems[i]
		}
		switch kind {
		case 10:
			return types.ListValueMust(types.StringType, elems)
		case 11:
			v, _ := types.SetValue(types.StringType, elems)
			return v
		}
		return types.MapValueMust(types.StringType, byKey)
	case 0:
		return types.DynamicNull()
	case 1:
		return types.DynamicUnknown()
	case 2:
		n := int(g.next() % 8)
		n = min(n, len(g.data))
		s := string(g.data[:n])
		g.data = g.data[n:]
		return types.StringValue(s)
	case 3:
		f := new(big.Float).SetInt64(int64(int8(g.next())) * int64(g.next()) * int64(g.next()))
		if g.next()%3 == 0 {
			f.Quo(f, big.NewFloat(3))
		}
		if g.next()%5 == 0 {
			f.SetMantExp(f, 200)
		}
		return types.NumberValue(f)
	case 4:
		return types.BoolValue(g.next()%2 == 0)
	case 5:
		return types.StringNull()
	case 6, 7:
		n := int(g.next() % 4)
		elems, typs := make([]attr.Value, n), make([]attr.Type, n)
		for i := range elems {
			elems[i] = g.Value()
			typs[i] = elems[i].Type(context.Background())
		}
		v, _ := types.TupleValue(typs, elems)
		return v
	default:
		n := int(g.next() % 5)
		attrs, typs := map[string]attr.Value{}, map[string]attr.Type{}
		for range n {
			k := Keys[int(g.next())%len(Keys)]
			attrs[k] = g.Value()
			typs[k] = attrs[k].Type(context.Background())
		}
		v, _ := types.ObjectValue(typs, attrs)
		return v
	}
}
