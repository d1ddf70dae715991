terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

locals {
  live = { provisioned_concurrent_executions = 10 }
  api  = { function_name = "api", reserved_concurrent_executions = 20 }
}

check "provisioned_concurrency" {
  assert {
    condition     = length(provider::lambdaquota::provisioned_concurrency_violations(local.live, local.api)) == 0
    error_message = join("\n", provider::lambdaquota::provisioned_concurrency_violations(local.live, local.api))
  }
}
