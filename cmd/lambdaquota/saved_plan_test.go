package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// update rewrites the golden reports from the committed plan.json (the unit
// test) or, with TF_ACC, plan.json and the reports from the CLI under test.
var update = flag.Bool("update", false, "rewrite the golden reports (and, with TF_ACC, the example's plan.json from the CLI under test)")

// updateCommand rewrites the golden reports.
const updateCommand = "go test ./cmd/lambdaquota -run 'TestSavedPlanExample$' -update"

const example = "../../examples/saved-plan"

// checkGolden runs the command in dir on plan.json in every format and
// compares each report with its golden file.
func checkGolden(t *testing.T, dir, name string, wantExit int, extra ...string) {
	t.Helper()
	golden, err := filepath.Abs(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	version = "test"
	for _, format := range []string{"text", "json", "sarif", "junit", "markdown"} {
		var stdout, stderr bytes.Buffer
		args := append([]string{"check", "--format", format}, extra...)
		if code := run(append(args, "plan.json"), nil, &stdout, &stderr); code != wantExit {
			t.Fatalf("%s: exit %d, want %d\n%s%s", format, code, wantExit, stdout.String(), stderr.String())
		}
		file := golden + "." + map[string]string{"text": "txt", "json": "json", "sarif": "sarif", "junit": "xml", "markdown": "md"}[format]
		if *update {
			if err := os.WriteFile(file, stdout.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v (create it with %s)", err, updateCommand)
		}
		if got := stdout.String(); got != string(want) {
			t.Errorf("%s report differs from %s; if the change is meant, rewrite it with %s\n%s", format, file, updateCommand, diffLines(string(want), got))
		}
	}
}

// diffLines shows the first lines that differ.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 10; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + strconv.Itoa(i+1) + ":\n  want: " + wl + "\n  got:  " + gl + "\n")
			shown++
		}
	}
	return b.String()
}

// TestSavedPlanExample checks the committed plan of the example, made by a
// real CLI with the test-only AWS provider, against the golden reports.
func TestSavedPlanExample(t *testing.T) {
	// A copy outside this repository, as the acceptance test's: SARIF paths
	// are relative to the repository root.
	dir := t.TempDir()
	copyDir(t, example, dir)
	copyFile(t, filepath.Join(example, "plan.json"), filepath.Join(dir, "plan.json"))
	checkGolden(t, dir, "saved-plan", exitViolations)
}

// TestAccSavedPlanExample makes the example's plan with the CLI under test:
// apply release 1, then plan release 2 over its state. Every CLI must give
// the same reports.
func TestAccSavedPlanExample(t *testing.T) {
	c := newCLI(t)
	dir := c.savedPlan(example, []string{"-var", "release=1"}, []string{"-var", "release=2"})
	if *update {
		copyFile(t, filepath.Join(dir, "plan.json"), filepath.Join(example, "plan.json"))
	}
	checkGolden(t, dir, "saved-plan", exitViolations)
}
