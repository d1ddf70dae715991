terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

locals {
  permissions = [for b in ["uploads", "reports"] : {
    statement_id = "s3-${b}"
    action       = "lambda:InvokeFunction"
    principal    = "s3.amazonaws.com"
    source_arn   = "arn:aws:s3:::${b}"
  }]
}

check "policy_size" {
  assert {
    condition     = length(provider::lambdaquota::permissions_violations("arn:aws:lambda:eu-west-1:123456789012:function:api", local.permissions)) == 0
    error_message = join("\n", provider::lambdaquota::permissions_violations("arn:aws:lambda:eu-west-1:123456789012:function:api", local.permissions))
  }
}
