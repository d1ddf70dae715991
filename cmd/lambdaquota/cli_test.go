package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// cli is a real Terraform or OpenTofu with this test binary installed as
// its providers, through development overrides, so that nothing is
// downloaded.
type cli struct {
	t    *testing.T
	path string
	env  []string
}

func newCLI(t *testing.T) *cli {
	t.Helper()
	if os.Getenv("TF_ACC") == "" {
		t.Skip("acceptance test: set TF_ACC=1 and TF_ACC_TERRAFORM_PATH to a Terraform or OpenTofu (make testacc)")
	}
	path := os.Getenv("TF_ACC_TERRAFORM_PATH")
	if path == "" {
		var err error
		if path, err = exec.LookPath("terraform"); err != nil {
			t.Fatal("TF_ACC_TERRAFORM_PATH is not set and there is no terraform on PATH")
		}
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, p := range []string{"aws", "lambdaquota"} {
		script := fmt.Sprintf("#!/bin/sh\n%s=%s exec '%s' \"$@\"\n", serveEnv, p, exe)
		if err := os.WriteFile(filepath.Join(dir, "terraform-provider-"+p), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	rc := fmt.Sprintf(`provider_installation {
  dev_overrides {
    "hashicorp/aws"           = %q
    "lambdaquota/lambdaquota" = %q
  }
  direct {}
}
`, dir, dir)
	rcFile := filepath.Join(dir, "cli.tfrc")
	if err := os.WriteFile(rcFile, []byte(rc), 0o644); err != nil {
		t.Fatal(err)
	}
	return &cli{t: t, path: path, env: []string{"TF_CLI_CONFIG_FILE=" + rcFile, "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1"}}
}

// run runs the CLI in dir and returns its standard output.
func (c *cli) run(dir string, args ...string) []byte {
	c.t.Helper()
	cmd := exec.Command(c.path, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), c.env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		c.t.Fatalf("%s %s: %v\n%s%s", filepath.Base(c.path), strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.Bytes()
}

// savedPlan copies a configuration, applies it with deployVars (unless
// empty) to make the prior state, then plans it with planVars and returns
// the work directory, holding plan.json.
func (c *cli) savedPlan(src string, deployVars, planVars []string) string {
	c.t.Helper()
	dir := c.t.TempDir()
	copyDir(c.t, src, dir)
	c.run(dir, "get")
	if len(deployVars) > 0 {
		c.run(dir, append([]string{"apply", "-auto-approve", "-input=false", "-no-color"}, deployVars...)...)
	}
	c.run(dir, append([]string{"plan", "-out=tfplan", "-input=false", "-no-color"}, planVars...)...)
	out := c.run(dir, "show", "-json", "tfplan")
	if err := os.WriteFile(filepath.Join(dir, "plan.json"), out, 0o644); err != nil {
		c.t.Fatal(err)
	}
	return dir
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			if d.Name() == ".terraform" {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if strings.HasPrefix(d.Name(), "terraform.tfstate") || d.Name() == "plan.json" {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
