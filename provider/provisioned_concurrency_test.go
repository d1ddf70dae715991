package provider

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
)

func TestAccProvisionedConcurrency(t *testing.T) {
	cfg := func(reserved, provisioned int) string {
		return fmt.Sprintf(`resource "aws_lambda_function" "fn" {
  function_name                  = "api"
  reserved_concurrent_executions = %d
}

resource "aws_lambda_provisioned_concurrency_config" "live" {
  function_name                     = aws_lambda_function.fn.function_name
  qualifier                         = "live"
  provisioned_concurrent_executions = %d
  lifecycle {
    postcondition {
      condition     = provider::lambdaquota::check_provisioned_concurrency(self, aws_lambda_function.fn)
      error_message = "over the function's reserved concurrency"
    }
  }
}
`, reserved, provisioned)
	}
	funcTest(t,
		resource.TestStep{Config: cfg(10, 11), ExpectError: expectError(`Lambda Provisioned Concurrency Exceeds Reserved Concurrency[\s\S]*is 11\s+executions,\s+1\s+more\s+than[\s\S]*reserved concurrency of 10 executions`)},
		// Provisioned concurrency of a function that reserves nothing: the remedy speaks of it.
		resource.TestStep{Config: cfg(-1, 901), ExpectError: expectError(`Leaves Too Little Unreserved[\s\S]*provisioned concurrency is 901[\s\S]*` +
			`Lower\s+provisioned_concurrent_executions\s+on\s+aws_lambda_provisioned_concurrency_config`)},
		resource.TestStep{Config: cfg(-1, 900)},
		resource.TestStep{Config: cfg(10, 10), ConfigStateChecks: []statecheck.StateCheck{
			stateValue("aws_lambda_provisioned_concurrency_config.live", "provisioned_concurrent_executions", knownvalue.Int64Exact(10))}},
	)
}

func TestAccProvisionedConcurrencyDataSources(t *testing.T) {
	accTest(t,
		resource.TestStep{Config: fn("reserved_concurrent_executions = 10\nprovisioned_concurrent_executions = 11"), ExpectError: expectError(`Lambda Provisioned Concurrency Exceeds Reserved Concurrency`)},
		resource.TestStep{Config: `data "lambdaquota_account" "test" {
  reserved_concurrent_executions    = [500]
  provisioned_concurrent_executions = [401]
}`, ExpectError: expectError(`total reserved and provisioned concurrency of the functions is 901`)},
		resource.TestStep{Config: fn("reserved_concurrent_executions = 10\nprovisioned_concurrent_executions = 10") + `data "lambdaquota_account" "test" {
  reserved_concurrent_executions    = [500]
  provisioned_concurrent_executions = [400]
}`, ConfigStateChecks: []statecheck.StateCheck{stateValue("data.lambdaquota_account.test", "unreserved_concurrency", knownvalue.Int64Exact(100))}},
	)
}
