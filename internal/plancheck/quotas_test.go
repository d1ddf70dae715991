package plancheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

func TestParseProviderQuotas(t *testing.T) {
	t.Parallel()
	cfg := func(expr string) []byte {
		return []byte(`{"format_version":"1.2","resource_changes":[],"configuration":{"provider_config":{"lambdaquota":{"name":"lambdaquota",
		"full_name":"registry.terraform.io/lambdaquota/lambdaquota","expressions":{"quotas":` + expr + `}}}}}`)
	}
	p, err := tfplan.Parse(cfg(`{"constant_value":{"enis_per_vpc":1000}}`))
	if err != nil {
		t.Fatal(err)
	}
	l, err := Limits(p, nil, "", nil)
	if err != nil || l.Value("enis_per_vpc") != 1000 {
		t.Errorf("constant quotas: %v, enis_per_vpc = %d", err, l.Value("enis_per_vpc"))
	}
	// With no configuration to evaluate them, quotas by reference are
	// unknown: nothing adjustable is decided.
	p, _ = tfplan.Parse(cfg(`{"references":["var.quotas"]}`))
	l, err = Limits(p, nil, "", nil)
	if known, _ := l.Certain(quota.ENIsPerVPC); err != nil || known || !strings.Contains(p.QuotasNote, "var.quotas") {
		t.Errorf("quotas by reference: %v, known = %v, note %q", err, known, p.QuotasNote)
	}
	p, _ = tfplan.Parse(cfg(`{"constant_value":{"function_memory_max_mb":20000}}`))
	if _, err := Limits(p, nil, "", nil); err == nil || !strings.Contains(err.Error(), "function_memory_max_mb") {
		t.Errorf("a fixed quota raised: %v, want the provider's refusal", err)
	}
}

func TestLimitsFromFileAndFlags(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name, src string) string {
		f := filepath.Join(dir, name)
		if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return f
	}
	tests := []struct {
		file  string
		flags []string
		want  int64
		err   string
	}{
		{file: write("q.hcl", "enis_per_vpc = 1000\n"), want: 1000},
		{file: write("q.json", `{"enis_per_vpc": 2000}`), want: 2000},
		{file: write("wrapped.hcl", "quotas = { enis_per_vpc = 3000 }\n"), want: 3000},
		{file: write("q2.hcl", "enis_per_vpc = 1000\n"), flags: []string{"enis_per_vpc=5000"}, want: 5000},
		{file: write("bad.hcl", "enis_per_vpc = \"many\"\n"), err: "must be a number"},
		{file: write("broken.hcl", "enis_per_vpc = \n"), err: "--quotas-file"},
		{file: write("unknown.hcl", "enis_per_vp = 1\n"), err: "enis_per_vp"},
		{flags: []string{"enis_per_vpc"}, err: "want ID=NUMBER"},
		{flags: []string{"enis_per_vpc=-1"}, err: "enis_per_vpc"},
		{file: filepath.Join(dir, "missing.hcl"), err: "no such file"},
	}
	for _, tc := range tests {
		l, err := Limits(nil, nil, tc.file, tc.flags)
		switch {
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%s %v: error %v, want %q", tc.file, tc.flags, err, tc.err)
		case tc.err == "" && (err != nil || l.Value("enis_per_vpc") != tc.want):
			t.Errorf("%s %v: %v, enis_per_vpc = %d, want %d", tc.file, tc.flags, err, l.Value("enis_per_vpc"), tc.want)
		}
	}
}
