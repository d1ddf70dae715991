terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

# A check block warns, where a condition would fail the plan.
check "api_quotas" {
  assert {
    condition     = length(provider::lambdaquota::function_violations({ function_name = "api", memory_size = 1024, timeout = 30 })) == 0
    error_message = join("\n", provider::lambdaquota::function_violations({ function_name = "api", memory_size = 1024, timeout = 30 }))
  }
}
