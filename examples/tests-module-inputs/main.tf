# A root module that calls terraform-aws-modules/lambda, which it does not
# own: a postcondition cannot be added inside it, so the quota checks sit
# on the caller's own variables, where terraform test's expect_failures
# can name them.
#
# The condition wraps check_function in can(): a failed validation is what
# expect_failures catches, where the function's own error would end the
# run; error_message gives the same words, from function_violations.
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

variable "memory_size" {
  type    = number
  default = 512

  validation {
    condition     = can(provider::lambdaquota::check_function({ memory_size = var.memory_size }))
    error_message = join("\n", provider::lambdaquota::function_violations({ memory_size = var.memory_size }))
  }
}

variable "environment_variables" {
  type    = map(string)
  default = {}

  validation {
    condition     = can(provider::lambdaquota::check_function({ environment = [{ variables = var.environment_variables }] }))
    error_message = join("\n", provider::lambdaquota::function_violations({ environment = [{ variables = var.environment_variables }] }))
  }
}

module "orders" {
  source  = "terraform-aws-modules/lambda/aws"
  version = "~> 8.0"

  function_name         = "orders"
  handler               = "index.handler"
  runtime               = "python3.13"
  memory_size           = var.memory_size
  environment_variables = var.environment_variables

  create_package      = false
  s3_existing_package = { bucket = "artifacts", key = "orders.zip" }
}
