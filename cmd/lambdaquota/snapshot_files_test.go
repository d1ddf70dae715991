package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/snapshot/snapshottest"
)

// Snapshots as users' shells and file systems hand them over, read by
// lambdaquota check --account: each readable form beside the refused one.
func TestCheckReadsSnapshotsAsTheyCome(t *testing.T) {
	dir := t.TempDir()
	plan := filepath.Join(dir, "plan.json")
	if err := os.WriteFile(plan, []byte(`{"format_version":"1.2","resource_changes":[]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	folder := func(files map[string]string, links map[string]string) string {
		d := t.TempDir()
		for name, content := range files {
			if err := os.WriteFile(filepath.Join(d, name), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		for link, target := range links {
			if err := os.Symlink(target, filepath.Join(d, link)); err != nil {
				t.Fatal(err)
			}
		}
		return d
	}
	elsewhere := folder(map[string]string{"functions.json": snapshottest.ListFunctions}, nil)
	for _, tc := range []struct {
		name   string
		path   string
		code   int
		stderr string
	}{
		{"UTF-16 from PowerShell 5.1", folder(map[string]string{"functions.json": snapshottest.UTF16LE(snapshottest.ListFunctions)}, nil), exitOK, ""},
		{"UTF-16 without a byte order mark", folder(map[string]string{"functions.json": snapshottest.UTF16LE(snapshottest.ListFunctions)[2:]}, nil),
			exitBadInput, "UTF-16 without a byte order mark"},
		{"UTF-8 with a byte order mark", folder(map[string]string{"functions.json": "\xEF\xBB\xBF" + snapshottest.ListFunctions}, nil), exitOK, ""},
		{"a file behind a link", folder(nil, map[string]string{"functions.json": filepath.Join(elsewhere, "functions.json")}), exitOK, ""},
		{"a link that loops", folder(map[string]string{"functions.json": snapshottest.ListFunctions}, map[string]string{"loop.json": "loop.json"}),
			exitBadInput, "the link cannot be followed"},
		{"a README beside the outputs", folder(map[string]string{"functions.json": snapshottest.ListFunctions, "README.md": "# taken Monday"}, nil), exitOK, ""},
		{"--function-version ALL", folder(map[string]string{"functions.json": strings.Replace(snapshottest.ListFunctions, `"Functions": [`,
			`"Functions": [{"FunctionName": "helloworld", "Version": "1", "CodeSize": 1, "FunctionArn": "arn:aws:lambda:us-west-2:123456789012:function:helloworld:1"},`, 1)}, nil),
			exitOK, ""},
		{"--max-items", folder(map[string]string{"functions.json": strings.Replace(snapshottest.ListFunctions, `"Functions"`, `"NextToken": "abc", "Functions"`, 1)}, nil),
			exitBadInput, "it ends with NextToken, the token for the next items, which the AWS CLI prints when --max-items cuts the list"},
		{"a --query without InterfaceType", folder(map[string]string{"enis.json": `{"NetworkInterfaces": [{"NetworkInterfaceId": "eni-1"}]}`}, nil),
			exitBadInput, "has no InterfaceType"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run([]string{"check", "--account", tc.path, "--account-region", "us-west-2", plan}, nil, &stdout, &stderr)
			if code != tc.code || !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("exit %d, want %d; stderr: %s", code, tc.code, stderr.String())
			}
		})
	}
}
