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

# A function on Lambda Managed Instances: its own memory, timeout and capacity limits apply.
data "lambdaquota_function" "batch" {
  function_name                             = "batch"
  memory_size                               = 16384
  timeout                                   = 3600
  capacity_provider_arn                     = "arn:aws:lambda:eu-west-1:123456789012:capacity-provider:batch"
  execution_environment_memory_gib_per_vcpu = 4
  per_execution_environment_max_concurrency = 64
  reserved_concurrent_executions            = 100
  provisioned_concurrent_executions         = 50
}
