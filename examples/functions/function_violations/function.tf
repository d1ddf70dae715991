terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

locals {
  api = { function_name = "api", memory_size = 1024, timeout = 30, environment_variables = { PORT = 8080, DEBUG = false } }
}

# A check block warns, where a condition would fail the plan. In a real
# configuration, pass the resource itself: aws_lambda_function.api.
check "api_quotas" {
  assert {
    condition     = length(provider::lambdaquota::function_violations(local.api)) == 0
    error_message = join("\n", provider::lambdaquota::function_violations(local.api))
  }
}
