package provider

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
)

// taggedFunction is a function with own tags under a provider that adds
// defaults, checked by a postcondition on self, whose tags_all AWS counts.
func taggedFunction(own, defaults int) string {
	tags := func(prefix string, n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "%s%02d = \"x\"\n", prefix, i)
		}
		return "{\n" + b.String() + "}"
	}
	return `provider "aws" {
  default_tags {
    tags = ` + tags("default", defaults) + `
  }
}

resource "aws_lambda_function" "test" {
  function_name = "orders"
  tags          = ` + tags("own", own) + `
  lifecycle {
    postcondition {
      condition     = provider::lambdaquota::check_function(self)
      error_message = "over a Lambda quota"
    }
  }
}
`
}

// 45 tags under 6 default tags are 51 on the function; 44 are 50.
func TestAccCheckFunctionCountsDefaultTags(t *testing.T) {
	funcTest(t,
		resource.TestStep{
			Config: taggedFunction(45, 6),
			ExpectError: expectError(`Too Many Lambda Function Tags: The number of tags, not counting keys that begin with aws:, ` +
				`is 51, 1 tag more than the 50 tags allowed by the quota "Tags per function" \(function_tags_max\)`),
		},
		resource.TestStep{
			Config:            taggedFunction(44, 6),
			ConfigStateChecks: []statecheck.StateCheck{stateValue("aws_lambda_function.test", "tags_all", knownvalue.MapSizeExact(50))},
		},
	)
}
