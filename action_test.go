package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// action is what the tests read of action.yml.
type action struct {
	Inputs map[string]struct {
		Required bool
		Default  string
	}
	Outputs map[string]struct{ Value string }
	Runs    struct {
		Using string
		Steps []struct {
			ID               string
			If               string
			Uses             string
			With             map[string]string
			Shell            string
			WorkingDirectory string `yaml:"working-directory"`
			Env              map[string]string
			Run              string
		}
	}
}

// actionRun is one run of the action: its exit status, outputs, job
// summary and log.
type actionRun struct {
	status  int
	outputs map[string]string
	summary string
	log     string
}

var expression = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)

// runAction runs action.yml's steps as a GitHub runner runs a composite
// action's: each run step in bash -eo pipefail with GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY set, the expressions it uses evaluated, and the
// step's outputs read back. A uses step is not run (Go is here already);
// an expression this runner does not know fails the test.
func runAction(t *testing.T, workspace string, with map[string]string) actionRun {
	t.Helper()
	root, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	var a action
	src, err := os.ReadFile("action.yml")
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(src, &a); err != nil {
		t.Fatal(err)
	}
	inputs := map[string]string{}
	for name, in := range a.Inputs {
		inputs[name] = in.Default
	}
	for name, v := range with {
		if _, ok := a.Inputs[name]; !ok {
			t.Fatalf("action.yml has no input %q", name)
		}
		inputs[name] = v
	}
	for name, in := range a.Inputs {
		if in.Required && inputs[name] == "" {
			t.Fatalf("input %q is required", name)
		}
	}
	temp := t.TempDir()
	steps := map[string]map[string]string{}
	eval := func(expr string) string {
		var alternatives []string
		for alt := range strings.SplitSeq(expr, "||") {
			alt = strings.TrimSpace(alt)
			var v string
			switch {
			case strings.HasPrefix(alt, "inputs."):
				name := strings.TrimPrefix(alt, "inputs.")
				if _, ok := a.Inputs[name]; !ok {
					t.Fatalf("expression %q names no input", expr)
				}
				v = inputs[name]
			case strings.HasPrefix(alt, "steps."):
				parts := strings.Split(alt, ".")
				if len(parts) != 4 || parts[2] != "outputs" {
					t.Fatalf("expression %q: want steps.ID.outputs.NAME", expr)
				}
				v = steps[parts[1]][parts[3]]
			case alt == "github.action_path":
				v = root
			case alt == "github.action_ref":
				v = "v0.0.0-test"
			default:
				t.Fatalf("expression %q is not one this runner knows", expr)
			}
			alternatives = append(alternatives, v)
		}
		for _, v := range alternatives {
			if v != "" {
				return v
			}
		}
		return ""
	}
	expand := func(s string) string {
		return expression.ReplaceAllStringFunc(s, func(m string) string { return eval(expression.FindStringSubmatch(m)[1]) })
	}
	summary := filepath.Join(temp, "summary.md")
	run := actionRun{outputs: map[string]string{}}
	if a.Runs.Using != "composite" {
		t.Fatalf("runs.using is %q", a.Runs.Using)
	}
	for i, s := range a.Runs.Steps {
		if s.If != "" {
			cond := regexp.MustCompile(`^inputs\.([a-z-]+) == ''$`).FindStringSubmatch(s.If)
			if cond == nil {
				t.Fatalf("step %d: condition %q is not one this runner knows", i, s.If)
			}
			if eval("inputs."+cond[1]) != "" {
				continue
			}
		}
		if s.Uses != "" {
			if !strings.HasPrefix(s.Uses, "actions/setup-go@") || expand(s.With["go-version-file"]) != filepath.Join(root, "go.mod") {
				t.Fatalf("step %d uses %s with %v", i, s.Uses, s.With)
			}
			continue
		}
		if s.Shell != "bash" {
			t.Fatalf("step %d: shell %q; a composite step must name bash", i, s.Shell)
		}
		script := filepath.Join(temp, fmt.Sprintf("step%d.sh", i))
		if err := os.WriteFile(script, []byte(expand(s.Run)), 0o644); err != nil {
			t.Fatal(err)
		}
		output := filepath.Join(temp, fmt.Sprintf("output%d", i))
		if err := os.WriteFile(output, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", script)
		cmd.Dir = filepath.Join(workspace, expand(s.WorkingDirectory))
		cmd.Env = append(os.Environ(), "GITHUB_ACTION_PATH="+root, "GITHUB_WORKSPACE="+workspace, "RUNNER_TEMP="+temp,
			"GITHUB_OUTPUT="+output, "GITHUB_STEP_SUMMARY="+summary)
		for k, v := range s.Env {
			cmd.Env = append(cmd.Env, k+"="+expand(v))
		}
		out, err := cmd.CombinedOutput()
		run.log += string(out)
		outputs, rerr := os.ReadFile(output)
		if rerr != nil {
			t.Fatal(rerr)
		}
		if s.ID != "" {
			steps[s.ID] = map[string]string{}
			for line := range strings.Lines(string(outputs)) {
				if k, v, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "="); ok {
					steps[s.ID][k] = v
				}
			}
		}
		if err != nil {
			if ee, ok := err.(*exec.ExitError); ok {
				run.status = ee.ExitCode()
				break
			}
			t.Fatal(err)
		}
	}
	for name, o := range a.Outputs {
		run.outputs[name] = expand(o.Value)
	}
	if b, err := os.ReadFile(summary); err == nil {
		run.summary = string(b)
	}
	return run
}

