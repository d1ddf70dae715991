package provider

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
)

// fleetCheck is a for_each fleet of n functions, the one named "fn-<bad>"
// with badMemory, checked by one precondition over the whole fleet. Each
// function has a security group of its own when ownGroups is set, so the
// fleet needs two ENIs per function; otherwise they share two.
func fleetCheck(n, bad, badMemory int, ownGroups bool, expr string) string {
	group := "sg-app"
	if ownGroups {
		group = "sg-${each.key}"
	}
	return fmt.Sprintf(`resource "aws_lambda_function" "fleet" {
  for_each      = toset([for i in range(%d) : "fn-${i}"])
  function_name = each.key
  memory_size   = each.key == "fn-%d" ? %d : 512
  vpc_config {
    subnet_ids         = ["subnet-a", "subnet-b"]
    security_group_ids = ["%s"]
  }
}

resource "terraform_data" "fleet_check" {
  lifecycle {
    precondition {
      condition     = provider::lambdaquota::check_functions(%s)
      error_message = "The fleet breaks a Lambda quota."
    }
  }
}
`, n, bad, badMemory, group, expr)
}

// The fleet steps only plan: terraform-plugin-testing cannot read for_each
// instances from state, and the functions' arns stay unknown, as at the
// first plan of a real fleet.
func fleetPlan(cfg string) resource.TestStep {
	return resource.TestStep{Config: cfg, PlanOnly: true, ExpectNonEmptyPlan: true}
}

func TestAccCheckFunctionsShapes(t *testing.T) {
	funcTest(t,
		resource.TestStep{Config: fleetCheck(1000, 617, 20000, false, "aws_lambda_function.fleet"),
			ExpectError: expectError(`functions\["fn-617"\]: Lambda Memory Too Large: The memory size is 20,000 MB`)},
		resource.TestStep{Config: fleetCheck(20, 3, 20000, false, "values(aws_lambda_function.fleet)"),
			ExpectError: expectError(`functions\[\d+\]: Lambda Memory Too Large: The memory size is`)},
		resource.TestStep{Config: fleetCheck(20, 3, 20000, false, "toset(values(aws_lambda_function.fleet))"),
			ExpectError: expectError(`Lambda Memory Too Large: The memory size is`)},
		// A map sends the functions' type once, and keeps their keys.
		resource.TestStep{Config: fleetCheck(20, 3, 20000, false, "tomap(aws_lambda_function.fleet)"),
			ExpectError: expectError(`functions\["fn-3"\]: Lambda Memory Too Large: The memory size is`)},
		fleetPlan(fleetCheck(20, 3, 10240, false, "aws_lambda_function.fleet")),
	)
}

// TestAccCheckFunctionsVPC: 126 functions with their own security groups on
// two shared subnets need 252 ENIs in one VPC; 125 need 250.
func TestAccCheckFunctionsVPC(t *testing.T) {
	funcTest(t,
		resource.TestStep{Config: fleetCheck(126, 0, 512, true, "aws_lambda_function.fleet"),
			ExpectError: expectError(`Too Many Network Interfaces in VPC[\s\S]*the VPC of subnets subnet-a, subnet-b \(252 ENIs`)},
		fleetPlan(fleetCheck(125, 0, 512, true, "aws_lambda_function.fleet")),
	)
}

// TestAccCheckFunctionsUnknown: a fleet whose memory is unknown until apply
// is deferred, and a certain violation beside it still fails.
func TestAccCheckFunctionsUnknown(t *testing.T) {
	cfg := func(known int) string {
		return fmt.Sprintf(`resource "terraform_data" "memory" {
  input = 512
}

locals {
  fleet = {
    api    = { function_name = "api", memory_size = terraform_data.memory.output }
    worker = { function_name = "worker", memory_size = %d }
  }
}

resource "terraform_data" "fleet_check" {
  lifecycle {
    precondition {
      condition     = provider::lambdaquota::check_functions(local.fleet)
      error_message = "The fleet breaks a Lambda quota."
    }
  }
}
`, known)
	}
	funcTest(t,
		resource.TestStep{Config: cfg(20000), ExpectError: expectError(`functions\["worker"\]: Lambda Memory Too Large`)},
		fleetPlan(cfg(1024)),
	)
}

