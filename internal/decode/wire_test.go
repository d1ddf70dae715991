package decode_test

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"
	ctymsgpack "github.com/zclconf/go-cty/cty/msgpack"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// fromWire writes a value as Terraform sends a function's argument, and
// reads it back lazily.
func fromWire(t *testing.T, v cty.Value, root string) decode.Val {
	t.Helper()
	b, err := ctymsgpack.Marshal(v, cty.DynamicPseudoType)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	w, err := decode.FromWire(b, root)
	if err != nil {
		t.Fatalf("FromWire(%x): %v", b, err)
	}
	return w
}

// TestFromWireReadsAsCty: a value read lazily from msgpack gives every
// decoder what the same value given as cty gives it, on the shapes a fleet
// takes: a for_each map, a list, a set, a tuple, refined unknowns.
func TestFromWireReadsAsCty(t *testing.T) {
	t.Parallel()
	fn := func(name string, mem cty.Value) cty.Value {
		return cty.ObjectVal(map[string]cty.Value{
			"function_name": cty.StringVal(name), "memory_size": mem, "timeout": cty.NumberIntVal(900),
			"environment": cty.ListVal([]cty.Value{cty.ObjectVal(map[string]cty.Value{
				"variables": cty.MapVal(map[string]cty.Value{"A": cty.StringVal("1"), "bad-key": cty.StringVal("x")})})}),
			"vpc_config": cty.ListVal([]cty.Value{cty.ObjectVal(map[string]cty.Value{
				"subnet_ids":         cty.SetVal([]cty.Value{cty.StringVal("subnet-b"), cty.StringVal("subnet-a")}),
				"security_group_ids": cty.SetVal([]cty.Value{cty.StringVal("sg")}), "vpc_id": cty.UnknownVal(cty.String)})}),
			"layers": cty.ListVal([]cty.Value{cty.StringVal("arn:1"), cty.UnknownVal(cty.String).RefineNotNull()}),
			"arn":    cty.UnknownVal(cty.String).Refine().StringPrefix("arn:aws:lambda:").NewValue(),
			"tags":   cty.NullVal(cty.Map(cty.String)),
		})
	}
	fleets := map[string]cty.Value{
		"for_each map": cty.ObjectVal(map[string]cty.Value{"api": fn("api", cty.NumberIntVal(512)), "big": fn("big", cty.NumberIntVal(20480))}),
		"list":         cty.ListVal([]cty.Value{fn("a", cty.NumberIntVal(128)), fn("b", cty.UnknownVal(cty.Number))}),
		"set":          cty.SetVal([]cty.Value{fn("a", cty.NumberIntVal(64)), fn("b", cty.NumberFloatVal(512.5))}),
		"tuple":        cty.TupleVal([]cty.Value{fn("a", cty.StringVal("512")), cty.StringVal("not a function"), cty.NullVal(cty.DynamicPseudoType)}),
		"map of maps":  cty.MapVal(map[string]cty.Value{"x": cty.MapVal(map[string]cty.Value{"memroy_size": cty.StringVal("1")})}),
		"unknown":      cty.UnknownVal(cty.List(cty.String)).Refine().CollectionLengthLowerBound(2).NewValue(),
		"null":         cty.NullVal(cty.DynamicPseudoType),
		"big number":   cty.ObjectVal(map[string]cty.Value{"memory_size": cty.MustParseNumberVal("1e400")}),
	}
	opts := cty.ObjectVal(map[string]cty.Value{"quotas": cty.ObjectVal(map[string]cty.Value{"function_memory_max_mb": cty.NumberIntVal(3008)}),
		"other_enis": cty.NumberIntVal(3), "image_size_bytes": cty.StringVal("x")})
	for name, fleet := range fleets {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			w := fromWire(t, fleet, "arg")
			gotResults, gotErrs := decodeAll(w, fromWire(t, opts, "options"))
			wantResults, wantErrs := decodeAll(decode.New(fleet, "arg"), decode.New(opts, "options"))
			if !reflect.DeepEqual(gotErrs, wantErrs) {
				t.Fatalf("errors:\n%v\nwant\n%v", gotErrs, wantErrs)
			}
			if !reflect.DeepEqual(gotResults, wantResults) {
				t.Fatalf("results:\n%#v\nwant\n%#v", gotResults, wantResults)
			}
			if got := w.Value(); !got.RawEquals(fleet) && name != "unknown" {
				t.Fatalf("Value() = %#v, want %#v", got, fleet)
			}
		})
	}
}