// workspace is a checkout holding the saved-plan example, whose plan.json
// a real CLI made, under infra/.
func workspace(t *testing.T) string {
	t.Helper()
	ws := t.TempDir()
	if out, err := exec.Command("cp", "-r", filepath.Join("examples", "saved-plan"), filepath.Join(ws, "infra")).CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	return ws
}

// lambdaquotaBinary builds the command once for the runs that pass one in.
func lambdaquotaBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "lambdaquota")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/lambdaquota").CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	return bin
}

// TestActionChecksASavedPlan runs the action end to end on a real saved
// plan: with its own build of lambdaquota, the 7 errors of the example
// fail the step, reach the job summary as a table, and are counted in the
// outputs; the SARIF and JUnit reports are written.
func TestActionChecksASavedPlan(t *testing.T) {
	ws := workspace(t)
	r := runAction(t, ws, map[string]string{"working-directory": "infra", "plan": "plan.json", "formats": "sarif, junit"})
	if r.status != 1 {
		t.Fatalf("exit %d, want 1:\n%s", r.status, r.log)
	}
	if r.outputs["errors"] != "7" || r.outputs["warnings"] != "0" {
		t.Errorf("outputs %v", r.outputs)
	}
	if !strings.HasPrefix(r.summary, "### :x: lambdaquota: 7 errors would fail the apply") || !strings.Contains(r.summary, "| `enis_per_vpc` | VPC vpc-main | 251 ENIs |") {
		t.Errorf("summary:\n%s", r.summary)
	}
	md, err := os.ReadFile(r.outputs["markdown"])
	if err != nil || string(md) != r.summary {
		t.Errorf("the markdown output is not the summary: %v", err)
	}
	var sarif struct {
		Version string
		Runs    []struct{ Results []json.RawMessage }
	}
	b, err := os.ReadFile(r.outputs["sarif"])
	if err != nil || json.Unmarshal(b, &sarif) != nil || sarif.Version != "2.1.0" || len(sarif.Runs) != 1 || len(sarif.Runs[0].Results) != 7 {
		t.Errorf("SARIF at %q: %v %+v", r.outputs["sarif"], err, sarif)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(r.outputs["sarif"]), "lambdaquota.xml")); err != nil {
		t.Errorf("no JUnit report: %v", err)
	}
}

