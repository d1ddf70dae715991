# Functions at and one past each per-function quota, with their verdicts
# from check_function's list form in an output, for comparison with the
# verdicts of lambdaquota check on the same plan. The provider block's
# constant quotas apply to the command; the function takes the same values
# in its options.

terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

provider "lambdaquota" {
  quotas = {
    function_memory_max_mb = 3008
  }
}

locals {
  quotas = { function_memory_max_mb = 3008 }
  base = {
    name    = null, memory = 128, timeout = 3, tmp = 512, env = 0, layers = 0, subnets = 0, reserved = -1,
    handler = "index.handler", arch = ["x86_64"], description = "",
  }
  cases = {
    fits             = {}
    memory_at        = { memory = 3008 }
    memory_over      = { memory = 3009 }
    timeout_at       = { timeout = 900 }
    timeout_over     = { timeout = 901 }
    tmp_at           = { tmp = 10240 }
    tmp_over         = { tmp = 10241 }
    env_at           = { env = 4096 }
    env_over         = { env = 4097 }
    layers_at        = { layers = 5 }
    layers_over      = { layers = 6 }
    subnets_at       = { subnets = 16 }
    subnets_over     = { subnets = 17 }
    reserved_at      = { reserved = 900 }
    reserved_over    = { reserved = 901 }
    name_at          = { name = replace(format("%64s", ""), " ", "n") }
    name_over        = { name = replace(format("%65s", ""), " ", "n") }
    handler_spaces   = { handler = "index handler" }
    architectures    = { arch = ["x86_64", "arm64"] }
    description_over = { description = format("%257s", "d") }
    several          = { memory = 3009, timeout = 901, layers = 6 }
  }
  functions = { for k, v in local.cases : k => merge(local.base, v) }
}

resource "aws_lambda_function" "case" {
  for_each = local.functions

  function_name                  = coalesce(each.value.name, replace(each.key, "_", "-"))
  s3_bucket                      = "artifacts"
  handler                        = each.value.handler
  description                    = each.value.description
  memory_size                    = each.value.memory
  timeout                        = each.value.timeout
  reserved_concurrent_executions = each.value.reserved
  architectures                  = each.value.arch
  layers                         = [for i in range(each.value.layers) : "arn:aws:lambda:us-east-1:123456789012:layer:l${i}:1"]

  ephemeral_storage {
    size = each.value.tmp
  }

  # {"ENV":"..."} is 10 bytes around the value.
  environment {
    variables = each.value.env == 0 ? {} : { ENV = format("%${each.value.env - 10}s", "v") }
  }

  dynamic "vpc_config" {
    for_each = each.value.subnets == 0 ? [] : [1]
    content {
      subnet_ids         = [for i in range(each.value.subnets) : "subnet-eq-${i}"]
      security_group_ids = ["sg-eq"]
    }
  }
}

output "violations" {
  value = { for k, f in aws_lambda_function.case : k => provider::lambdaquota::function_violations(f, { quotas = local.quotas }) }
}
