terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

locals {
  integration = { api_id = "h1", integration_uri = "arn:aws:lambda:eu-west-1:123456789012:function:tenants", timeout_milliseconds = 30000 }
  tenants     = { function_name = "tenants", tenant_isolation_mode = "PER_TENANT" }
}

check "http_api_routing" {
  assert {
    condition     = length(provider::lambdaquota::integration_violations(local.integration, {}, local.tenants)) == 0
    error_message = join("\n", provider::lambdaquota::integration_violations(local.integration, {}, local.tenants))
  }
}
