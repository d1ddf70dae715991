terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

variable "memory_size" {
  type    = number
  default = 1024
  validation {
    condition     = provider::lambdaquota::check_function({ memory_size = var.memory_size })
    error_message = "memory_size is outside Lambda's quota."
  }
}

# On a real function, as a postcondition:
#
# resource "aws_lambda_function" "api" {
#   ...
#   lifecycle {
#     postcondition {
#       condition     = provider::lambdaquota::check_function(self)
#       error_message = "The function breaks a Lambda quota."
#     }
#   }
# }

output "valid" {
  value = provider::lambdaquota::check_function({
    function_name = "orders-api"
    memory_size   = var.memory_size
    environment   = [{ variables = { LOG_LEVEL = "info" } }]
  })
}
