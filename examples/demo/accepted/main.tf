terraform {
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

provider "lambdaquota" {
  warn_at_percent = 90
}

locals {
  environment = {
    LOG_LEVEL  = "info"
    TABLE_NAME = "orders"
    QUEUE_URL  = "https://sqs.eu-west-1.amazonaws.com/123456789012/orders"
  }
}

data "lambdaquota_function" "orders" {
  function_name         = "orders-api"
  memory_size           = 1769
  timeout               = 30
  environment_variables = local.environment
  layers                = ["arn:aws:lambda:eu-west-1:123456789012:layer:deps:7"]
  subnet_ids            = ["subnet-a", "subnet-b", "subnet-c"]
  security_group_ids    = ["sg-orders"]
}

data "lambdaquota_limits" "this" {}

output "environment_variables_bytes" {
  value = data.lambdaquota_function.orders.environment_variables_bytes
}

output "hyperplane_enis" {
  value = data.lambdaquota_function.orders.hyperplane_enis
}

output "quotas" {
  value = {
    for id in ["environment_variables_max_bytes", "unzipped_package_max_bytes", "enis_per_vpc"] :
    id => data.lambdaquota_limits.this.quotas[id]
  }
}
