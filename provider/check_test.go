package provider

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
)

// TestAccFunctionShapes: a value of the wrong shape is an error that says
// what to pass, never true; a misspelt key is an error with a suggestion;
// collections are counted whatever their shape.
func TestAccFunctionShapes(t *testing.T) {
	call := func(expr string) string {
		return fmt.Sprintf("output \"ok\" {\n  value = %s\n}\n", expr)
	}
	fleet := `resource "aws_lambda_function" "all" {
  for_each      = toset(["a", "b"])
  function_name = each.key
  memory_size   = 20000
}
`
	funcTest(t,
		resource.TestStep{Config: call(`provider::lambdaquota::check_function("x")`), ExpectError: expectError(`function: must be an aws_lambda_function object or an object with its argument names, got string`)},
		resource.TestStep{Config: call(`provider::lambdaquota::check_function([{ memory_size = 128 }])`), ExpectError: expectError(`must be one aws_lambda_function object, got a tuple of 1`)},
		resource.TestStep{Config: fleet + call(`provider::lambdaquota::check_function(aws_lambda_function.all)`), ExpectError: expectError(`must be one aws_lambda_function object, got a collection of 2 \(keys "a", "b"\)`)},
		resource.TestStep{Config: call(`provider::lambdaquota::check_function({ colour = "red" })`), ExpectError: expectError(`has none of the attributes of an aws_lambda_function`)},
		resource.TestStep{Config: call(`provider::lambdaquota::check_layer("x")`), ExpectError: expectError(`layer: must be an aws_lambda_layer_version object`)},
		resource.TestStep{Config: call(`provider::lambdaquota::check_vpc("x")`), ExpectError: expectError(`vpc: must be an object with "vpc_id"`)},
		resource.TestStep{Config: call(`provider::lambdaquota::check_vpc({ function = [] })`), ExpectError: expectError(`vpc\.function: unknown key "function"; did you mean "functions"\?`)},
		resource.TestStep{Config: call(`provider::lambdaquota::check_function({ memory_size = 128 }, { quota = {} })`), ExpectError: expectError(`options\.quota: unknown key "quota"; did you mean "quotas"\?`)},
		resource.TestStep{Config: call(`provider::lambdaquota::check_function({ memroy_size = 20000, timeout = 3 })`), ExpectError: expectError(`function\.memroy_size: unknown key "memroy_size"; did you mean "memory_size"\?`)},
		resource.TestStep{
			Config:            call(`provider::lambdaquota::check_function({ environment_variables = { PORT = 8080, DEBUG = false } })`),
			ConfigStateChecks: []statecheck.StateCheck{statecheck.ExpectKnownOutputValue("ok", knownvalue.Bool(true))},
		},
	)
}

// TestAccFunctionCollections: a for_each map of resources is counted where a
// collection is expected, and an unknown subnet with a new security-group
// set is certainly a new ENI.
func TestAccFunctionCollections(t *testing.T) {
	cfg := func(known int, groups string) string {
		return fmt.Sprintf(`resource "aws_efs_mount_target" "all" {
  for_each       = toset(["a", "b", "c"])
  file_system_id = "fs-1"
  subnet_id      = each.key
}

resource "aws_lambda_function" "pending" {
  function_name = "pending"
}

resource "terraform_data" "check" {
  lifecycle {
    precondition {
      condition = provider::lambdaquota::check_vpc({
        functions = concat(
          [for i in range(%d) : { subnet_ids = ["subnet-${i}"], security_group_ids = ["sg"] }],
          [{ subnet_ids = [aws_lambda_function.pending.arn], security_group_ids = [%s] }],
        )
        efs_mount_targets = aws_efs_mount_target.all
      })
      error_message = "over the ENI quota"
    }
  }
}
`, known, groups)
	}
	funcTest(t,
		resource.TestStep{Config: cfg(247, `"sg-other"`), ExpectError: expectError(`is 251, 1 ENI more than the 250 ENIs`)},
		// The same set as the known pairs may share one of their ENIs: deferred.
		resource.TestStep{Config: cfg(247, `"sg"`), PlanOnly: true, ExpectNonEmptyPlan: true},
		resource.TestStep{Config: cfg(246, `"sg-other"`), PlanOnly: true, ExpectNonEmptyPlan: true},
	)
}

// TestAccViolationsWarn: the _violations form returns messages instead of
// failing, for check blocks, and an empty list when everything fits.
func TestAccViolationsWarn(t *testing.T) {
	cfg := func(memory, timeout int) string {
		return fmt.Sprintf(`locals {
  violations = provider::lambdaquota::function_violations({ function_name = "api", memory_size = %d, timeout = %d })
}

check "quotas" {
  assert {
    condition     = length(local.violations) == 0
    error_message = join("\n", local.violations)
  }
}

output "violations" {
  value = local.violations
}
`, memory, timeout)
	}
	funcTest(t,
		resource.TestStep{
			Config: cfg(20000, 901),
			ConfigStateChecks: []statecheck.StateCheck{statecheck.ExpectKnownOutputValue("violations", knownvalue.ListExact([]knownvalue.Check{
				knownvalue.StringRegexp(regexp.MustCompile(`^Lambda Memory Too Large: The memory size is 20,000 MB, 9,760 MB more than the 10,240 MB allowed[^\n]*vCPU$`)),
				knownvalue.StringRegexp(regexp.MustCompile(`^Lambda Timeout Too Long: .*901 seconds`)),
			}))},
		},
		resource.TestStep{
			Config:            cfg(10240, 900),
			ConfigStateChecks: []statecheck.StateCheck{statecheck.ExpectKnownOutputValue("violations", knownvalue.ListExact(nil))},
		},
	)
}

// TestAccFunctionOptionsCarryProviderQuotas: a function given the provider's
// quotas through data.lambdaquota_limits checks against them.
func TestAccFunctionOptionsCarryProviderQuotas(t *testing.T) {
	cfg := func(reserved int) string {
		return fmt.Sprintf(`provider "lambdaquota" {
  quotas = { concurrent_executions = 5000 }
}

data "lambdaquota_limits" "this" {}

output "ok" {
  value = provider::lambdaquota::check_function({ reserved_concurrent_executions = %d }, { quotas = data.lambdaquota_limits.this.quotas })
}
`, reserved)
	}
	funcTest(t,
		resource.TestStep{Config: cfg(4901), ExpectError: expectError(`Lambda Reserved Concurrency Leaves Too Little Unreserved[\s\S]*data\.lambdaquota_limits\.<name>\.quotas`)},
		resource.TestStep{Config: cfg(4900), ConfigStateChecks: []statecheck.StateCheck{statecheck.ExpectKnownOutputValue("ok", knownvalue.Bool(true))}},
	)
}
