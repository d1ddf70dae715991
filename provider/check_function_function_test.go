package provider

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
)

// lambdaWithPostcondition is an aws_lambda_function being created (arn,
// version and architectures unknown at plan) with a check_function postcondition.
func lambdaWithPostcondition(envBytes int, extra string) string {
	return fmt.Sprintf(`resource "aws_lambda_function" "test" {
  function_name = "orders"
  memory_size   = 512
  %s
  environment {
    variables = %s
  }
  vpc_config {
    subnet_ids         = ["subnet-a", "subnet-b"]
    security_group_ids = ["sg-1"]
  }
  lifecycle {
    postcondition {
      condition     = provider::lambdaquota::check_function(self)
      error_message = "over a Lambda quota"
    }
  }
}
`, extra, envOfBytes(envBytes))
}

func TestAccCheckFunctionPostcondition(t *testing.T) {
	funcTest(t,
		resource.TestStep{
			Config:      lambdaWithPostcondition(4097, ""),
			ExpectError: expectError(`Lambda Environment Variables Too Large: The size of the environment variables is 4,097 bytes[\s\S]*more than the 4,096 bytes`),
		},
		resource.TestStep{
			Config:      lambdaWithPostcondition(4097, "timeout = 901\nlayers = [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"]"),
			ExpectError: expectError(`3 Lambda quota checks failed:[\s\S]*1\. Lambda Timeout Too Long[\s\S]*2\. Too Many Lambda Layers[\s\S]*3\. Lambda Environment Variables Too Large`),
		},
		resource.TestStep{
			Config: lambdaWithPostcondition(4096, ""),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue("aws_lambda_function.test", "arn", knownvalue.StringExact("arn:aws:lambda:us-east-1:123456789012:function:orders")),
			},
		},
	)
}

func TestAccCheckFunctionInputs(t *testing.T) {
	check := func(expr string) string {
		return fmt.Sprintf("output \"ok\" {\n  value = provider::lambdaquota::check_function(%s)\n}\n", expr)
	}
	funcTest(t,
		resource.TestStep{
			Config:      check(`{ memory_size = "lots" }`),
			ExpectError: expectError(`function\.memory_size: must be a number, got string`),
		},
		resource.TestStep{
			Config:      check(`{ memory_size = 128.5 }`),
			ExpectError: expectError(`function\.memory_size: must be a whole number, got 128\.5`),
		},
		resource.TestStep{
			Config:      check(`{ memory_size = 4096 }, { quotas = { function_memory_max_mb = 3008 } }`),
			ExpectError: expectError(`4,096 MB[\s\S]*more than the 3,008 MB allowed`),
		},
		resource.TestStep{
			Config:      check(`{ memory_size = 128 }, { quotas = { nope = 1 } }`),
			ExpectError: expectError(`options\.quotas\["nope"\]: no such quota`),
		},
		resource.TestStep{
			Config:      check(`{}, {}, {}`),
			ExpectError: expectError(`At most one options object may be given`),
		},
		resource.TestStep{
			Config:      check(`{ layer_unzipped_bytes = 262144001 }`),
			ExpectError: expectError(`Lambda Unzipped Code Too Large`),
		},
		resource.TestStep{
			Config: check(`{ memory_size = 10240, environment = [{ variables = { A1 = "xyz" } }], ephemeral_storage = [{ size = 10240 }], s3_bucket = "b", subnet_ids = [], security_group_ids = null }`),
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownOutputValue("ok", knownvalue.Bool(true)),
			},
		},
	)
}

func TestAccCheckFunctionInVariableValidation(t *testing.T) {
	cfg := func(memory int) string {
		return fmt.Sprintf(`variable "memory" {
  type    = number
  default = %d
  validation {
    condition     = provider::lambdaquota::check_function({ memory_size = var.memory })
    error_message = "memory is outside the Lambda quota"
  }
}

output "memory" {
  value = var.memory
}
`, memory)
	}
	funcTest(t,
		resource.TestStep{Config: cfg(10241), ExpectError: expectError(`Lambda Memory Too Large`)},
		resource.TestStep{Config: cfg(10240)},
	)
}

// TestAccCheckFunctionUnknownDefers: an unknown memory size is not guessed,
// so the condition is deferred and the plan passes.
func TestAccCheckFunctionUnknownDefers(t *testing.T) {
	funcTest(t, resource.TestStep{
		Config: `resource "terraform_data" "memory" {
  input = 20000
}

resource "terraform_data" "check" {
  lifecycle {
    precondition {
      condition     = provider::lambdaquota::check_function({ memory_size = terraform_data.memory.output, timeout = 30 })
      error_message = "over a Lambda quota"
    }
  }
}
`,
		PlanOnly:           true,
		ExpectNonEmptyPlan: true,
	})
}

