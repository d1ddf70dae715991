terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

locals {
  fleet = {
    for name in ["orders", "billing", "emails"] : name => {
      function_name                  = name
      memory_size                    = 1024
      reserved_concurrent_executions = 100
    }
  }
}

# In a check block, a fleet that breaks a quota warns instead of failing the plan.
check "fleet_quotas" {
  assert {
    condition     = length(provider::lambdaquota::functions_violations(local.fleet)) == 0
    error_message = join("\n", provider::lambdaquota::functions_violations(local.fleet))
  }
}