// pair writes a dynamic value's [type, value] array around the value's bytes.
func pair(typeJSON string, value ...byte) []byte {
	b := []byte{0x92, 0xda, byte(len(typeJSON) >> 8), byte(len(typeJSON))}
	return append(append(b, typeJSON...), value...)
}

// largeMap writes a map of n string values keyed k39 down to k00, then
// once more under key.
func largeMap(n int, key string) []byte {
	b := []byte{0xde, 0, byte(n + 1)}
	for i := n - 1; i >= 0; i-- {
		b = append(b, 0xa3, 'k', byte('0'+i/10), byte('0'+i%10), 0xa0)
	}
	return append(append(append(b, 0xa3), key...), 0xa0)
}

// TestFromWireRefuses: what is not a value as cty writes it is an error
// saying where, never a panic or a value read wrongly.
func TestFromWireRefuses(t *testing.T) {
	t.Parallel()
	valid, err := ctymsgpack.Marshal(cty.ObjectVal(map[string]cty.Value{"a": cty.StringVal("x"), "b": cty.NumberIntVal(1)}), cty.DynamicPseudoType)
	if err != nil {
		t.Fatal(err)
	}
	typed := func(typeJSON string, value ...byte) []byte { return pair(typeJSON, value...) }
	tests := map[string]struct {
		in   []byte
		want string
	}{
		"empty":                 {nil, "truncated"},
		"truncated":             {valid[:len(valid)-1], "truncated"},
		"trailing bytes":        {append(valid, 0xc0), "1 bytes after the value"},
		"not a type":            {typed(`"strin"`, 0xa0), `unknown type "strin"`},
		"type with extra text":  {typed(`"string"]`, 0xa0), "unexpected text after the type"},
		"wrong kind":            {typed(`"bool"`, 0xa1, 'x'), "a bool is required"},
		"NaN":                   {typed(`"number"`, 0xcb, 0x7f, 0xf8, 0, 0, 0, 0, 0, 1), "NaN"},
		"not a numeral":         {typed(`"number"`, 0xa2, '1', 'x'), "a number is required"},
		"tuple too short":       {typed(`["tuple",["string","string"]]`, 0x91, 0xa0), "a tuple of length 2"},
		"attribute missing":     {typed(`["object",{"a":"string","b":"string"}]`, 0x81, 0xa1, 'a', 0xa0), "2 attributes"},
		"attribute twice":       {typed(`["object",{"a":"string","b":"string"}]`, 0x82, 0xa1, 'a', 0xa0, 0xa1, 'a', 0xa0), `unexpected attribute "a"`},
		"attribute not in type": {typed(`["object",{"a":"string"}]`, 0x81, 0xa1, 'c', 0xa0), `unexpected attribute "c"`},
		"map key twice":         {typed(`["map","string"]`, 0x83, 0xa1, 'b', 0xa0, 0xa1, 'a', 0xa0, 0xa1, 'b', 0xa0), `key "b" given twice`},
		"large map key twice":   {typed(`["map","string"]`, largeMap(40, "k07")...), `key "k07" given twice`},
		"map key not a string":  {typed(`["map","string"]`, 0x81, 0x01, 0xa0), "keys must be strings"},
		"array count lies":      {typed(`["list","string"]`, 0xdd, 0x7f, 0xff, 0xff, 0xff, 0xa0), "truncated"},
		"string length lies":    {typed(`"string"`, 0xdb, 0x7f, 0xff, 0xff, 0xff, 'x'), "truncated"},
		"unused code":           {typed(`"string"`, 0xc1), "invalid msgpack code 0xc1"},
		"other extension":       {typed(`"string"`, 0xd5, 0x03, 0, 0), "unsupported extension"},
		"nested too deeply":     {typed(strings.Repeat(`["list",`, 300) + `"string"` + strings.Repeat("]", 300)), "nested too deeply"},
		"dynamic not a pair":    {[]byte{0x93, 0xa0, 0xa0, 0xa0}, "[type, value] array"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := decode.FromWire(tc.in, "arg")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("FromWire = %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

// TestFromWireAcceptsOtherWriters: keys out of order, as tftypes writes
// them, and a refined unknown are read as cty reads them.
func TestFromWireAcceptsOtherWriters(t *testing.T) {
	t.Parallel()
	// {b: {y: "2", x: "1"}, a: unknown with refinements}
	in := pair(`["object",{"a":"string","b":["map","string"]}]`, 0x82, 0xa1, 'b', 0x82, 0xa1, 'y', 0xa1, '2', 0xa1, 'x', 0xa1, '1', 0xa1, 'a', 0xd5, 0x0c, 0x81, 0x01)
	w, err := decode.FromWire(in, "arg")
	if err != nil {
		t.Fatal(err)
	}
	if got := w.Get("b").Keys(); !reflect.DeepEqual(got, []string{"x", "y"}) {
		t.Fatalf("keys = %v", got)
	}
	if !w.Get("a").Unknown() || w.Get("b").Get("y").Value() != cty.StringVal("2") {
		t.Fatalf("read %#v", w.Value())
	}
}

// TestFleetInParallel: a fleet large enough to be read on every CPU gives
// the results and errors, in order, that one CPU gives, from cty and from
// msgpack. Run with -race.
func TestFleetInParallel(t *testing.T) {
	fns := map[string]cty.Value{}
	for i := range 1000 {
		fn := map[string]cty.Value{"function_name": cty.StringVal(fmt.Sprintf("fn-%d", i)), "memory_size": cty.NumberIntVal(int64(128 * (i%90 + 1))),
			"layers": cty.ListVal([]cty.Value{cty.StringVal("arn:1")}), "timeout": cty.NumberIntVal(30)}
		if i%97 == 0 {
			fn["timeout"] = cty.StringVal("soon")
		}
		fns[fmt.Sprintf("fn-%04d", i)] = cty.ObjectVal(fn)
	}
	fleet := cty.ObjectVal(fns)
	opts := cty.ObjectVal(map[string]cty.Value{"image_size_bytes": cty.StringVal("big")})
	check := func(arg, opts decode.Val) ([]any, decode.Errors) {
		dc := &decode.Decoder{}
		return []any{quota.CheckFleet(quota.DefaultLimits(), dc.Fleet(arg, opts))}, dc.Errors()
	}
	read := func() (cty, wire []any, ctyErrs, wireErrs decode.Errors) {
		cty, ctyErrs = check(decode.New(fleet, "arg"), decode.New(opts, "options"))
		wire, wireErrs = check(fromWire(t, fleet, "arg"), fromWire(t, opts, "options"))
		return cty, wire, ctyErrs, wireErrs
	}
	prev := runtime.GOMAXPROCS(1)
	oneResults, _, oneErrs, _ := read()
	runtime.GOMAXPROCS(max(prev, 2))
	defer runtime.GOMAXPROCS(prev)
	ctyResults, wireResults, ctyErrs, wireErrs := read()
	// The option is wrong once, whatever the fleet's size; each bad timeout once.
	if n := strings.Count(oneErrs.Error(), "options.image_size_bytes"); n != 1 {
		t.Fatalf("the bad option is reported %d times", n)
	}
	if n := strings.Count(oneErrs.Error(), `.timeout: must be a number`); n != 11 {
		t.Fatalf("%d bad timeouts reported, want 11:\n%v", n, oneErrs)
	}
	for name, got := range map[string]decode.Errors{"cty": ctyErrs, "msgpack": wireErrs} {
		if !reflect.DeepEqual(got, oneErrs) {
			t.Fatalf("%s errors on every CPU:\n%v\nwant\n%v", name, got, oneErrs)
		}
	}
	for name, got := range map[string][]any{"cty": ctyResults, "msgpack": wireResults} {
		if !reflect.DeepEqual(got, oneResults) {
			t.Fatalf("%s results on every CPU differ from one CPU's", name)
		}
	}
}
