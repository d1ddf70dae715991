package lintrules_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/lintrules"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// tagsHCL is a map literal of n tags.
func tagsHCL(prefix string, n int) string {
	var b strings.Builder
	b.WriteString("{\n")
	for i := range n {
		fmt.Fprintf(&b, "    %s%02d = \"x\"\n", prefix, i)
	}
	b.WriteString("  }")
	return b.String()
}

// The AWS provider merges its default_tags into every function's tags_all,
// which AWS counts: 45 tags and 6 default tags are 51.
func TestDefaultTagsCountTowardTheFunctionsTags(t *testing.T) {
	t.Parallel()
	function := func(n int) string {
		return `
resource "aws_lambda_function" "api" {
  function_name = "api"
  tags = ` + tagsHCL("own", n) + `
}
`
	}
	provider := func(n int) string {
		return `
provider "aws" {
  default_tags {
    tags = ` + tagsHCL("default", n) + `
  }
}
`
	}
	const rule = "lambdaquota_function_tags_max"
	for name, tc := range map[string]struct {
		config string
		fails  bool
	}{
		"44 and 6 default tags":          {provider(6) + function(44), false},
		"45 and 6 default tags":          {provider(6) + function(45), true},
		"50 and no provider block":       {function(50), false},
		"51 and no provider block":       {function(51), true},
		"50 and a provider without tags": {`provider "aws" {}` + function(50), false},
		"45 and providers that differ":   {provider(6) + `provider "aws" { alias = "other" }` + function(45), false},
		"51 and providers that differ":   {provider(6) + `provider "aws" { alias = "other" }` + function(51), true},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			got := rulesOf(lint(t, lintrules.New("test"), tc.config))
			if slices.Contains(got, rule) != tc.fails {
				t.Fatalf("issues %v, want %s: %v", got, rule, tc.fails)
			}
		})
	}
}

// A function on a deprecated runtime gets a warning with its dates;
// whether AWS refuses it depends on whether the plan creates or updates it,
// which TFLint cannot tell. A runtime with no published dates gets none.
func TestDeprecatedRuntimeWarns(t *testing.T) {
	t.Parallel()
	function := func(runtime string) string {
		return `resource "aws_lambda_function" "api" {
  function_name = "api"
  runtime       = "` + runtime + `"
}
`
	}
	got := lint(t, lintrules.New("test"), function("nodejs12.x"))
	if len(got) != 1 || got[0].Rule.Name() != "lambdaquota_deprecated_runtime" || got[0].Rule.Severity() != tflint.WARNING ||
		!strings.Contains(got[0].Message, "creating functions on it fails since March 31, 2023") {
		t.Fatalf("issues %+v", got)
	}
	if got := lint(t, lintrules.New("test"), function("nodejs26.x")); len(got) > 0 {
		t.Fatalf("a runtime with no dates: %v", rulesOf(got))
	}
}
