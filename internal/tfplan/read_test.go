package tfplan

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"
)

func TestParseRefusesWhatIsNotAPlan(t *testing.T) {
	t.Parallel()
	tests := map[string]struct{ in, want string }{
		"empty":            {"  \n", "the plan is empty"},
		"not JSON":         {"Terraform will perform the following actions", "not JSON"},
		"binary plan":      {"PK\x03\x04tfplan", "binary plan file"},
		"state":            {`{"format_version":"1.0","terraform_version":"1.11.4","values":{"root_module":{}}}`, "JSON of a state, not of a plan"},
		"no format":        {`{"resource_changes":[]}`, "there is no format_version"},
		"format 2":         {`{"format_version":"2.0","resource_changes":[]}`, `unsupported format_version "2.0"`},
		"format a number":  {`{"format_version":1.2,"resource_changes":[]}`, "format_version must be a string"},
		"truncated":        {`{"format_version":"1.2","resource_changes":[{"address":"aws_lambda_function.a","type":"aws_lambda_function","change":{"actions":["create"],"after":{"memory_si`, "truncated"},
		"trailing data":    {`{"format_version":"1.2","resource_changes":[]} {}`, "unexpected data after the top-level object"},
		"an array":         {`[]`, "not JSON: a saved plan's JSON starts with '{'"},
		"changes a string": {`{"format_version":"1.2","resource_changes":"x"}`, "expected an array"},
		"bad change":       {`{"format_version":"1.2","resource_changes":[{"address":1}]}`, "resource_changes[0] is not a resource change: address must be a string"},
		"bad values": {`{"format_version":"1.2","resource_changes":[{"address":"aws_lambda_function.a","type":"aws_lambda_function",` +
			`"change":{"actions":["create"],"after":{"memory_size":tru}}}]}`, "the values of aws_lambda_function.a cannot be read: they are not valid JSON"},
		"bad actions": {`{"format_version":"1.2","resource_changes":[{"address":"aws_lambda_function.a","type":"aws_lambda_function",` +
			`"change":{"actions":"create"}}]}`, "aws_lambda_function.a in resource_changes has no valid change"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := Parse([]byte(tc.in))
			var ie *InputError
			if !errors.As(err, &ie) || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("Parse(%q) = %v, want one line with %q", tc.in, err, tc.want)
			}
		})
	}
}

func TestReadFileRefusesLargeFilesAndDirectories(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	big := filepath.Join(dir, "big.json")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: its size says over 1 GiB without writing it.
	if err := f.Truncate(MaxPlanBytes + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	for name, want := range map[string]string{big: "over the 1 GiB", dir: "is a directory", filepath.Join(dir, "missing.json"): "no such file"} {
		if _, err := ReadFile(name, nil); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ReadFile(%s) = %v, want %q", name, err, want)
		}
	}
	if _, err := ReadFile("-", strings.NewReader(`{"format_version":"1.2","resource_changes":[]}`)); err != nil {
		t.Errorf("standard input: %v", err)
	}
}

