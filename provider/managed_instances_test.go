package provider

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
)

// managedFunction is an aws_lambda_function on a capacity provider whose
// ARN is unknown until apply, checked by a postcondition.
func managedFunction(memory, timeout int, capacity string) string {
	return fmt.Sprintf(`resource "terraform_data" "provider" {}

resource "aws_lambda_function" "lmi" {
  function_name = "batch"
  memory_size   = %d
  timeout       = %d
  capacity_provider_config {
    lambda_managed_instances_capacity_provider_config {
      capacity_provider_arn = terraform_data.provider.id
      %s
    }
  }
  lifecycle {
    postcondition {
      condition     = provider::lambdaquota::check_function(self)
      error_message = "over a Lambda quota"
    }
  }
}
`, memory, timeout, capacity)
}

func TestAccManagedInstances(t *testing.T) {
	funcTest(t,
		resource.TestStep{Config: managedFunction(32769, 900, ""), ExpectError: expectError(`Lambda Memory Too Large for Managed Instances[\s\S]*32,769 MB`)},
		resource.TestStep{Config: managedFunction(2047, 900, ""), ExpectError: expectError(`Lambda Memory Too Small for Managed Instances`)},
		resource.TestStep{Config: managedFunction(2048, 5401, ""), ExpectError: expectError(`Lambda Timeout Too Long for Managed Instances[\s\S]*5,401 seconds`)},
		resource.TestStep{Config: managedFunction(4096, 900, "execution_environment_memory_gib_per_vcpu = 8.5"), ExpectError: expectError(`Memory per vCPU Too Large[\s\S]*8.5 GiB per vCPU`)},
		resource.TestStep{Config: managedFunction(4096, 900, "execution_environment_memory_gib_per_vcpu = 1.5"), ExpectError: expectError(`Memory per vCPU Too Small`)},
		resource.TestStep{Config: managedFunction(4096, 900, "per_execution_environment_max_concurrency = 1601"), ExpectError: expectError(`Lambda Managed Instances Concurrency Too Large`)},
		resource.TestStep{Config: managedFunction(32768, 5400, "execution_environment_memory_gib_per_vcpu = 8\nper_execution_environment_max_concurrency = 1600"),
			ConfigStateChecks: []statecheck.StateCheck{stateValue("aws_lambda_function.lmi", "memory_size", knownvalue.Int64Exact(32768))}},
	)
}

func TestAccManagedInstancesFlat(t *testing.T) {
	check := func(fields string) string {
		return output("provider::lambdaquota::check_function({ " + fields + " })")
	}
	funcTest(t,
		resource.TestStep{Config: check(`memory_size = 16384`), ExpectError: expectError(`Lambda Memory Too Large[\s\S]*16,384 MB`)},
		resource.TestStep{Config: check(`memory_size = 16384, capacity_provider_arn = "arn:aws:lambda:eu-west-1:123456789012:capacity-provider:cp"`), ConfigStateChecks: outputTrue},
		resource.TestStep{Config: check(`memory_size = 1024, capacity_provider_arn = "arn:aws:lambda:eu-west-1:123456789012:capacity-provider:cp"`), ExpectError: expectError(`Lambda Memory Too Small for Managed Instances`)},
		resource.TestStep{Config: check(`timeout = 3600`), ExpectError: expectError(`Lambda Timeout Too Long[\s\S]*3,600 seconds`)},
		resource.TestStep{Config: check(`timeout = 3600, capacity_provider_arn = "arn:aws:lambda:eu-west-1:123456789012:capacity-provider:cp"`), ConfigStateChecks: outputTrue},
	)
}

// TestAccManagedInstancesUnknownPlatform: with the capacity provider unknown,
// only a value outside both platforms' limits is certain.
func TestAccManagedInstancesUnknownPlatform(t *testing.T) {
	cfg := func(memory int) string {
		return unknownID + fn(fmt.Sprintf("memory_size = %d\ncapacity_provider_arn = terraform_data.pending.id", memory))
	}
	accTest(t,
		resource.TestStep{Config: cfg(40000), ExpectError: expectError(`Lambda Memory Too Large for Managed Instances[\s\S]*on either platform`)},
		resource.TestStep{Config: cfg(16384), PlanOnly: true, ExpectNonEmptyPlan: true},
	)
}

// TestAccCheckFunctionsCapacityProvider: a capacity provider runs at most 100
// function versions, and each published function holds one; the 101st
// published on one capacity provider certainly fails, checked over the
// planned aws_lambda_function resources.
func TestAccCheckFunctionsCapacityProvider(t *testing.T) {
	cfg := func(n int) string {
		return fmt.Sprintf(`resource "aws_lambda_function" "lmi" {
  for_each      = toset([for i in range(%d) : "fn-${i}"])
  function_name = each.key
  memory_size   = 2048
  publish       = true
  capacity_provider_config {
    lambda_managed_instances_capacity_provider_config {
      capacity_provider_arn = "arn:aws:lambda:us-east-1:123456789012:capacity-provider:batch"
    }
  }
}

resource "terraform_data" "fleet_check" {
  lifecycle {
    precondition {
      condition     = provider::lambdaquota::check_functions(aws_lambda_function.lmi)
      error_message = "The fleet breaks a Lambda quota."
    }
  }
}
`, n)
	}
	funcTest(t,
		resource.TestStep{Config: cfg(101), PlanOnly: true,
			ExpectError: expectError(`Too Many Function Versions on a Capacity Provider[\s\S]*capacity provider[\s\S]*"arn:aws:lambda:us-east-1:123456789012:capacity-provider:batch"[\s\S]*is[\s]+101`)},
		fleetPlan(cfg(100)),
	)
}
