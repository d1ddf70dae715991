terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

locals {
  mapping = { event_source_arn = "arn:aws:sqs:eu-west-1:123456789012:jobs" }
  queue   = { name = "jobs", visibility_timeout_seconds = 1080 }
  worker  = { function_name = "worker", timeout = 180 }
}

check "sqs_visibility" {
  assert {
    condition     = length(provider::lambdaquota::event_source_violations(local.mapping, local.queue, local.worker)) == 0
    error_message = join("\n", provider::lambdaquota::event_source_violations(local.mapping, local.queue, local.worker))
  }
}
