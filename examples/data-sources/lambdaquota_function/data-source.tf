locals {
  environment = {
    LOG_LEVEL  = "info"
    TABLE_NAME = "orders"
  }
}

# Feed the data source the same values as aws_lambda_function.
data "lambdaquota_function" "orders" {
  function_name          = "orders-api"
  memory_size            = 1769
  timeout                = 30
  ephemeral_storage_size = 1024
  environment_variables  = local.environment
  layers                 = ["arn:aws:lambda:eu-west-1:123456789012:layer:deps:7"]
  subnet_ids             = ["subnet-a", "subnet-b"]
  security_group_ids     = ["sg-orders"]
  handler                = "app.handler"
}

output "environment_bytes" {
  value = data.lambdaquota_function.orders.environment_variables_bytes
}