// Unknown values are written as nulls (or left out) in after, with true in
// after_unknown; sensitive ones are marked from after_sensitive.
func TestParseMergesUnknownAndSensitive(t *testing.T) {
	t.Parallel()
	p, err := Parse([]byte(`{"format_version":"1.2","resource_changes":[{"address":"aws_lambda_function.a","mode":"managed",
	"type":"aws_lambda_function","name":"a","change":{"actions":["create"],
	"after":{"function_name":"a","layers":["x",null],"environment":[{"variables":{"K":"secret"}}]},
	"after_unknown":{"arn":true,"layers":[false,true],"environment":[{}]},
	"after_sensitive":{"environment":[{"variables":true}]}}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	v := p.Resources[0].Value()
	if v.GetAttr("arn").IsKnown() {
		t.Error("arn, left out of after, must be unknown")
	}
	layers := v.GetAttr("layers")
	if !layers.Index(cty.NumberIntVal(0)).IsKnown() || layers.Index(cty.NumberIntVal(1)).IsKnown() {
		t.Errorf("layers = %#v, want a known and an unknown element", layers)
	}
	vars := v.GetAttr("environment").Index(cty.NumberIntVal(0)).GetAttr("variables")
	if !vars.HasMark(sensitive) {
		t.Errorf("variables = %#v, want sensitive", vars)
	}
}

func TestParseActions(t *testing.T) {
	t.Parallel()
	change := func(addr, actions, before, after string) string {
		return `{"address":"` + addr + `","mode":"managed","type":"aws_lambda_function","name":"x","change":{"actions":[` + actions +
			`],"before":` + before + `,"after":` + after + `}}`
	}
	fn := `{"function_name":"f"}`
	p, err := Parse([]byte(`{"format_version":"1.2","resource_changes":[` + strings.Join([]string{
		change("aws_lambda_function.created", `"create"`, "null", fn),
		change("aws_lambda_function.updated", `"update"`, fn, fn),
		change("aws_lambda_function.replaced", `"delete","create"`, fn, fn),
		change("aws_lambda_function.kept", `"no-op"`, fn, fn),
		change("aws_lambda_function.deleted", `"delete"`, fn, "null"),
		change("aws_lambda_function.forgotten", `"forget"`, fn, "null"),
	}, ",") + `],"prior_state":{"values":{"root_module":{"resources":[
		{"address":"aws_lambda_function.kept","mode":"managed","type":"aws_lambda_function","name":"kept","values":{}},
		{"address":"aws_lambda_function.untargeted","mode":"managed","type":"aws_lambda_function","name":"untargeted","values":{"function_name":"u"}},
		{"address":"data.aws_subnet.s","mode":"data","type":"aws_subnet","name":"s","values":{"id":"subnet-1","vpc_id":"vpc-1"}}],
		"child_modules":[{"address":"module.m","resources":[
		{"address":"module.m.aws_sqs_queue.q","mode":"managed","type":"aws_sqs_queue","name":"q","values":{"name":"q"}}]}]}}}}`))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Action{}
	for _, r := range p.Resources {
		got[r.Address] = r.Action
	}
	want := map[string]Action{
		"aws_lambda_function.created": Create, "aws_lambda_function.updated": Update, "aws_lambda_function.replaced": Replace,
		"aws_lambda_function.kept": Unchanged, "aws_lambda_function.forgotten": Unchanged, "aws_lambda_function.untargeted": Unchanged,
		"data.aws_subnet.s": Read, "module.m.aws_sqs_queue.q": Unchanged,
	}
	if len(got) != len(want) {
		t.Errorf("resources = %v, want %v", got, want)
	}
	for addr, a := range want {
		if g, ok := got[addr]; !ok || g != a {
			t.Errorf("%s: %v (present %v), want %v", addr, g, ok, a)
		}
	}
}

func TestSplitAddress(t *testing.T) {
	t.Parallel()
	tests := map[string][2]string{
		`aws_lambda_function.api`:                                     {"", "aws_lambda_function.api"},
		`aws_lambda_function.api["a.b"]`:                              {"", "aws_lambda_function.api"},
		`module.app["x.y"].module.db[0].aws_lambda_function.fleet[3]`: {"module.app.module.db", "aws_lambda_function.fleet"},
		`module.app.data.aws_subnet.s`:                                {"module.app", "data.aws_subnet.s"},
		`module.app`:                                                  {"", ""},
	}
	for in, want := range tests {
		if m, b := SplitAddress(in); m != want[0] || b != want[1] {
			t.Errorf("SplitAddress(%s) = %q, %q, want %q", in, m, b, want)
		}
	}
}

func TestChangeFateReadsEveryJSONPlanAction(t *testing.T) {
	t.Parallel()
	// The actions of jsonplan in Terraform and OpenTofu.
	for _, tc := range []struct {
		actions string
		want    fate
	}{
		{"create", fate{action: Create, planned: true, known: true}},
		{"update", fate{action: Update, planned: true, known: true}},
		{"delete,create", fate{action: Replace, planned: true, known: true}},
		{"create,delete", fate{action: Replace, planned: true, known: true}},
		{"no-op", fate{action: Unchanged, planned: true, known: true}},
		{"read", fate{action: Read, planned: true, known: true}},
		{"delete", fate{old: oldDeleted, known: true}},
		{"forget", fate{old: oldKept, known: true}},
		{"forget,create", fate{action: Create, planned: true, old: oldKept, known: true}},
		{"create,forget", fate{action: Create, planned: true, old: oldKept, known: true}},
	} {
		if got := changeFate("managed", strings.Split(tc.actions, ",")); got != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.actions, got, tc.want)
		}
	}
	if got := changeFate("managed", []string{"renew"}); got.known || got.planned || slices.Contains([]oldFate{oldDeleted}, got.old) {
		t.Errorf("renew: %+v; want an unknown action that keeps the old object", got)
	}
}
