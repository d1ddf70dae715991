terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

# With real resources, in a precondition:
#
# resource "terraform_data" "orders_policy" {
#   lifecycle {
#     precondition {
#       condition     = provider::lambdaquota::check_permissions(aws_lambda_function.orders.arn, values(aws_lambda_permission.triggers))
#       error_message = "The function's resource-based policy would exceed 20 KB."
#     }
#   }
# }

output "fits" {
  value = provider::lambdaquota::check_permissions("arn:aws:lambda:eu-west-1:123456789012:function:orders", [
    { statement_id = "AllowS3", action = "lambda:InvokeFunction", principal = "s3.amazonaws.com", source_arn = "arn:aws:s3:::orders-*" },
  ])
}
