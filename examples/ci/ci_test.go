// Package ci_test runs the CI files users copy: the GitHub workflow the
// guide shows, through actionlint with the action it uses, and the GitLab
// template's script on a real saved plan.
package ci_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"gopkg.in/yaml.v3"
)

// actionlintVersion is the actionlint scripts/cli.sh builds.
const actionlintVersion = "1.7.12"

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func run(t *testing.T, dir string, env []string, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env = dir, append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok {
		return string(out), ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return string(out), 0
}

// actionlint lints a project holding the guide's workflow, with this
// repository's action.yml as the action it uses, so that actionlint checks
// the inputs the workflow passes against the action's.
func actionlint(t *testing.T, workflow string) (string, int) {
	t.Helper()
	root := repoRoot(t)
	bin, code := run(t, root, nil, "scripts/cli.sh", "actionlint", actionlintVersion)
	if code != 0 {
		t.Fatalf("scripts/cli.sh actionlint: %s", bin)
	}
	bin = strings.TrimSpace(bin[strings.LastIndex(strings.TrimSpace(bin), "\n")+1:])
	project := t.TempDir()
	if out, code := run(t, project, nil, "git", "init", "-q"); code != 0 {
		t.Fatal(out)
	}
	if err := os.MkdirAll(filepath.Join(project, ".github", "workflows"), 0o755); err != nil {
		t.Fatal(err)
	}
	action, err := os.ReadFile(filepath.Join(root, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(project, "action.yml"), action, 0o644); err != nil {
		t.Fatal(err)
	}
	local := strings.ReplaceAll(workflow, "lambdaquota/terraform-provider-lambdaquota@v0.1.0", "./")
	if err := os.WriteFile(filepath.Join(project, ".github", "workflows", "lambda-quotas.yml"), []byte(local), 0o644); err != nil {
		t.Fatal(err)
	}
	return run(t, project, nil, bin, "-no-color")
}

// TestGitHubWorkflowPassesActionlint: the guides' workflows and the action
// pass actionlint; a workflow that leaves out the required plan does not,
// so the action's inputs are really read.
func TestGitHubWorkflowPassesActionlint(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("github", "lambda-quotas.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "uses: lambdaquota/terraform-provider-lambdaquota@v0.1.0") {
		t.Fatal("the workflow does not use the action")
	}
	if out, code := actionlint(t, string(b)); code != 0 {
		t.Fatalf("actionlint: exit %d\n%s", code, out)
	}
	// The TFLint guide's workflow too.
	tflint, err := os.ReadFile(filepath.Join("..", "tflint", "tflint.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if out, code := actionlint(t, string(tflint)); code != 0 {
		t.Fatalf("actionlint on the TFLint workflow: exit %d\n%s", code, out)
	}
	broken := strings.Replace(string(b), "          plan: plan.json\n", "", 1)
	if out, code := actionlint(t, broken); code == 0 || !strings.Contains(out, `missing input "plan" which is required by action "lambdaquota"`) {
		t.Fatalf("actionlint passed a workflow without the plan input (exit %d):\n%s", code, out)
	}
}

// gitlabJob is what the test reads of the template's hidden job.
type gitlabJob struct {
	Variables map[string]string
	Script    []string
	Artifacts struct {
		Paths   []string
		Reports struct{ Junit string }
	}
}

// notes is a GitLab API that records the merge-request notes posted to it.
type notes struct {
	mu     sync.Mutex
	bodies []string
	path   string
	token  string
}

func (n *notes) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	form, err := url.ParseQuery(string(b))
	if r.Method != http.MethodPost || err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	n.path, n.token = r.URL.Path, r.Header.Get("PRIVATE-TOKEN")
	n.bodies = append(n.bodies, form.Get("body"))
	w.WriteHeader(http.StatusCreated)
	_, _ = w.Write([]byte(`{"id":1}`))
}

// runGitLabJob runs the template's script as GitLab's runner runs it with
// bash: the lines in one shell with set -eo pipefail, the job's variables
// in the environment, in a checkout holding the saved-plan example under
// infra/.
func runGitLabJob(t *testing.T, vars map[string]string) (dir, log string, code int) {
	t.Helper()
	root := repoRoot(t)
	src, err := os.ReadFile(filepath.Join("gitlab", "lambdaquota.gitlab-ci.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var file map[string]gitlabJob
	if err := yaml.Unmarshal(src, &file); err != nil {
		t.Fatal(err)
	}
	job, ok := file[".lambdaquota"]
	if !ok || len(job.Script) == 0 {
		t.Fatal("the template has no .lambdaquota job with a script")
	}
	checkout := t.TempDir()
	if out, code := run(t, root, nil, "cp", "-r", filepath.Join("examples", "saved-plan"), filepath.Join(checkout, "infra")); code != 0 {
		t.Fatal(out)
	}
	// lambdaquota on PATH, as the image holds it after go install.
	bin := t.TempDir()
	if out, code := run(t, root, nil, "go", "build", "-o", filepath.Join(bin, "lambdaquota"), "./cmd/lambdaquota"); code != 0 {
		t.Fatal(out)
	}
	env := []string{"PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH"), "CI_PROJECT_DIR=" + checkout}
	for k, v := range job.Variables {
		if _, set := vars[k]; !set {
			env = append(env, k+"="+v)
		}
	}
	for k, v := range vars {
		env = append(env, k+"="+v)
	}
	script := filepath.Join(t.TempDir(), "script.sh")
	if err := os.WriteFile(script, []byte(strings.Join(job.Script, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	log, code = run(t, checkout, env, "bash", "--noprofile", "--norc", "-eo", "pipefail", script)
	// The artifacts the template keeps are there.
	for _, p := range append(job.Artifacts.Paths, job.Artifacts.Reports.Junit) {
		p = strings.ReplaceAll(p, "${LAMBDAQUOTA_DIR}", vars["LAMBDAQUOTA_DIR"])
		if _, err := os.Stat(filepath.Join(checkout, p)); err != nil && code != 2 {
			t.Errorf("artifact %s: %v", p, err)
		}
	}
	return filepath.Join(checkout, vars["LAMBDAQUOTA_DIR"]), log, code
}

// TestGitLabTemplateChecksASavedPlan: in a merge-request pipeline with a
// token, the template fails the job on the example's 7 errors and posts
// the markdown report as the merge request's note; without a token it
// posts nothing, and fail-on never lets the job pass.
func TestGitLabTemplateChecksASavedPlan(t *testing.T) {
	api := &notes{}
	srv := httptest.NewServer(api)
	defer srv.Close()
	mr := map[string]string{"CI_API_V4_URL": srv.URL + "/api/v4", "CI_PROJECT_ID": "42", "CI_MERGE_REQUEST_IID": "7", "LAMBDAQUOTA_DIR": "infra"}

	dir, log, code := runGitLabJob(t, merge(mr, map[string]string{"LAMBDAQUOTA_NOTE_TOKEN": "glpat-test"}))
	if code != 1 {
		t.Fatalf("exit %d, want 1:\n%s", code, log)
	}
	md, err := os.ReadFile(filepath.Join(dir, "lambdaquota.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(api.bodies) != 1 || api.bodies[0] != string(md) || api.path != "/api/v4/projects/42/merge_requests/7/notes" || api.token != "glpat-test" {
		t.Fatalf("notes %d to %s with token %q", len(api.bodies), api.path, api.token)
	}
	if !strings.HasPrefix(string(md), "### :x: lambdaquota: 7 errors would fail the apply") {
		t.Errorf("note:\n%s", md)
	}

	if _, log, code := runGitLabJob(t, mr); code != 1 || len(api.bodies) != 1 {
		t.Errorf("without a token: exit %d, %d notes\n%s", code, len(api.bodies), log)
	}
	if _, log, code := runGitLabJob(t, merge(mr, map[string]string{"LAMBDAQUOTA_FAIL_ON": "never"})); code != 0 {
		t.Errorf("fail-on never: exit %d\n%s", code, log)
	}
	if _, log, code := runGitLabJob(t, merge(mr, map[string]string{"LAMBDAQUOTA_ARGS": "--quota enis_per_vpc=251"})); code != 1 ||
		!strings.Contains(log, "6 errors would fail the apply") {
		t.Errorf("LAMBDAQUOTA_ARGS: exit %d\n%s", code, log)
	}
}

func merge(a, b map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}
