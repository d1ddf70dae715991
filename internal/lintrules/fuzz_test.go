package lintrules_test

import (
	"testing"

	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/lintrules"
)

// FuzzLint runs every rule on any configuration that parses: a wrong type,
// a missing label or a strange block is an issue or nothing, never a panic.
func FuzzLint(f *testing.F) {
	for _, seed := range []string{
		`resource "aws_lambda_function" "a" { memory_size = 20000 }`,
		`resource "aws_lambda_function" "a" { memory_size = "x"` + "\n" + `environment { variables = [1] } }`,
		`resource "aws_lambda_function" "a" { vpc_config { subnet_ids = "s" } }`,
		`resource "aws_lambda_layer_version" "l" { compatible_runtimes = {a = 1} }`,
		`resource "aws_lambda_permission" "p" { statement_id = 3 }`,
		`resource "aws_lambda_provisioned_concurrency_config" "p" { function_name = aws_lambda_function.a.function_name` + "\n" + `provisioned_concurrent_executions = -1 }`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, config string) {
		if _, diags := hclparse.NewParser().ParseHCL([]byte(config), "main.tf"); diags.HasErrors() {
			return
		}
		runner := helper.TestRunner(t, map[string]string{"main.tf": config})
		// An error (the SDK's runner refuses what TFLint would) is an answer;
		// only a panic fails.
		_ = lintrules.New("fuzz").Check(runner)
	})
}
