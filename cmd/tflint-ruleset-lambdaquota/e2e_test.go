package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/boundary"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/lintrules"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/ziptest"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// tflintPath is the TFLint the end-to-end tests run.
func tflintPath(t *testing.T) string {
	t.Helper()
	p := os.Getenv("TFLINT_PATH")
	if p == "" {
		t.Skip("end-to-end test: set TFLINT_PATH to TFLint 0.64.0 (make testlint)")
	}
	return p
}

var (
	buildOnce sync.Once
	pluginDir string
	buildErr  error
)

// plugins is a plugin directory holding this package's plugin: the one
// TFLINT_PLUGIN_DIR names (make testlint builds it there), else built once.
func plugins(t *testing.T) string {
	t.Helper()
	if dir := os.Getenv("TFLINT_PLUGIN_DIR"); dir != "" {
		return dir
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "tflint-plugins")
		if err != nil {
			buildErr = err
			return
		}
		pluginDir = dir
		out, err := exec.Command("go", "build", "-o", filepath.Join(dir, "tflint-ruleset-lambdaquota"), ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return pluginDir
}

const tflintConfig = `plugin "terraform" {
  enabled = false
}

plugin "lambdaquota" {
  enabled = true
}
`

// finding is what the tests read of an issue in TFLint's JSON report.
type finding struct {
	Rule struct {
		Name string `json:"name"`
	} `json:"rule"`
	Message string `json:"message"`
	Range   struct {
		Filename string `json:"filename"`
	} `json:"range"`
}

// tflint runs TFLint with the plugin in dir and returns its issues.
func tflint(t *testing.T, dir string, args ...string) []finding {
	t.Helper()
	cmd := exec.Command(tflintPath(t), append([]string{"--format", "json"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TFLINT_PLUGIN_DIR="+plugins(t))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	// TFLint exits 2 when it finds issues.
	var exit *exec.ExitError
	if err != nil && (!errors.As(err, &exit) || exit.ExitCode() != 2) {
		t.Fatalf("tflint: %v\n%s%s", err, stdout.String(), stderr.String())
	}
	var report struct {
		Issues []finding `json:"issues"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &report); err != nil {
		t.Fatalf("tflint's report: %v\n%s%s", err, stdout.String(), stderr.String())
	}
	if len(report.Errors) > 0 {
		t.Fatalf("tflint errors: %v", report.Errors)
	}
	return report.Issues
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Ways a fixture gives the resources their values, as users do.
const (
	viaTFVars = iota
	viaLocals
	viaForEach
	viaModule
	ways
)

// module writes resources whose every argument comes from a value given
// one of the ways: each resource's values are one object, r0, r1, ...,
// read by references such as var.r0.vpc_config[0].subnet_ids.
func module(resources []boundary.Resource, way int) map[string]string {
	files := map[string]string{".tflint.hcl": tflintConfig}
	values := hclwrite.NewEmptyFile()
	body := hclwrite.NewEmptyFile()
	var locals *hclwrite.Body
	var call *hclwrite.Body
	vars := hclwrite.NewEmptyFile()
	for j, r := range resources {
		name := fmt.Sprintf("r%d", j)
		obj := cty.ObjectVal(r.Values)
		prefix := "var." + name
		switch way {
		case viaTFVars:
			values.Body().SetAttributeValue(name, obj)
			vars.Body().AppendNewBlock("variable", []string{name}).Body().SetAttributeRaw("type", hclwrite.TokensForIdentifier("any"))
		case viaLocals:
			if locals == nil {
				locals = body.Body().AppendNewBlock("locals", nil).Body()
			}
			locals.SetAttributeValue(name, obj)
			prefix = "local." + name
		case viaForEach:
			prefix = "each.value"
		case viaModule:
			if call == nil {
				call = body.Body().AppendNewBlock("module", []string{"m"}).Body()
				call.SetAttributeValue("source", cty.StringVal("./m"))
			}
			call.SetAttributeValue(name, obj)
			vars.Body().AppendNewBlock("variable", []string{name}).Body().SetAttributeRaw("type", hclwrite.TokensForIdentifier("any"))
		}
		target := body
		if way == viaModule {
			target = vars
		}
		block := target.Body().AppendNewBlock("resource", []string{r.Type, r.Name}).Body()
		if way == viaForEach {
			block.SetAttributeValue("for_each", cty.ObjectVal(map[string]cty.Value{"one": obj}))
		}
		values := maps.Clone(r.Values)
		for _, k := range slices.Sorted(maps.Keys(r.Refs)) {
			// An argument that links two resources is written as the reference.
			delete(values, k)
			block.SetAttributeRaw(k, hclwrite.TokensForIdentifier(r.Refs[k]))
		}
		references(block, values, prefix)
	}
	switch way {
	case viaTFVars:
		files["terraform.tfvars"] = string(values.Bytes())
		files["variables.tf"] = string(vars.Bytes())
	case viaModule:
		files["m/main.tf"] = string(vars.Bytes())
		// --recursive also lints the module on its own.
		files["m/.tflint.hcl"] = tflintConfig
	}
	files["main.tf"] = string(body.Bytes())
	return files
}

// references writes each argument as a reference into the value at prefix,
// and lists of objects as blocks.
func references(body *hclwrite.Body, values map[string]cty.Value, prefix string) {
	for _, k := range slices.Sorted(maps.Keys(values)) {
		v := values[k]
		if t := v.Type(); (t.IsListType() || t.IsTupleType()) && v.LengthInt() > 0 && v.AsValueSlice()[0].Type().IsObjectType() {
			for i, e := range v.AsValueSlice() {
				references(body.AppendNewBlock(k, nil).Body(), e.AsValueMap(), fmt.Sprintf("%s.%s[%d]", prefix, k, i))
			}
			continue
		}
		body.SetAttributeRaw(k, hclwrite.Tokens{{Type: 0, Bytes: []byte(prefix + "." + k)}})
	}
}

// enis is ENIs per VPC over n functions of one for_each resource whose
// subnets come from a local: each function's own and one they share.
func enis(n int) map[string]string {
	return map[string]string{".tflint.hcl": tflintConfig, "main.tf": fmt.Sprintf(`locals {
  functions = { for i in range(%d) : "f${i}" => { subnet_ids = ["subnet-shared", "subnet-${i}"] } }
}

resource "aws_lambda_function" "fleet" {
  for_each      = local.functions
  function_name = each.key
  vpc_config {
    subnet_ids         = each.value.subnet_ids
    security_group_ids = ["sg"]
  }
}
`, n)}
}

// Every rule at its quota and one past it, through a real TFLint, with
// values from tfvars, locals, for_each and a local module in turn.
func TestE2EEveryRuleAtItsQuotaAndOnePast(t *testing.T) {
	tflintPath(t)
	root := t.TempDir()
	ids := lintrules.RuleIDs()
	rows := boundary.ResourceRows(t, ids)
	for i, id := range ids {
		row, ok := rows[id]
		if !ok {
			t.Fatalf("rule %s has no boundary row", id)
		}
		at, past := module(row[0], i%ways), module(row[1], i%ways)
		if id == quota.ENIsPerVPC {
			at, past = enis(249), enis(250)
		}
		writeFiles(t, filepath.Join(root, "at", string(id)), at)
		writeFiles(t, filepath.Join(root, "past", string(id)), past)
	}
	byDir := map[string][]string{}
	for _, f := range tflint(t, root, "--recursive") {
		parts := strings.Split(filepath.ToSlash(f.Range.Filename), "/")
		if len(parts) < 3 {
			t.Fatalf("an issue outside the fixtures: %+v", f)
		}
		byDir[parts[0]+"/"+parts[1]] = append(byDir[parts[0]+"/"+parts[1]], f.Rule.Name)
	}
	for i, id := range ids {
		rule := lintrules.RulePrefix + string(id)
		how := [...]string{"tfvars", "locals", "for_each", "a local module"}[i%ways]
		if id == quota.ENIsPerVPC {
			how = "for_each over a local"
		}
		if got := byDir["at/"+string(id)]; len(got) > 0 {
			t.Errorf("%s at its quota, through %s: issues %v", rule, how, got)
		}
		if got := byDir["past/"+string(id)]; !slices.Contains(got, rule) {
			t.Errorf("%s one past its quota, through %s: issues %v, want %s", rule, how, got, rule)
		}
	}
}

// The plugin block takes the provider's quotas, by the provider's rules.
func TestE2EPluginQuotas(t *testing.T) {
	tflintPath(t)
	dir := t.TempDir()
	writeFiles(t, dir, enis(250))
	config := func(quotas string) {
		writeFiles(t, dir, map[string]string{".tflint.hcl": strings.Replace(tflintConfig, "enabled = true", "enabled = true\n  quotas  = "+quotas, 1)})
	}
	config("{ enis_per_vpc = 251 }")
	if got := tflint(t, dir); len(got) != 0 {
		t.Errorf("251 ENIs with enis_per_vpc = 251: %v", got)
	}
	config("{ enis_per_vpc = 250 }")
	got := tflint(t, dir)
	if len(got) != 1 || got[0].Rule.Name != "lambdaquota_enis_per_vpc" || !strings.Contains(got[0].Message, "as stated in your quotas") {
		t.Errorf("251 ENIs with enis_per_vpc = 250: %v", got)
	}
	config("{ function_timeout_max_seconds = 1000 }")
	cmd := exec.Command(tflintPath(t), "--format", "json")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TFLINT_PLUGIN_DIR="+plugins(t))
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), `AWS does not let this quota be raised, so it may only be lowered from 900, got 1000`) {
		t.Errorf("a fixed quota raised in the plugin block: %v\n%s", err, out)
	}
}

// Values from TF_VAR_ and a dynamic block, which TFLint expands, and a
// configuration in JSON syntax.
func TestE2EEnvironmentVariablesDynamicBlocksAndJSON(t *testing.T) {
	tflintPath(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{".tflint.hcl": tflintConfig, "main.tf": `
variable "timeout" {
  type = number
}

variable "subnets" {
  type    = list(string)
  default = ["subnet-a", "subnet-b", "subnet-c", "subnet-d", "subnet-e", "subnet-f", "subnet-g", "subnet-h", "subnet-i", "subnet-j", "subnet-k", "subnet-l", "subnet-m", "subnet-n", "subnet-o", "subnet-p", "subnet-q"]
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  timeout       = var.timeout
  dynamic "vpc_config" {
    for_each = [var.subnets]
    content {
      subnet_ids         = vpc_config.value
      security_group_ids = ["sg"]
    }
  }
}
`, "layer.tf.json": `{"resource": {"aws_lambda_layer_version": {"deps": {"layer_name": "deps", "description": "` + strings.Repeat("d", 257) + `"}}}}`})
	cmd := exec.Command(tflintPath(t), "--format", "json")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TFLINT_PLUGIN_DIR="+plugins(t), "TF_VAR_timeout=901")
	out, _ := cmd.Output()
	var report struct {
		Issues []finding `json:"issues"`
	}
	if err := json.Unmarshal(out, &report); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var got []string
	for _, f := range report.Issues {
		got = append(got, f.Rule.Name)
	}
	slices.Sort(got)
	want := []string{"lambdaquota_function_subnets_max", "lambdaquota_function_timeout_max_seconds", "lambdaquota_layer_description_max_length"}
	if !slices.Equal(got, want) {
		t.Fatalf("issues %v, want %v", got, want)
	}
}

// A called module that reads its input through a local: TFLint reports an
// issue in a called module only at an expression that refers to an input
// variable, so the issue is written at the local's, and TFLint reports it
// at the caller's argument.
func TestE2ECalledModuleThroughLocals(t *testing.T) {
	tflintPath(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{".tflint.hcl": tflintConfig,
		"main.tf": "module \"fn\" {\n  source = \"./fn\"\n  pkg    = \"big.zip\"\n}\n\nmodule \"fits\" {\n  source = \"./fn\"\n  pkg    = \"fits.zip\"\n}\n",
		"fn/main.tf": `variable "pkg" {
  type = string
}

locals {
  package  = var.pkg
  filename = local.package
}

resource "aws_lambda_function" "f" {
  function_name = "f"
  filename      = local.filename
}
`})
	// 50 MB (52,428,800 bytes) is the most a zip uploaded directly may be.
	ziptest.WriteSized(t, dir, "big.zip", 52428801, 100)
	ziptest.WriteSized(t, dir, "fits.zip", 52428800, 100)
	got := tflint(t, dir)
	if len(got) != 1 || got[0].Rule.Name != "lambdaquota_zipped_package_max_bytes" || got[0].Range.Filename != "main.tf" ||
		!strings.Contains(got[0].Message, "52,428,801 bytes") {
		t.Errorf("issues %+v; want the 52,428,801-byte package reported at the caller's argument in main.tf, and the 52,428,800-byte one passed", got)
	}
}

// The terraform-aws-modules/lambda-shaped fixture of the saved-plan tests:
// a counted function with dynamic blocks in a local module, its values from
// the caller's variables.
func TestE2ELambdaModule(t *testing.T) {
	tflintPath(t)
	dir := t.TempDir()
	src := "../lambdaquota/testdata/module-style"
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		writeFiles(t, dir, map[string]string{rel: string(b)})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{".tflint.hcl": tflintConfig})
	env := func(bytes int) string {
		// {"PAYLOAD":"..."} is 14 bytes besides the value.
		return fmt.Sprintf(`environment={PAYLOAD="%s"}`, strings.Repeat("x", bytes-14))
	}
	if got := tflint(t, dir, "--var", "memory=10240", "--var", env(4096)); len(got) != 0 {
		t.Errorf("at the quotas: %+v", got)
	}
	got := tflint(t, dir, "--var", "memory=10241", "--var", env(4097))
	var rules []string
	for _, f := range got {
		rules = append(rules, f.Rule.Name)
		if f.Range.Filename != "main.tf" {
			t.Errorf("%s is reported in %s; want the caller's argument in main.tf", f.Rule.Name, f.Range.Filename)
		}
	}
	slices.Sort(rules)
	if want := []string{"lambdaquota_environment_variables_max_bytes", "lambdaquota_function_memory_max_mb"}; !slices.Equal(rules, want) {
		t.Errorf("one past the quotas: %v, want %v", rules, want)
	}
}

// A module called with for_each, each instance a function with its own
// security group on the same 10 subnets: 25 instances are 250 ENIs and 26
// are 260, counted across the instances TFLint checks one by one.
func TestE2EENIsAcrossModuleInstances(t *testing.T) {
	tflintPath(t)
	for _, tc := range []struct {
		instances int
		fails     bool
	}{{25, false}, {26, true}} {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{".tflint.hcl": tflintConfig,
			"main.tf": fmt.Sprintf(`module "fn" {
  source   = "./fn"
  for_each = toset([for i in range(%d) : format("fn-%%02d", i)])
  name     = each.key
  subnets  = [for i in range(10) : "subnet-${i}"]
}
`, tc.instances),
			"fn/main.tf": `variable "name" {
  type = string
}

variable "subnets" {
  type = list(string)
}

resource "aws_lambda_function" "this" {
  function_name = var.name
  vpc_config {
    subnet_ids         = var.subnets
    security_group_ids = ["sg-${var.name}"]
  }
}
`})
		got := tflint(t, dir)
		if !tc.fails && len(got) != 0 {
			t.Errorf("%d instances: %+v", tc.instances, got)
		}
		if tc.fails && (len(got) != 1 || got[0].Rule.Name != "lambdaquota_enis_per_vpc" || got[0].Range.Filename != "main.tf" ||
			!strings.Contains(got[0].Message, "is 260")) {
			t.Errorf("%d instances: %+v; want 260 ENIs reported at the module call", tc.instances, got)
		}
	}
}

// The instances of a local module the root module's runner checks: a
// sensitive variable is measured, never printed, and with
// call_module_type = "none" nothing of the module is reported.
func TestE2ECalledModuleCheckedFromTheRoot(t *testing.T) {
	tflintPath(t)
	secret := "secret-" + strings.Repeat("s", 58)
	files := map[string]string{".tflint.hcl": tflintConfig,
		"main.tf": fmt.Sprintf("module \"fn\" {\n  source   = \"./fn\"\n  for_each = toset([\"a\", \"b\"])\n  name     = \"%s-${each.key}\"\n}\n", secret),
		"fn/main.tf": `variable "name" {
  type      = string
  sensitive = true
}

resource "aws_lambda_function" "this" {
  function_name = var.name
}
`}
	dir := t.TempDir()
	writeFiles(t, dir, files)
	got := tflint(t, dir)
	// Both instances' names are 67 characters; hidden, their messages are
	// one and the same, reported once.
	if len(got) != 1 || got[0].Rule.Name != "lambdaquota_function_name_max_length" || got[0].Range.Filename != "main.tf" {
		t.Fatalf("issues %+v; want the 67-character names reported at the call", got)
	}
	for _, f := range got {
		if strings.Contains(f.Message, secret) || !strings.Contains(f.Message, "67 characters") {
			t.Errorf("message %q: want the length without the sensitive name", f.Message)
		}
	}
	files[".tflint.hcl"] = tflintConfig + "\nconfig {\n  call_module_type = \"none\"\n}\n"
	writeFiles(t, dir, files)
	if got := tflint(t, dir); len(got) != 0 {
		t.Errorf("with call_module_type = none: %+v", got)
	}
}

// A module whose variable gives an optional attribute a default is left to
// its runners, where TFLint applies the default: 10,241 MB fails, 10,240
// MB fits.
func TestE2ECalledModuleWithOptionalDefaults(t *testing.T) {
	tflintPath(t)
	for memory, fails := range map[int]bool{10241: true, 10240: false} {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{".tflint.hcl": tflintConfig,
			"main.tf": "module \"fn\" {\n  source = \"./fn\"\n  config = {}\n}\n",
			"fn/main.tf": fmt.Sprintf(`variable "config" {
  type = object({ memory = optional(number, %d) })
}

resource "aws_lambda_function" "this" {
  function_name = "f"
  memory_size   = var.config.memory
}
`, memory)})
		got := tflint(t, dir)
		if fails != (len(got) == 1 && got[0].Rule.Name == "lambdaquota_function_memory_max_mb") || !fails && len(got) != 0 {
			t.Errorf("memory %d by an optional default: %+v", memory, got)
		}
	}
}

// TestE2ERegistryModuleInstalledByInit: a call of
// terraform-aws-modules/lambda from the registry, installed where
// terraform init puts it (the stand-in of testdata/module-style, since
// there is no network), is checked when .tflint.hcl says
// call_module_type = "all", and reported at the caller's arguments; with
// TFLint's default (local modules only) it is not called at all.
func TestE2ERegistryModuleInstalledByInit(t *testing.T) {
	tflintPath(t)
	dir := t.TempDir()
	src := "../lambdaquota/testdata/module-style/modules/lambda"
	for _, f := range []string{"main.tf", "variables.tf"} {
		b, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			t.Fatal(err)
		}
		writeFiles(t, dir, map[string]string{filepath.Join(".terraform", "modules", "orders", f): string(b)})
	}
	writeFiles(t, dir, map[string]string{
		".terraform/modules/modules.json": `{"Modules":[{"Key":"","Source":"","Dir":"."},` +
			`{"Key":"orders","Source":"registry.terraform.io/terraform-aws-modules/lambda/aws","Version":"8.1.2","Dir":".terraform/modules/orders"}]}`,
		"main.tf": `module "orders" {
  source  = "terraform-aws-modules/lambda/aws"
  version = "~> 8.0"

  function_name = "orders"
  memory_size   = 10241
}
`,
		".tflint.hcl": tflintConfig + "\nconfig {\n  call_module_type = \"all\"\n}\n",
	})
	got := tflint(t, dir)
	if len(got) != 1 || got[0].Rule.Name != "lambdaquota_function_memory_max_mb" || got[0].Range.Filename != "main.tf" {
		t.Fatalf("with call_module_type = all: %+v", got)
	}
	writeFiles(t, dir, map[string]string{".tflint.hcl": tflintConfig})
	if got := tflint(t, dir); len(got) != 0 {
		t.Fatalf("TFLint's default calls no registry module, yet: %+v", got)
	}
}