func TestAccCheckFunctionsTotals(t *testing.T) {
	check := func(expr string) string {
		return fmt.Sprintf("output \"violations\" {\n  value = provider::lambdaquota::functions_violations(%s)\n}\n", expr)
	}
	funcTest(t,
		resource.TestStep{Config: check(`{ a = { reserved_concurrent_executions = 500 }, b = { reserved_concurrent_executions = 401 } }`),
			ConfigStateChecks: []statecheck.StateCheck{statecheck.ExpectKnownOutputValue("violations", knownvalue.ListSizeExact(1))}},
		resource.TestStep{Config: check(`[{ reserved_concurrent_executions = 500 }, { reserved_concurrent_executions = 400, provisioned_concurrent_executions = 10 }]`),
			ConfigStateChecks: []statecheck.StateCheck{statecheck.ExpectKnownOutputValue("violations", knownvalue.ListExact(nil))}},
		resource.TestStep{Config: check(`{ a = { memory_size = 128 } }, { efs_mount_target = 3 }`),
			ExpectError: expectError(`options\.efs_mount_target: unknown key "efs_mount_target"; did you mean "efs_mount_targets"\?`)},
	)
}

func TestAccFunctionsDataSource(t *testing.T) {
	cfg := func(memory int) string {
		return fmt.Sprintf(`data "lambdaquota_functions" "fleet" {
  functions = {
    api    = { function_name = "api", memory_size = %d, environment_variables = { LOG_LEVEL = "info" } }
    worker = { function_name = "worker", reserved_concurrent_executions = 100, subnet_ids = ["subnet-a"], security_group_ids = ["sg-1"] }
  }
}
`, memory)
	}
	accTest(t,
		resource.TestStep{Config: cfg(10241), ExpectError: expectError(`functions\["api"\]: The memory size is 10,241 MB`)},
		resource.TestStep{Config: cfg(10240), ConfigStateChecks: []statecheck.StateCheck{
			stateValue("data.lambdaquota_functions.fleet", "results", knownvalue.MapPartial(map[string]knownvalue.Check{
				"api": knownvalue.ObjectPartial(map[string]knownvalue.Check{"environment_variables_bytes": knownvalue.Int64Exact(20)}),
			})),
			stateValue("data.lambdaquota_functions.fleet", "lambda_enis", knownvalue.Int64Exact(1)),
			stateValue("data.lambdaquota_functions.fleet", "reserved_concurrency_total", knownvalue.Int64Exact(100)),
		}},
	)
}

// Functions in two Regions share no concurrency: 900 reserved in each fits,
// 950 in one does not, on the planned aws_lambda_function objects, whose
// region the AWS provider v6 knows at plan.
func TestAccCheckFunctionsPerRegion(t *testing.T) {
	cfg := func(eastB int) string {
		return fmt.Sprintf(`provider "aws" {
  region = "us-east-1"
}

resource "aws_lambda_function" "east" {
  for_each                       = { e1 = 450, e2 = %d }
  function_name                  = "east-${each.key}"
  reserved_concurrent_executions = each.value
}

resource "aws_lambda_function" "west" {
  for_each                       = { w1 = 450, w2 = 450 }
  region                         = "eu-west-1"
  function_name                  = "west-${each.key}"
  reserved_concurrent_executions = each.value
}

resource "terraform_data" "fleet_check" {
  lifecycle {
    precondition {
      condition     = provider::lambdaquota::check_functions(merge(aws_lambda_function.east, aws_lambda_function.west))
      error_message = "The fleet breaks a Lambda quota."
    }
  }
}
`, eastB)
	}
	funcTest(t,
		resource.TestStep{Config: cfg(500), PlanOnly: true,
			ExpectError: expectError(`The total reserved concurrency of the functions in Region us-east-1 is 950[\s\S]*It is spent by functions\["e1"\][\s]+and[\s]+functions\["e2"\]`)},
		fleetPlan(cfg(450)),
	)
}

func TestAccFunctionsDataSourcePerRegion(t *testing.T) {
	cfg := func(westB int) string {
		return fmt.Sprintf(`data "lambdaquota_functions" "fleet" {
  functions = {
    e1 = { function_name = "e1", region = "us-east-1", reserved_concurrent_executions = 450 }
    e2 = { function_name = "e2", region = "us-east-1", reserved_concurrent_executions = 450 }
    w1 = { function_name = "w1", region = "eu-west-1", reserved_concurrent_executions = 450 }
    w2 = { function_name = "w2", region = "eu-west-1", reserved_concurrent_executions = %d }
  }
}
`, westB)
	}
	accTest(t,
		resource.TestStep{Config: cfg(451), ExpectError: expectError(`in Region eu-west-1 is 901, 1 execution more than the 900`)},
		resource.TestStep{Config: cfg(450), ConfigStateChecks: []statecheck.StateCheck{
			stateValue("data.lambdaquota_functions.fleet", "reserved_concurrency_total", knownvalue.Int64Exact(1800)),
		}},
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
