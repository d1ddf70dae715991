package decode_test

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/zclconf/go-cty/cty"
	ctymsgpack "github.com/zclconf/go-cty/cty/msgpack"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/fuzzvalue"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// decodeAll runs every decoder on arg and opts and returns what they read
// and the errors they found.
func decodeAll(arg, opts decode.Val) (results []any, errs decode.Errors) {
	dc := &decode.Decoder{}
	limits := dc.Options(opts, decode.FunctionOptionKeys)
	results = append(results,
		quota.CheckFunction(limits, dc.Function(arg, opts)),
		quota.CheckLayer(limits, dc.Layer(arg)),
		quota.CheckVPC(limits, dc.VPC(arg)),
		quota.CheckPolicy(limits, quota.Policy{FunctionARN: quota.Known("arn"), Permissions: dc.Permissions(arg)}),
		quota.CheckAccount(limits, dc.Account(arg)),
		dc.Count(arg.Get("efs_mount_targets")),
		quota.CheckFleet(limits, dc.Fleet(arg, opts)),
		quota.CheckFleet(limits, dc.Fleet(arg.Get("functions"), arg)),
	)
	return results, dc.Errors()
}

// FuzzDecode feeds arbitrary nested framework values, converted as the
// provider converts them, to every decoder: each gives a result or errors
// that each name the path of the offending value under its argument, never
// a panic. The same values, written as Terraform sends them to a function
// and read lazily from msgpack, must give exactly the same results and
// errors.
func FuzzDecode(f *testing.F) {
	f.Add([]byte{9, 3, 1, 3, 100, 2, 2, 9, 2, 3, 5, 6})
	f.Add([]byte{8, 4, 3, 6, 2, 1, 1, 0, 7, 7, 3, 9, 9, 9})
	f.Add([]byte{6, 3, 8, 2, 17, 9, 1, 22, 3})
	f.Add([]byte{9, 2, 7, 10, 3, 1, 2, 3, 4, 5, 6, 22, 11, 2, 0, 1, 2, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		g := fuzzvalue.New(data)
		argValue, optsValue := g.Value(), g.Value()
		results, errs := decodeAll(convert(t, argValue, "arg"), convert(t, optsValue, "options"))
		for _, e := range errs {
			if e.Message == "" || len(e.Steps) == 0 || e.Steps[0].Name != "arg" && e.Steps[0].Name != "options" {
				t.Fatalf("error without a path or message: %#v", e)
			}
		}
		wireResults, wireErrs := decodeAll(wire(t, argValue, "arg"), wire(t, optsValue, "options"))
		if !reflect.DeepEqual(wireErrs, errs) {
			t.Fatalf("errors from msgpack differ:\n%v\nwant\n%v", wireErrs, errs)
		}
		if !reflect.DeepEqual(wireResults, results) {
			t.Fatalf("results from msgpack differ:\n%#v\nwant\n%#v", wireResults, results)
		}
	})
}

// wire is a framework value as Terraform sends it to a function, read back.
func wire(t *testing.T, v attr.Value, root string) decode.Val {
	c, err := decode.FromFramework(context.Background(), types.DynamicValue(v))
	if err != nil {
		t.Fatalf("FromFramework: %v", err)
	}
	return fromWire(t, c, root)
}

// FuzzFromWire reads arbitrary bytes as a function's argument: a clear
// error or a value every decoder reads, never a panic; and whatever cty
// itself reads, read the same.
func FuzzFromWire(f *testing.F) {
	for _, v := range []cty.Value{
		cty.ObjectVal(map[string]cty.Value{"function_name": cty.StringVal("api"), "memory_size": cty.NumberIntVal(512),
			"layers": cty.ListVal([]cty.Value{cty.StringVal("arn:1")}), "timeout": cty.UnknownVal(cty.Number)}),
		cty.MapVal(map[string]cty.Value{"a": cty.ObjectVal(map[string]cty.Value{"vpc_config": cty.TupleVal([]cty.Value{
			cty.ObjectVal(map[string]cty.Value{"subnet_ids": cty.SetVal([]cty.Value{cty.StringVal("s")})})})})}),
		cty.TupleVal([]cty.Value{cty.NullVal(cty.DynamicPseudoType), cty.NumberFloatVal(1.5), cty.True, cty.MustParseNumberVal("1e400")}),
	} {
		b, err := ctymsgpack.Marshal(v, cty.DynamicPseudoType)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		w, err := decode.FromWire(b, "arg")
		if err != nil {
			return
		}
		wireResults, wireErrs := decodeAll(w, w.Get("options"))
		v, err := safeUnmarshal(b)
		if err != nil {
			return
		}
		results, errs := decodeAll(decode.New(v, "arg"), decode.New(v, "arg").Get("options"))
		if !reflect.DeepEqual(wireErrs, errs) || !reflect.DeepEqual(wireResults, results) {
			t.Fatalf("msgpack %x read differently from cty's reading, %#v", b, v)
		}
	})
}

// safeUnmarshal is cty's reading, which panics on some input (a NaN).
func safeUnmarshal(b []byte) (v cty.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cty: %v", r)
		}
	}()
	return ctymsgpack.Unmarshal(b, cty.DynamicPseudoType)
}

func convert(t *testing.T, v attr.Value, root string) decode.Val {
	c, err := decode.FromFramework(context.Background(), types.DynamicValue(v))
	if err != nil {
		t.Fatalf("FromFramework: %v", err)
	}
	return decode.New(c, root)
}
