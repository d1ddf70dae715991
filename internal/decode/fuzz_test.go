package decode_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// valueGen builds framework values from fuzz bytes: each byte picks a kind,
// and object keys come from the attribute names the decoders look for, so
// the fuzzer reaches them with wrong types, nulls and unknowns.
type valueGen struct {
	data  []byte
	depth int
}

var fuzzKeys = []string{
	"function_name", "memory_size", "timeout", "environment", "variables", "environment_variables",
	"ephemeral_storage", "size", "vpc_config", "subnet_ids", "security_group_ids", "layers", "filename",
	"s3_bucket", "uploaded_via_s3", "layer_filenames", "layer_unzipped_bytes", "image_size_bytes",
	"package_type", "quotas", "functions", "efs_mount_targets", "other_enis", "statement_id", "principal",
	"enis_per_vpc", "compatible_runtimes", "reserved_concurrent_executions",
}

func (g *valueGen) next() byte {
	if len(g.data) == 0 {
		return 0
	}
	b := g.data[0]
	g.data = g.data[1:]
	return b
}

func (g *valueGen) value() attr.Value {
	g.depth++
	defer func() { g.depth-- }()
	kind := g.next() % 10
	if g.depth > 6 && kind >= 6 {
		kind %= 6
	}
	switch kind {
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
			elems[i] = g.value()
			typs[i] = elems[i].Type(context.Background())
		}
		v, _ := types.TupleValue(typs, elems)
		return v
	default:
		n := int(g.next() % 5)
		attrs, typs := map[string]attr.Value{}, map[string]attr.Type{}
		for range n {
			k := fuzzKeys[int(g.next())%len(fuzzKeys)]
			attrs[k] = g.value()
			typs[k] = attrs[k].Type(context.Background())
		}
		v, _ := types.ObjectValue(typs, attrs)
		return v
	}
}

// FuzzDecode feeds arbitrary nested framework values, converted as the
// provider converts them, to every decoder: each gives a result or errors
// that each name the path of the offending value under its argument, never
// a panic.
func FuzzDecode(f *testing.F) {
	f.Add([]byte{9, 3, 1, 3, 100, 2, 2, 9, 2, 3, 5, 6})
	f.Add([]byte{8, 4, 3, 6, 2, 1, 1, 0, 7, 7, 3, 9, 9, 9})
	f.Add([]byte{6, 3, 8, 2, 17, 9, 1, 22, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		g := &valueGen{data: data}
		arg := convert(t, g.value(), "arg")
		opts := convert(t, g.value(), "options")
		dc := &decode.Decoder{}
		limits := dc.Options(opts, decode.FunctionOptionKeys)
		quota.CheckFunction(limits, dc.Function(arg, opts))
		quota.CheckLayer(limits, dc.Layer(arg))
		quota.CheckVPC(limits, dc.VPC(arg))
		quota.CheckPolicy(limits, quota.Policy{FunctionARN: quota.Known("arn"), Permissions: dc.Permissions(arg)})
		quota.CheckAccount(limits, dc.Account(arg))
		dc.Count(arg.Get("efs_mount_targets"))
		quota.CheckFleet(limits, dc.Fleet(arg, opts))
		quota.CheckFleet(limits, dc.Fleet(arg.Get("functions"), arg))
		for _, e := range dc.Errors() {
			if e.Message == "" || !strings.HasPrefix(e.Path, "arg") && !strings.HasPrefix(e.Path, "options") {
				t.Fatalf("error without a path or message: %#v", e)
			}
		}
	})
}

func convert(t *testing.T, v attr.Value, root string) decode.Val {
	c, err := decode.FromFramework(context.Background(), types.DynamicValue(v))
	if err != nil {
		t.Fatalf("FromFramework: %v", err)
	}
	return decode.New(c, root)
}
