terraform {
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

provider "lambdaquota" {}

# Module inputs: their values are checked at plan, together with everything else.
variable "environment" {
  description = "4,097 bytes as AWS measures them: {\"CONFIG\":\"...\"} with 4,084 characters of value."
  type        = map(string)
  default     = { CONFIG = "0123456789abcdef" }
}

variable "layers" {
  type    = list(string)
  default = ["arn:aws:lambda:eu-west-1:123456789012:layer:deps:1"]
}

locals {
  environment = { for k, v in var.environment : k => replace(format("%4084s", v), " ", "x") }
  layers      = concat(var.layers, [for i in range(5) : "arn:aws:lambda:eu-west-1:123456789012:layer:extra${i}:1"])

  # 240 functions, each in its own subnet, plus 6 EFS mount targets and 5 other ENIs: 251.
  vpc_functions = [for i in range(240) : { subnet_ids = ["subnet-${i}"], security_group_ids = ["sg-app"] }]
}

data "lambdaquota_function" "orders" {
  function_name         = "orders-api"
  environment_variables = local.environment
  layers                = local.layers
}

data "lambdaquota_vpc" "main" {
  vpc_id            = "vpc-0123456789abcdef0"
  functions         = local.vpc_functions
  efs_mount_targets = 6
  other_enis        = 5
}
