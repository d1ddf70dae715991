package plancheck

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// FuzzParse feeds the reader arbitrary bytes, seeded with a real plan cut
// down to a few resources (Go's fuzzer slows to a halt on inputs of
// hundreds of kilobytes): it must refuse bad input with an InputError of one
// line, never panic, and whatever it accepts must check and report in every
// format.
func FuzzParse(f *testing.F) {
	saved, err := os.ReadFile("../../examples/saved-plan/plan.json")
	if err != nil {
		f.Fatal(err)
	}
	small := shrinkPlan(f, saved, 3)
	f.Add(small)
	f.Add(small[:len(small)/2])

	for _, s := range []string{
		`{"format_version":"1.2","resource_changes":[]}`,
		`{"format_version":"1.2","resource_changes":[{"address":"aws_lambda_function.a","mode":"managed","type":"aws_lambda_function",` +
			`"change":{"actions":["create"],"after":{"function_name":"a","memory_size":20000,"vpc_config":[{"subnet_ids":["s"],` +
			`"security_group_ids":[null]}]},"after_unknown":{"vpc_config":[{"security_group_ids":[true]}]},"after_sensitive":{"vpc_config":true}}}]}`,
		`{"format_version":"1.1","prior_state":{"values":{"root_module":{"child_modules":[{"resources":[{"type":"aws_subnet",` +
			`"mode":"data","address":"data.aws_subnet.s","values":{"id":"x","vpc_id":"y"}}]}]}}},"resource_changes":[]}`,
		`{"format_version":"1.2","planned_values":{},"configuration":{"provider_config":{"lambdaquota":{"name":"lambdaquota",` +
			`"expressions":{"quotas":{"constant_value":{"enis_per_vpc":"x"}}}}}}}`,
	} {
		f.Add([]byte(s))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := tfplan.Parse(b)
		if err != nil {
			var ie *tfplan.InputError
			if !errors.As(err, &ie) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("tfplan.Parse: %v (%T), want an InputError of one line", err, err)
			}
			return
		}
		src := tfplan.NewSource(p, dir)
		limits, err := Limits(p, src, "", nil)
		if err != nil {
			return
		}
		r := Check(p, Options{Dir: dir, Limits: limits, Source: src})
		for _, format := range Formats {
			if err := Write(io.Discard, format, &r, Meta{Limits: quota.DefaultLimits()}); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
		}
	})
}

// shrinkPlan keeps the first n elements of every array of a plan's JSON.
func shrinkPlan(tb testing.TB, b []byte, n int) []byte {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		tb.Fatal(err)
	}
	var shrink func(any) any
	shrink = func(v any) any {
		switch v := v.(type) {
		case []any:
			v = v[:min(n, len(v))]
			for i := range v {
				v[i] = shrink(v[i])
			}
			return v
		case map[string]any:
			for k := range v {
				v[k] = shrink(v[k])
			}
		}
		return v
	}
	out, err := json.Marshal(shrink(v))
	if err != nil {
		tb.Fatal(err)
	}
	return out
}