// TestActionInputs: every input reaches the command, and fail-on decides
// the step's status without changing the outputs.
func TestActionInputs(t *testing.T) {
	bin := lambdaquotaBinary(t)
	for name, tc := range map[string]struct {
		with     map[string]string
		status   int
		errors   string
		warnings string
		summary  string
	}{
		"fail-on never reports and passes": {map[string]string{"fail-on": "never"}, 0, "7", "0", ":x: lambdaquota: 7 errors"},
		"quotas, one per line": {map[string]string{"quotas": "enis_per_vpc=251\nenvironment_variables_max_bytes=4096\n"}, 1, "6", "0",
			":x: lambdaquota: 6 errors"},
		"a quotas file": {map[string]string{"quotas-file": "quotas.hcl"}, 1, "6", "0", ":x: lambdaquota: 6 errors"},
		"account snapshots, one per line": {map[string]string{"accounts": "snapshot/describe-network-interfaces.json\nsnapshot/list-service-quotas.json\n"}, 1, "6", "0",
			"| `enis_per_vpc` | VPC vpc-main | 251 ENIs | 250 ENIs | 500 ENIs |"},
		"an unknown format": {map[string]string{"formats": "pdf"}, 2, "", "", ""},
		"a missing plan":    {map[string]string{"plan": "none.json"}, 2, "", "", ""},
	} {
		t.Run(name, func(t *testing.T) {
			ws := workspace(t)
			infra := filepath.Join(ws, "infra")
			if err := os.WriteFile(filepath.Join(infra, "quotas.hcl"), []byte("enis_per_vpc = 251\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			if out, err := exec.Command("cp", "-r", filepath.Join("examples", "guides", "account-snapshot", "snapshot"), infra).CombinedOutput(); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			with := map[string]string{"lambdaquota": bin, "working-directory": "infra", "plan": "plan.json"}
			for k, v := range tc.with {
				with[k] = v
			}
			r := runAction(t, ws, with)
			if r.status != tc.status || r.outputs["errors"] != tc.errors || r.outputs["warnings"] != tc.warnings || !strings.Contains(r.summary, tc.summary) {
				t.Fatalf("exit %d, outputs %v, summary %.200q\n%s", r.status, r.outputs, r.summary, r.log)
			}
			if tc.status == 2 && (!strings.Contains(r.log, "::error title=lambdaquota::") || r.summary != "") {
				t.Errorf("bad input: no error annotation, or a summary:\n%s", r.log)
			}
		})
	}
}

// TestActionFailsOnAWarningWhenAsked: a plan that only warns passes by
// default and fails with fail-on warning.
func TestActionFailsOnAWarningWhenAsked(t *testing.T) {
	bin := lambdaquotaBinary(t)
	ws := t.TempDir()
	plan := `{"format_version":"1.2","timestamp":"2026-12-07T10:00:00Z","resource_changes":[{"address":"aws_lambda_function.legacy","mode":"managed",` +
		`"type":"aws_lambda_function","name":"legacy","change":{"actions":["create"],"before":null,"after":{"function_name":"legacy","s3_bucket":"b",` +
		`"region":"us-east-1","runtime":"python3.9"},"after_unknown":{}}}]}`
	if err := os.WriteFile(filepath.Join(ws, "plan.json"), []byte(plan), 0o644); err != nil {
		t.Fatal(err)
	}
	for failOn, status := range map[string]int{"error": 0, "warning": 1} {
		r := runAction(t, ws, map[string]string{"lambdaquota": bin, "plan": "plan.json", "fail-on": failOn})
		if r.status != status || r.outputs["warnings"] != "1" || !strings.HasPrefix(r.summary, "### :warning:") {
			t.Errorf("fail-on %s: exit %d, outputs %v\n%s", failOn, r.status, r.outputs, r.log)
		}
	}
}
