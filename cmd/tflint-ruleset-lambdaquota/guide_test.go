package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// guide is the folder of the files the TFLint guide shows.
const guide = "../../examples/tflint"

// sh runs a command line as bash does in a CI step (bash -eo pipefail)
// and returns its output and exit status.
func sh(t *testing.T, dir string, env []string, line string) (string, int) {
	t.Helper()
	cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", line)
	cmd.Dir, cmd.Env = dir, append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok {
		return string(out), ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return string(out), 0
}

// TestGuideInstallsOfflineAndLintsEveryModule follows the TFLint guide as
// written: the guide's .tflint.hcl (with source and version) at the root
// of a repository of modules, its install-plugin.sh (go install into the
// folder TFLint reads for that source and version; the module's version
// is served from this checkout), then the lint step of its workflow, which
// must reach a module with no .tflint.hcl of its own. The same step with a
// relative --config does not: the guide's reason for the full path.
func TestGuideInstallsOfflineAndLintsEveryModule(t *testing.T) {
	tflint := tflintPath(t)
	repo := t.TempDir()
	cfg, err := os.ReadFile(filepath.Join(guide, ".tflint.hcl"))
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, repo, map[string]string{
		".tflint.hcl":         string(cfg),
		"main.tf":             "module \"api\" {\n  source = \"./modules/api\"\n}\n",
		"modules/api/main.tf": "resource \"aws_lambda_function\" \"api\" {\n  function_name = \"api\"\n  timeout       = 901\n}\n",
	})

	// The install script, run as written, with the plugin's release
	// served from this checkout.
	work := t.TempDir()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	gomod := exec.Command("go", "run", "./internal/cmd/modzip", "-version", "v0.1.0", "-proxy", filepath.Join(work, "proxy"))
	gomod.Dir = root
	if out, err := gomod.CombinedOutput(); err != nil {
		t.Fatalf("modzip: %v\n%s", err, out)
	}
	cache, err := exec.Command("go", "env", "GOMODCACHE", "GOPROXY").Output()
	if err != nil {
		t.Fatal(err)
	}
	goenv := strings.Fields(string(cache))
	plugins := filepath.Join(work, "plugins")
	// The dependencies come from this machine's module cache, verified
	// when they were downloaded; make testlint runs with no network, so
	// the checksum database is not asked again.
	env := []string{"TFLINT_PLUGIN_DIR=" + plugins, "GOFLAGS=-modcacherw", "GOWORK=off", "GOMODCACHE=" + filepath.Join(work, "modcache"),
		"GOSUMDB=off", "GOPROXY=file://" + filepath.Join(work, "proxy") + ",file://" + filepath.Join(goenv[0], "cache", "download") + "," + goenv[1]}
	script, err := filepath.Abs(filepath.Join(guide, "install-plugin.sh"))
	if err != nil {
		t.Fatal(err)
	}
	if out, code := sh(t, repo, env, script); code != 0 {
		t.Fatalf("install-plugin.sh: exit %d\n%s", code, out)
	}
	if _, err := os.Stat(filepath.Join(plugins, "github.com", "lambdaquota", "terraform-provider-lambdaquota", "0.1.0", "tflint-ruleset-lambdaquota")); err != nil {
		t.Fatal(err)
	}

	// The workflow's lint step, with tflint on PATH as setup-tflint puts it.
	var workflow struct {
		Jobs map[string]struct {
			Steps []struct{ Name, Run string }
		}
	}
	src, err := os.ReadFile(filepath.Join(guide, "tflint.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(src, &workflow); err != nil {
		t.Fatal(err)
	}
	var lint string
	for _, s := range workflow.Jobs["tflint"].Steps {
		if s.Name == "Lint every module" {
			lint = s.Run
		}
	}
	if !strings.Contains(lint, "--recursive") {
		t.Fatalf("no lint step with --recursive in %s", src)
	}
	bin := t.TempDir()
	if err := os.Symlink(tflint, filepath.Join(bin, "tflint")); err != nil {
		t.Fatal(err)
	}
	env = append(env, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	out, code := sh(t, repo, env, lint)
	if code != 2 {
		t.Fatalf("lint step: exit %d, want 2 (issues found)\n%s", code, out)
	}
	var sarif struct {
		Runs []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string } `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	report, err := os.ReadFile(filepath.Join(repo, "tflint.sarif"))
	if err != nil || json.Unmarshal(report, &sarif) != nil {
		t.Fatalf("tflint.sarif: %v\n%s", err, report)
	}
	found := false
	for _, run := range sarif.Runs {
		for _, r := range run.Results {
			if r.RuleID == "lambdaquota_function_timeout_max_seconds" && len(r.Locations) > 0 &&
				strings.HasSuffix(r.Locations[0].PhysicalLocation.ArtifactLocation.URI, "modules/api/main.tf") {
				found = true
			}
		}
	}
	if !found {
		t.Fatalf("the module's 901-second timeout is not in the report:\n%s", report)
	}

	relative := strings.Replace(lint, `"$(pwd)/.tflint.hcl"`, ".tflint.hcl", 1)
	if out, code := sh(t, repo, env, relative); code == 0 || code == 2 && strings.Contains(readFile(t, filepath.Join(repo, "tflint.sarif")), "lambdaquota_function_timeout_max_seconds") {
		t.Fatalf("a relative --config reached the module too (exit %d), so the guide's full path is not needed:\n%s", code, out)
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
