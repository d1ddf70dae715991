package lintrules_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/lintrules"
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
