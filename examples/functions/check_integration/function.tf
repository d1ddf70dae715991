terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

# On a real configuration:
#   resource "aws_api_gateway_integration" "orders" {
#     rest_api_id          = aws_api_gateway_rest_api.orders.id
#     resource_id          = aws_api_gateway_resource.orders.id
#     http_method          = "POST"
#     type                 = "AWS_PROXY"
#     uri                  = aws_lambda_function.api.invoke_arn
#     timeout_milliseconds = 29000
#     lifecycle {
#       postcondition {
#         condition     = provider::lambdaquota::check_integration(self, aws_api_gateway_rest_api.orders, aws_lambda_function.api)
#         error_message = "The integration breaks an API Gateway quota."
#       }
#     }
#   }
output "valid" {
  value = provider::lambdaquota::check_integration(
    { rest_api_id = "a1b2c3", timeout_milliseconds = 29000 },
    { name = "orders", endpoint_types = ["REGIONAL"] },
    { function_name = "api", timeout = 29 },
  )
}
