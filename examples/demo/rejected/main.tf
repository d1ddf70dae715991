terraform {
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

provider "lambdaquota" {}

locals {
  # 4,097 bytes as AWS measures them: {"CONFIG":"..."} with 4,084 characters of value.
  environment = { CONFIG = replace(format("%4084s", "0123456789abcdef"), " ", "x") }
  layers      = [for i in range(6) : "arn:aws:lambda:eu-west-1:123456789012:layer:deps${i}:1"]

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
