// Package scripts holds the shell scripts of make demo, make test and CI;
// its tests run them as those do.
package scripts

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// fakeCLI writes an executable that prints a version line, then keeps
// writing long after a reader of one line would have stopped: a reader that
// exits early kills it with SIGPIPE.
func fakeCLI(t *testing.T, name, version string) string {
	t.Helper()
	dir := t.TempDir()
	script := "#!/bin/sh\necho '" + version + "'\necho 'on linux_amd64'\n" +
		"i=0; while [ $i -lt 2000 ]; do echo 'Your version is out of date! The latest version is 9.9.9. You can update by downloading from the website.'; i=$((i+1)); done\n"
	if err := os.WriteFile(filepath.Join(dir, name), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// runPiped runs a script with its stdout piped into cat, as callers such as
// $(...) and make recipes read it, under pipefail.
func runPiped(t *testing.T, dir, script string, args ...string) string {
	t.Helper()
	quoted := make([]string, len(args))
	for i, a := range args {
		quoted[i] = "'" + a + "'"
	}
	cmd := exec.Command("bash", "-c", "set -euo pipefail; ./"+script+" "+strings.Join(quoted, " ")+" | cat")
	cmd.Env = append(os.Environ(), "PATH="+dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", script, args, err, out)
	}
	return strings.TrimSpace(string(out))
}

func TestFindCLIReadsVersionWhenPiped(t *testing.T) {
	dir := fakeCLI(t, "terraform", "Terraform v1.11.4")
	want := filepath.Join(dir, "terraform") + " 1.11.4"
	for i := range 60 {
		if got := runPiped(t, dir, "find-cli.sh", "--functions", "terraform"); got != want {
			t.Fatalf("run %d: find-cli.sh printed %q, want %q", i, got, want)
		}
	}
}

func TestFindCLISkipsTooOldForFunctions(t *testing.T) {
	dir := fakeCLI(t, "terraform", "Terraform v1.5.7")
	if got := runPiped(t, dir, "find-cli.sh", "--functions", "terraform"); got != "" {
		t.Fatalf("find-cli.sh --functions chose Terraform 1.5.7: %q", got)
	}
	if got, want := runPiped(t, dir, "find-cli.sh", "terraform"), filepath.Join(dir, "terraform")+" 1.5.7"; got != want {
		t.Fatalf("find-cli.sh printed %q, want %q", got, want)
	}
}

func TestCLIUsesMatchingVersionOnPathWhenPiped(t *testing.T) {
	dir := fakeCLI(t, "tofu", "OpenTofu v1.12.6")
	// A cache with nothing in it: a mismatch would start a build and fail.
	t.Setenv("LAMBDAQUOTA_CLI_CACHE", t.TempDir())
	want := filepath.Join(dir, "tofu")
	for i := range 30 {
		if got := runPiped(t, dir, "cli.sh", "tofu", "1.12.6"); got != want {
			t.Fatalf("run %d: cli.sh printed %q, want %q", i, got, want)
		}
	}
}

// TFLint prints its version for --version and refuses a version command
// ("Command line arguments support was dropped in v0.47").
func TestCLIUsesTFLintOnPath(t *testing.T) {
	dir := t.TempDir()
	script := "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'TFLint version 0.64.0'; echo '+ ruleset.terraform (0.15.0-bundled)'; exit 0; fi\n" +
		"echo 'Command line arguments support was dropped in v0.47. Use --chdir or --filter instead.' >&2; exit 1\n"
	if err := os.WriteFile(filepath.Join(dir, "tflint"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("LAMBDAQUOTA_CLI_CACHE", t.TempDir())
	if got, want := runPiped(t, dir, "cli.sh", "tflint", "0.64.0"), filepath.Join(dir, "tflint"); got != want {
		t.Fatalf("cli.sh printed %q, want %q", got, want)
	}
}
