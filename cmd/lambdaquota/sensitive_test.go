package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestAccSavedPlanNeverPrintsSensitiveValues(t *testing.T) {
	c := newCLI(t)
	dir := c.savedPlan("testdata/sensitive", nil, nil)
	for _, format := range []string{"text", "json", "sarif", "junit"} {
		var stdout, stderr bytes.Buffer
		code := run([]string{"check", "--chdir", dir, "--format", format, filepath.Join(dir, "plan.json")}, nil, &stdout, &stderr)
		out := stdout.String() + stderr.String()
		if code != exitViolations {
			t.Fatalf("%s: exit %d, want %d\n%s", format, code, exitViolations, out)
		}
		for _, want := range []string{"handler_pattern", "environment_variable_reserved_keys", "environment_variable_key_pattern",
			"environment_variables_max_bytes", "permission_statement_id_pattern", "unreserved_concurrency_min"} {
			if format != "text" && !strings.Contains(out, want) {
				t.Errorf("%s: no %s finding:\n%s", format, want, out)
			}
		}
		if i := strings.Index(out, "Zq7Canary"); i >= 0 {
			t.Errorf("%s prints a sensitive value: ...%s...", format, out[max(0, i-200):min(len(out), i+40)])
		}
	}
}
