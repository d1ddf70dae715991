package provider

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
)

// unknownID is a value unknown until apply: the id of a resource being created.
const unknownID = `resource "terraform_data" "pending" {}
`

// TestAccDataSourcesCheckWhenReadIsDeferred: a data source with an argument
// unknown until apply is read at apply, yet what its known arguments already
// prove fails the plan, and a configuration within the quotas plans.
func TestAccDataSourcesCheckWhenReadIsDeferred(t *testing.T) {
	vpc := func(pairs int, provider string) string {
		// A literal list: in the validation pass a for expression over a
		// resource is unknown as a whole, but a list written out is not.
		var b strings.Builder
		for i := range pairs {
			fmt.Fprintf(&b, "    { subnet_ids = [\"subnet-%d\"], security_group_ids = [\"sg\"] },\n", i)
		}
		return unknownID + provider + fmt.Sprintf(`
data "lambdaquota_vpc" "test" {
  functions = [
%s    { subnet_ids = [terraform_data.pending.id], security_group_ids = ["sg"] },
  ]
}
`, b.String())
	}
	deferred := func(cfg string) resource.TestStep {
		return resource.TestStep{Config: cfg, PlanOnly: true, ExpectNonEmptyPlan: true}
	}
	accTest(t,
		resource.TestStep{
			Config:      unknownID + fn("environment_variables = "+envOfBytes(4097)+"\nsecurity_group_ids = [terraform_data.pending.id]"),
			ExpectError: expectError(`Lambda Environment Variables Too Large[\s\S]*4,097 bytes`),
		},
		deferred(unknownID+fn("environment_variables = "+envOfBytes(4096)+"\nsecurity_group_ids = [terraform_data.pending.id]")),
		resource.TestStep{Config: vpc(251, ""), ExpectError: expectError(`Too Many Network Interfaces in VPC[\s\S]*counting only what is known before apply`)},
		deferred(vpc(250, "")),
		// The provider's raised quota is seen in the validation pass.
		deferred(vpc(300, `provider "lambdaquota" { quotas = { enis_per_vpc = 1000 } }`)),
		resource.TestStep{
			Config:      unknownID + `data "lambdaquota_account" "test" { reserved_concurrent_executions = [500, 500, terraform_data.pending.output] }`,
			ExpectError: expectError(`Lambda Reserved Concurrency Leaves Too Little Unreserved[\s\S]*counting only the values known before apply`),
		},
		deferred(unknownID+`data "lambdaquota_account" "test" { reserved_concurrent_executions = [500, 400, terraform_data.pending.output] }`),
		resource.TestStep{
			Config: unknownID + `data "lambdaquota_function_policy" "test" {
  function_arn = terraform_data.pending.id
  permissions  = [for i in range(120) : { statement_id = "s3-${i}", action = "lambda:InvokeFunction", principal = "s3.amazonaws.com", source_arn = "arn:aws:s3:::bucket-number-${i}-with-a-long-name" }]
}`,
			ExpectError: expectError(`Lambda Resource Policy Too Large[\s\S]*counting only what is known before apply`),
		},
		resource.TestStep{Config: `data "lambdaquota_layer" "test" { compatible_architectures = ["x86_64", "arm64", "x86_64"] }`, ExpectError: expectError(`Too Many Lambda Layer Architectures`)},
		resource.TestStep{Config: fn(`layer_filenames = ["a.zip", "b.zip", "c.zip", "d.zip", "e.zip", "f.zip"]`), ExpectError: expectError(`Too Many Lambda Layers[\s\S]*layers is 6`)},
		resource.TestStep{Config: fn(`environment_variables = { PORT = 8080, DEBUG = false }`)},
	)
}

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
				knownvalue.StringRegexp(regexp.MustCompile(`^Lambda Memory Too Large: The memory size of function "api" is 20,000 MB, 9,760 MB more than the 10,240 MB allowed[^\n]*vCPU$`)),
				knownvalue.StringRegexp(regexp.MustCompile(`^Lambda Timeout Too Long: .*901 seconds`)),
			}))},
		},
		resource.TestStep{
			Config:            cfg(10240, 900),
			ConfigStateChecks: []statecheck.StateCheck{statecheck.ExpectKnownOutputValue("violations", knownvalue.ListExact(nil))},
		},
	)
}

// TestAccForEachFleetInVPC: a for_each map of aws_lambda_function resources
// is read as its functions, at the quota and one past it.
func TestAccForEachFleetInVPC(t *testing.T) {
	cfg := func(n int) string {
		return fmt.Sprintf(`resource "aws_lambda_function" "fleet" {
  for_each      = toset([for i in range(%d) : "fn-${i}"])
  function_name = each.key
  vpc_config {
    subnet_ids         = ["subnet-${each.key}"]
    security_group_ids = ["sg-app"]
  }
}

resource "terraform_data" "check" {
  lifecycle {
    precondition {
      condition     = provider::lambdaquota::check_vpc({ vpc_id = "vpc-main", functions = aws_lambda_function.fleet })
      error_message = "over the ENI quota"
    }
  }
}
`, n)
	}
	funcTest(t,
		resource.TestStep{Config: cfg(251), ExpectError: expectError(`VPC "vpc-main" \(251 ENIs for Lambda's subnet and security-group pairs`)},
		// Plan only: terraform-plugin-testing cannot read for_each instances from state.
		resource.TestStep{Config: cfg(250), PlanOnly: true, ExpectNonEmptyPlan: true},
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
