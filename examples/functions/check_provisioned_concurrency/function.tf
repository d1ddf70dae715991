terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

# On a real configuration:
#   resource "aws_lambda_provisioned_concurrency_config" "live" {
#     ...
#     lifecycle {
#       postcondition {
#         condition     = provider::lambdaquota::check_provisioned_concurrency(self, aws_lambda_function.api)
#         error_message = "Provisioned concurrency exceeds the function's reserved concurrency."
#       }
#     }
#   }
output "valid" {
  value = provider::lambdaquota::check_provisioned_concurrency(
    { provisioned_concurrent_executions = 10 },
    { function_name = "api", reserved_concurrent_executions = 20 },
  )
}