// Terraform does not tell providers which values are sensitive, so no
// message echoes a handler: the sentence has nothing where its value was.
func TestAccSensitiveHandlerIsNotPrinted(t *testing.T) {
	cfg := func(handler string) string {
		return fmt.Sprintf(`variable "handler" {
  type      = string
  sensitive = true
  default   = %q
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  handler       = var.handler
  lifecycle {
    postcondition {
      condition     = provider::lambdaquota::check_function(self)
      error_message = "The function breaks a Lambda quota."
    }
  }
}

data "lambdaquota_function" "api" {
  function_name = "api"
  handler       = var.handler
}
`, handler)
	}
	funcTest(t,
		resource.TestStep{Config: cfg("index SECRET"), ExpectError: expectError(`The handler holds white space at character 6\. A handler may not hold any\.`)},
		resource.TestStep{Config: cfg("index.SECRET")},
	)
}

// Settings that change the rules, on aws_lambda_function resources as the
// AWS provider v6 nests them, through check_function(self).
func TestAccCheckFunctionSettings(t *testing.T) {
	cfg := func(body string) string {
		return fmt.Sprintf(`resource "aws_lambda_function" "api" {
  function_name = "api"
%s
  lifecycle {
    postcondition {
      condition     = provider::lambdaquota::check_function(self)
      error_message = "The function breaks a Lambda quota."
    }
  }
}
`, body)
	}
	snap := func(runtime, extra string) string {
		return cfg(fmt.Sprintf("  runtime = %q\n  snap_start {\n    apply_on = \"PublishedVersions\"\n  }\n%s", runtime, extra))
	}
	tmp := func(mb int) string { return fmt.Sprintf("  ephemeral_storage {\n    size = %d\n  }\n", mb) }
	efs := "  file_system_config {\n    arn              = \"arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-1\"\n    local_mount_path = \"/mnt/efs\"\n  }\n"
	tenant := "  tenancy_config {\n    tenant_isolation_mode = \"PER_TENANT\"\n  }\n"
	funcTest(t,
		resource.TestStep{Config: snap("python3.11", ""), ExpectError: expectError(`SnapStart Not Supported by the Runtime[\s\S]*runtime "python3.11"`)},
		resource.TestStep{Config: snap("nodejs22.x", ""), ExpectError: expectError(`SnapStart Not Supported by the Runtime`)},
		resource.TestStep{Config: snap("java21", tmp(513)), ExpectError: expectError(`SnapStart With Large Ephemeral Storage`)},
		resource.TestStep{Config: snap("java21", efs), ExpectError: expectError(`SnapStart With Amazon EFS`)},
		resource.TestStep{Config: snap("java21", tenant), ExpectError: expectError(`Tenant Isolation With SnapStart`)},
		resource.TestStep{Config: snap("python3.12", tmp(512))},
		resource.TestStep{Config: snap("java21", tmp(512))},
		resource.TestStep{Config: snap("dotnet8", tmp(512))},
		resource.TestStep{Config: cfg("  runtime = \"nodejs22.x\"\n  snap_start {\n    apply_on = \"None\"\n  }\n")},
		resource.TestStep{Config: cfg("  runtime = \"nodejs22.x\"\n" + efs + tmp(4096))},
		resource.TestStep{Config: cfg("  runtime = \"python3.13\"\n" + tenant)},
	)
}

// Terraform sends a provider no sensitivity marks, so its diagnostics name
// values by their path and measure them, echoing no string of the
// configuration: not a sensitive function name, nor a sensitive key.
func TestAccCheckFunctionNeverEchoesConfigurationStrings(t *testing.T) {
	secretName := "secret-fn-" + strings.Repeat("s", 77)
	cfg := fmt.Sprintf(`variable "name" {
  type      = string
  sensitive = true
  default   = %q
}
variable "environment" {
  type      = map(string)
  sensitive = true
  default   = { "hunter2-key" = "x" }
}
resource "aws_lambda_function" "test" {
  function_name = var.name
  environment {
    variables = var.environment
  }
  lifecycle {
    postcondition {
      condition     = provider::lambdaquota::check_function(self)
      error_message = "over a Lambda quota"
    }
  }
}
`, secretName)
	funcTest(t, resource.TestStep{
		Config: cfg,
		// Each sentence that would name a value reads whole without it.
		ExpectError: expectError(`Lambda Function Name Too Long: The length of the function name is 87 characters[\s\S]*` +
			`The environment variables have 1 key, which does not match`),
	})
}

