package provider

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
)

// Each rule of AWS's 2026 behaviour at its boundary and one past it, with a
// configuration AWS accepts beside every failing one.

func output(expr string) string {
	return fmt.Sprintf("output \"ok\" {\n  value = %s\n}\n", expr)
}

var outputTrue = []statecheck.StateCheck{statecheck.ExpectKnownOutputValue("ok", knownvalue.Bool(true))}

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

func TestAccConcurrencyFloor(t *testing.T) {
	account := func(concurrency int, reserved string) string {
		return fmt.Sprintf(`provider "lambdaquota" {
  quotas = { concurrent_executions = %d }
}

data "lambdaquota_account" "test" {
  reserved_concurrent_executions = %s
}
`, concurrency, reserved)
	}
	accTest(t,
		resource.TestStep{Config: account(10, "[1]"), ExpectError: expectError(`Leaves Too Little Unreserved[\s\S]*which leaves 0 executions: the account's 10 executions of concurrency less the unreserved floor of 10 executions`)},
		resource.TestStep{Config: account(50, "[0, 0, -1]"), ConfigStateChecks: []statecheck.StateCheck{
			stateValue("data.lambdaquota_account.test", "unreserved_concurrency", knownvalue.Int64Exact(50))}},
		resource.TestStep{Config: account(10, "[]"), ConfigStateChecks: []statecheck.StateCheck{
			stateValue("data.lambdaquota_account.test", "reserved_concurrency_total", knownvalue.Int64Exact(0))}},
	)
}

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
		resource.TestStep{Config: cfg(-1, 901), ExpectError: expectError(`Leaves Too Little Unreserved[\s\S]*provisioned concurrency of function "api" is 901[\s\S]*` +
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

func TestAccEventSource(t *testing.T) {
	cfg := func(visibility string, timeout int) string {
		return fmt.Sprintf(`resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  %s
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  timeout       = %d
}

resource "aws_lambda_event_source_mapping" "jobs" {
  event_source_arn = aws_sqs_queue.jobs.arn
  function_name    = aws_lambda_function.worker.function_name
  lifecycle {
    postcondition {
      condition     = provider::lambdaquota::check_event_source(self, aws_sqs_queue.jobs, aws_lambda_function.worker)
      error_message = "the queue's visibility timeout is shorter than the function's timeout"
    }
  }
}
`, visibility, timeout)
	}
	funcTest(t,
		resource.TestStep{Config: cfg("visibility_timeout_seconds = 179", 180), ExpectError: expectError(`SQS Visibility Timeout Shorter Than Lambda Timeout[\s\S]*Queue visibility timeout: 179 seconds is less than Function timeout: 180 seconds`)},
		resource.TestStep{Config: cfg("", 31), ExpectError: expectError(`queue "jobs" is 30 seconds, less than the 31 seconds timeout`)},
		resource.TestStep{Config: cfg("", 30)},
		resource.TestStep{Config: cfg("visibility_timeout_seconds = 180", 180), ConfigStateChecks: []statecheck.StateCheck{
			stateValue("aws_lambda_event_source_mapping.jobs", "uuid", knownvalue.StringExact("fake-lambda_event_source_mapping-uuid-worker"))}},
	)
}

func TestAccEventSourceDataSource(t *testing.T) {
	cfg := func(visibility, timeout int) string {
		return fmt.Sprintf(`data "lambdaquota_event_source" "jobs" {
  queue_name                 = "jobs"
  visibility_timeout_seconds = %d
  function_name              = "worker"
  function_timeout           = %d
}
`, visibility, timeout)
	}
	accTest(t,
		resource.TestStep{Config: cfg(59, 60), ExpectError: expectError(`SQS Visibility Timeout Shorter Than Lambda Timeout`)},
		resource.TestStep{Config: cfg(60, 60)},
	)
}

func TestAccEnvironmentKeysAndHandler(t *testing.T) {
	accTest(t,
		resource.TestStep{Config: fn(`environment_variables = { AWS_REGION = "eu-west-1", LAMBDA_TASK_ROOT = "/x", TZ = "UTC" }`),
			ExpectError: expectError(`Reserved Lambda Environment Variable[\s\S]*"AWS_REGION", "LAMBDA_TASK_ROOT"`)},
		resource.TestStep{Config: fn(`environment_variables = { "1BAD" = "x", "A" = "y" }`), ExpectError: expectError(`Invalid Lambda Environment Variable Key[\s\S]*"1BAD", "A"`)},
		resource.TestStep{Config: fn(`handler = "index.handler "`), ExpectError: expectError(`Invalid Lambda Handler[\s\S]*white space at character 14`)},
		resource.TestStep{Config: fn(`handler = "index.handler"
environment_variables = { TZ = "Europe/Paris", AWS_LAMBDA_EXEC_WRAPPER = "/opt/wrapper", LANG = "C.UTF-8", PATH = "/usr/bin", NODE_OPTIONS = "--enable-source-maps" }`),
			ConfigStateChecks: []statecheck.StateCheck{stateValue("data.lambdaquota_function.test", "environment_variables_bytes", knownvalue.NotNull())}},
	)
}

func TestAccLayerDescriptionAndLicense(t *testing.T) {
	layer := func(desc, license int) string {
		return fmt.Sprintf(`data "lambdaquota_layer" "test" {
  layer_name   = "deps"
  description  = %q
  license_info = %q
}
`, strings.Repeat("d", desc), strings.Repeat("l", license))
	}
	accTest(t,
		resource.TestStep{Config: layer(257, 10), ExpectError: expectError(`Lambda Layer Description Too Long[\s\S]*257 characters`)},
		resource.TestStep{Config: layer(10, 513), ExpectError: expectError(`Lambda Layer License Too Long[\s\S]*513 characters`)},
		resource.TestStep{Config: layer(256, 512)},
	)
}

func TestAccLayerDescriptionFunction(t *testing.T) {
	funcTest(t,
		resource.TestStep{Config: output(fmt.Sprintf(`provider::lambdaquota::check_layer({ layer_name = "deps", license_info = %q })`, strings.Repeat("l", 513))),
			ExpectError: expectError(`Lambda Layer License Too Long`)},
		resource.TestStep{Config: output(fmt.Sprintf(`provider::lambdaquota::check_layer({ layer_name = "deps", description = %q })`, strings.Repeat("d", 256))),
			ConfigStateChecks: outputTrue},
	)
}

// permissionsOn writes n permissions on each qualifier.
func permissionsOn(n int, qualifiers ...string) string {
	var b strings.Builder
	b.WriteString("[\n")
	for _, q := range qualifiers {
		for i := range n {
			fmt.Fprintf(&b, `    { statement_id = "s3-%s-%d", action = "lambda:InvokeFunction", principal = "s3.amazonaws.com", source_arn = "arn:aws:s3:::uploads-bucket-number-%d", qualifier = %q },`+"\n", q, i, i, q)
		}
	}
	b.WriteString("  ]")
	return b.String()
}

func TestAccPolicyPerQualifier(t *testing.T) {
	policy := func(perms string) string {
		return fmt.Sprintf(`data "lambdaquota_function_policy" "test" {
  function_arn = "arn:aws:lambda:eu-west-1:123456789012:function:api"
  permissions  = %s
}
`, perms)
	}
	accTest(t,
		resource.TestStep{Config: policy(permissionsOn(90, "live")), ExpectError: expectError(`Lambda Resource Policy Too Large[\s\S]*qualifier "live" of the function, with 90 statements`)},
		resource.TestStep{Config: policy(`[{ statement_id = "has space", action = "lambda:InvokeFunction", principal = "s3.amazonaws.com" }]`),
			ExpectError: expectError(`Invalid Lambda Permission Statement Id[\s\S]*"has space"`)},
		resource.TestStep{Config: policy(fmt.Sprintf(`[{ statement_id = %q, action = "lambda:InvokeFunction", principal = "s3.amazonaws.com" }]`, strings.Repeat("s", 101))),
			ExpectError: expectError(`Lambda Permission Statement Id Too Long[\s\S]*101 characters`)},
		resource.TestStep{Config: policy(fmt.Sprintf(`[{ statement_id = %q, action = "lambda:InvokeFunction", principal = "s3.amazonaws.com" }]`, strings.Repeat("s", 100)))},
		resource.TestStep{Config: policy(permissionsOn(45, "live", "blue"))},
	)
}
