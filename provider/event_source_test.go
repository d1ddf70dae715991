package provider

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
)

func TestAccEventSource(t *testing.T) {
	cfg := func(visibility string, timeout int, function ...string) string {
		return fmt.Sprintf(`resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  %s
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  timeout       = %d
  %s
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
`, visibility, timeout, strings.Join(function, "\n"))
	}
	tenancy := func(mode string) string {
		return fmt.Sprintf("tenancy_config {\n    tenant_isolation_mode = %q\n  }", mode)
	}
	funcTest(t,
		resource.TestStep{Config: cfg("visibility_timeout_seconds = 179", 180), ExpectError: expectError(`SQS Visibility Timeout Shorter Than Lambda Timeout[\s\S]*Queue visibility timeout: 179 seconds is less than Function timeout: 180 seconds`)},
		resource.TestStep{Config: cfg("", 31), ExpectError: expectError(`the queue is 30 seconds, less than the 31 seconds timeout`)},
		resource.TestStep{Config: cfg("", 30)},
		// Only API Gateway may invoke a tenant-isolated function.
		resource.TestStep{Config: cfg("", 30, tenancy("PER_TENANT")), ExpectError: expectError(`Lambda Tenant Isolation With an Event Source Mapping: The function is tenant-isolated \(PER_TENANT\)`)},
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
