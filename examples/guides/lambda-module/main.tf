# The values a terraform-aws-modules/lambda call takes, held in locals so
# that the lambdaquota_function data source reads exactly what the module
# gets: the plan fails, naming the quota, before the module's resources are
# created. The module call itself is in the guide.
terraform {
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

locals {
  orders = {
    function_name = "orders"
    memory_size   = 1024
    timeout       = 30
    environment_variables = {
      LOG_LEVEL = "info"
      TABLE     = "orders"
    }
  }
}

data "lambdaquota_function" "orders" {
  function_name         = local.orders.function_name
  memory_size           = local.orders.memory_size
  timeout               = local.orders.timeout
  environment_variables = local.orders.environment_variables
}
