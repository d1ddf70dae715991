package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunExitCodes(t *testing.T) {
	plan, err := filepath.Abs(filepath.Join(example, "plan.json"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.json")
	if err := os.WriteFile(empty, []byte(`{"format_version":"1.2","resource_changes":[]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	truncated := filepath.Join(dir, "truncated.json")
	src, err := os.ReadFile(plan)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(truncated, src[:len(src)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	warnFile := filepath.Join(dir, "quotas.hcl")
	if err := os.WriteFile(warnFile, []byte("enis_per_vpc = 500\nwarn_at_percent = 90\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// python3.9 is deprecated on the plan's day and not yet closed: a warning.
	warning := filepath.Join(dir, "warning.json")
	if err := os.WriteFile(warning, []byte(`{"format_version":"1.2","timestamp":"2026-12-07T10:00:00Z","resource_changes":[`+
		`{"address":"aws_lambda_function.legacy","mode":"managed","type":"aws_lambda_function","name":"legacy","change":{"actions":["create"],"before":null,`+
		`"after":{"function_name":"legacy","s3_bucket":"b","region":"us-east-1","runtime":"python3.9"},"after_unknown":{}}}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	otherCommand := filepath.Join(dir, "subnets.json")
	if err := os.WriteFile(otherCommand, []byte(`{"Subnets": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	account := filepath.Join("..", "..", "examples", "guides", "account-snapshot", "snapshot")
	utf16Plan := filepath.Join(dir, "utf16.json")
	le := []byte{0xFF, 0xFE}
	for _, c := range `{"format_version":"1.2","resource_changes":[]}` + "\r\n" {
		le = append(le, byte(c), 0)
	}
	if err := os.WriteFile(utf16Plan, le, 0o644); err != nil {
		t.Fatal(err)
	}
	// A 100 MB plan given as a quotas file by mistake: refused unread.
	bigFile := filepath.Join(dir, "big.hcl")
	if err := os.WriteFile(bigFile, make([]byte, 1<<20+1), 0o644); err != nil {
		t.Fatal(err)
	}
	planLog := `{"@level":"info","@message":"Terraform 1.11.4","@module":"terraform.ui","type":"version","terraform":"1.11.4","ui":"1.2"}` + "\n" +
		`{"@level":"info","@message":"aws_lambda_function.api: Plan to create","@module":"terraform.ui","type":"planned_change"}` + "\n"
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout string
		stderr string
	}{
		{name: "no command", args: nil, code: exitBadInput, stderr: "Usage: lambdaquota check"},
		{name: "unknown command", args: []string{"chek"}, code: exitBadInput, stderr: `unknown command "chek"`},
		{name: "help", args: []string{"check", "--help"}, code: exitOK, stdout: "Exit status: 0 when everything fits"},
		{name: "short help", args: []string{"check", "-h"}, code: exitOK, stdout: "Exit status: 0 when everything fits"},
		{name: "version", args: []string{"version"}, code: exitOK, stdout: "lambdaquota "},
		{name: "plan -json log", args: []string{"check", "-"}, stdin: planLog, code: exitBadInput,
			stderr: "machine-readable log of terraform plan -json, one message per line, not a saved plan"},
		{name: "warn_at_percent in a quotas file", args: []string{"check", "--quotas-file", warnFile, empty}, code: exitBadInput,
			stderr: `warn_at_percent is a setting, not a quota: set it in the provider "lambdaquota" block`},
		{name: "no plan", args: []string{"check"}, code: exitBadInput, stderr: "want one PLAN_JSON argument, got 0"},
		{name: "two plans", args: []string{"check", empty, empty}, code: exitBadInput, stderr: "got 2"},
		{name: "bad flag", args: []string{"check", "--colour", empty}, code: exitBadInput, stderr: "flag provided but not defined: -colour"},
		{name: "bad format", args: []string{"check", "--format", "xml", empty}, code: exitBadInput, stderr: "--format xml: use one of text, json, sarif, junit"},
		{name: "bad report", args: []string{"check", "--report", "sarif", empty}, code: exitBadInput, stderr: "want FORMAT=FILE"},
		{name: "bad chdir", args: []string{"check", "--chdir", filepath.Join(dir, "none"), empty}, code: exitBadInput, stderr: "is not a directory"},
		{name: "bad quota", args: []string{"check", "--quota", "enis_per_vpc=-3", empty}, code: exitBadInput, stderr: `quota "enis_per_vpc"`},
		{name: "missing file", args: []string{"check", filepath.Join(dir, "none.json")}, code: exitBadInput, stderr: "cannot open the plan"},
		{name: "truncated", args: []string{"check", truncated}, code: exitBadInput, stderr: "truncated"},
		{name: "a snapshot of another command", args: []string{"check", "--account", otherCommand, "--account-region", "us-east-1", empty}, code: exitBadInput,
			stderr: "--account " + otherCommand + ": the file holds an object with Subnets, not the output of a command a snapshot takes"},
		{name: "two snapshots of one Region", args: []string{"check", "--account", account, "--account", account, empty}, code: exitBadInput,
			stderr: "Region us-east-1 has a snapshot already"},
		{name: "one account's outputs given one by one", args: []string{"check", "--account", filepath.Join(account, "describe-network-interfaces.json"),
			"--account", filepath.Join(account, "get-account-settings.json"), empty}, code: exitOK},
		{name: "a lone get-account-settings takes the plan's Region", args: []string{"check", "--chdir", example,
			"--account", filepath.Join(account, "get-account-settings.json"), plan}, code: exitViolations,
			stderr: "no file names its Region, so it is taken to be the plan's, us-east-1"},
		{name: "a Region without a snapshot", args: []string{"check", "--account-region", "us-east-1", empty}, code: exitBadInput,
			stderr: "--account-region names the Region of an --account snapshot, and there is none"},
		{name: "a plan in UTF-16 from PowerShell 5.1", args: []string{"check", utf16Plan}, code: exitOK},
		{name: "a quotas file that is not one", args: []string{"check", "--quotas-file", bigFile, empty}, code: exitBadInput,
			stderr: "over the 1 MiB this command reads"},
		{name: "a missing snapshot", args: []string{"check", "--account", filepath.Join(dir, "none"), empty}, code: exitBadInput,
			stderr: "none: no such file or directory"},
		{name: "a snapshot and nothing to check", args: []string{"check", "--account", account, empty}, code: exitOK},
		{name: "stdin", args: []string{"check", "-"}, stdin: `{"format_version":"1.2","resource_changes":[]}`, code: exitOK,
			stdout: "0 errors and 0 warnings in 0 created or updated resources checked."},
		{name: "fits", args: []string{"check", empty}, code: exitOK},
		{name: "violations, flags after the plan", args: []string{"check", plan, "--chdir", example, "--format", "json"}, code: exitViolations,
			stdout: `"valid": false`},
		{name: "a warning passes", args: []string{"check", warning}, code: exitOK, stdout: "Warning: Deprecated Lambda Runtime"},
		{name: "--fail-on warning fails on a warning", args: []string{"check", "--fail-on", "warning", warning}, code: exitViolations},
		{name: "--fail-on warning passes a plan that fits", args: []string{"check", "--fail-on", "warning", empty}, code: exitOK},
		{name: "--fail-on never reports violations and passes", args: []string{"check", "--fail-on", "never", "--chdir", example, plan}, code: exitOK,
			stdout: "Error: Too Many Network Interfaces in VPC"},
		{name: "bad fail-on", args: []string{"check", "--fail-on", "warnings", empty}, code: exitBadInput, stderr: "--fail-on warnings: use one of error, warning, never"},
		{name: "a raised quota", args: []string{"check", "--chdir", example, "--quota", "enis_per_vpc=251", "--format", "json", plan},
			code: exitViolations, stdout: `"errors": 6`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tc.args, strings.NewReader(tc.stdin), &stdout, &stderr)
			if code != tc.code || !strings.Contains(stdout.String(), tc.stdout) || !strings.Contains(stderr.String(), tc.stderr) {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, stdout.String(), stderr.String())
			}
			// Bad input gets one line, never a stack trace; usage errors also print the usage.
			usage := tc.name == "no command" || tc.name == "bad flag"
			if tc.code == exitBadInput && !usage && strings.Count(stderr.String(), "\n") != 1 {
				t.Errorf("bad input must get one line on stderr, got:\n%s", stderr.String())
			}
			// Help is printed once, to standard output only.
			if strings.Contains(tc.name, "help") && (strings.Count(stdout.String(), "Usage:") != 1 || stderr.Len() > 0) {
				t.Errorf("help: %d usages on stdout, stderr %q", strings.Count(stdout.String(), "Usage:"), stderr.String())
			}
		})
	}
}

func TestRunWritesReports(t *testing.T) {
	dir := t.TempDir()
	sarif, junit := filepath.Join(dir, "out.sarif"), filepath.Join(dir, "out.xml")
	var stdout, stderr bytes.Buffer
	code := run([]string{"check", "--chdir", example, "--report", "sarif=" + sarif, "--report", "junit=" + junit,
		filepath.Join(example, "plan.json")}, nil, &stdout, &stderr)
	if code != exitViolations {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "Error: Too Many Network Interfaces in VPC") {
		t.Errorf("text report on standard output:\n%s", stdout.String())
	}
	for file, want := range map[string]string{sarif: `"uri": "examples/saved-plan/main.tf"`, junit: `failures="7"`} {
		b, err := os.ReadFile(file)
		if err != nil || !strings.Contains(string(b), want) {
			t.Errorf("%s: %v, want %s in:\n%.600s", file, err, want, b)
		}
	}
}