func TestAccFunctionDataSourceNeverEchoesConfigurationStrings(t *testing.T) {
	accTest(t, resource.TestStep{
		Config: fn(`function_name = "` + "secret-fn-" + strings.Repeat("s", 77) + `"
environment_variables = { "hunter2-key" = "x" }`),
		ExpectError: expectError(`The length of the function name is 87 characters[\s\S]*The environment variables have 1 key, which does not match`),
	})
}

// check_function(self) in a postcondition of a function written the way
// terraform-aws-modules/lambda writes it: counted, with dynamic blocks
// fed by variables and locals, and architectures null.
func TestAccCheckFunctionInALambdaModuleShape(t *testing.T) {
	cfg := func(envBytes int) string {
		return fmt.Sprintf(`variable "environment_variables" {
  type    = map(string)
  default = { PAYLOAD = %q }
}

variable "architectures" {
  type    = list(string)
  default = null
}

locals {
  create = true
}

resource "aws_lambda_function" "this" {
  count         = local.create ? 1 : 0
  function_name = "reports"
  s3_bucket     = "code"
  architectures = var.architectures

  dynamic "environment" {
    for_each = length(keys(var.environment_variables)) == 0 ? [] : [true]
    content {
      variables = var.environment_variables
    }
  }

  lifecycle {
    postcondition {
      condition     = provider::lambdaquota::check_function(self)
      error_message = "over a Lambda quota"
    }
  }
}
`, strings.Repeat("x", envBytes-len(`{"PAYLOAD":""}`)))
	}
	funcTest(t,
		resource.TestStep{Config: cfg(4097), ExpectError: expectError(`Lambda Environment Variables Too Large[\s\S]*4,097 bytes`)},
		resource.TestStep{Config: cfg(4096), ConfigStateChecks: []statecheck.StateCheck{
			stateValue("aws_lambda_function.this[0]", "architectures", knownvalue.ListExact([]knownvalue.Check{knownvalue.StringExact("x86_64")})),
		}},
	)
}

// check_integration on real resources: a Regional REST API's integration
// may wait 29,000 ms, not 29,001; an HTTP API cannot reach a tenant-isolated
// function.
func TestAccCheckIntegrationPostcondition(t *testing.T) {
	config := func(millis int, tenancy string) string {
		return fmt.Sprintf(`resource "aws_lambda_function" "api" {
  function_name = "api"
  %s
}

resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_integration" "orders" {
  rest_api_id          = aws_api_gateway_rest_api.orders.id
  resource_id          = aws_api_gateway_rest_api.orders.root_resource_id
  http_method          = "POST"
  type                 = "AWS_PROXY"
  uri                  = aws_lambda_function.api.invoke_arn
  timeout_milliseconds = %d
  # So that only the HTTP API fails on a tenant-isolated function: the CLIs
  # differ in how many failing postconditions they report.
  request_parameters = {
    "integration.request.header.X-Amz-Tenant-Id" = "method.request.header.X-Tenant"
  }
  lifecycle {
    postcondition {
      condition     = provider::lambdaquota::check_integration(self, aws_api_gateway_rest_api.orders, aws_lambda_function.api)
      error_message = "over an API Gateway quota"
    }
  }
}

resource "aws_apigatewayv2_api" "orders" {
  name          = "orders-http"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_integration" "orders" {
  api_id           = aws_apigatewayv2_api.orders.id
  integration_type = "AWS_PROXY"
  integration_uri  = aws_lambda_function.api.arn
  lifecycle {
    postcondition {
      condition     = provider::lambdaquota::check_integration(self, {}, aws_lambda_function.api)
      error_message = "over an API Gateway quota"
    }
  }
}
`, tenancy, millis)
	}
	isolated := "tenancy_config {\n    tenant_isolation_mode = \"PER_TENANT\"\n  }"
	t.Run("timeout", func(t *testing.T) {
		funcTest(t,
			resource.TestStep{Config: config(29001, ""),
				ExpectError: expectError(`API Gateway Integration Timeout Too Long: The timeout of the integration is 29,001, 1 millisecond more than the 29,000 milliseconds`)},
			resource.TestStep{Config: config(29000, ""),
				ConfigStateChecks: []statecheck.StateCheck{stateValue("aws_api_gateway_integration.orders", "timeout_milliseconds", knownvalue.Int64Exact(29000))}},
		)
	})
	t.Run("tenant isolation", func(t *testing.T) {
		funcTest(t, resource.TestStep{Config: config(29000, isolated), ExpectError: expectError(`HTTP API Cannot Invoke A Tenant-Isolated Function`)})
	})
}
