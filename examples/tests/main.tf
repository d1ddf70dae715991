# A module whose function checks itself against every Lambda quota in a
# postcondition: the plan fails before AWS is called. The tests beside it
# run with a mocked AWS provider, so they need no credentials.
#
# The condition wraps check_function in can(): a failed condition is what
# terraform test's expect_failures catches, where the function's own error
# would end the run; error_message gives the same words, from
# function_violations. Outside tests, condition = check_function(self)
# alone fails the plan with them.
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

variable "name" {
  type    = string
  default = "api"
}

variable "memory_size" {
  type    = number
  default = 512
}

variable "environment" {
  type    = map(string)
  default = {}
}

resource "aws_lambda_function" "this" {
  function_name = var.name
  role          = "arn:aws:iam::123456789012:role/${var.name}"
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "artifacts"
  s3_key        = "${var.name}.zip"
  memory_size   = var.memory_size

  environment {
    variables = var.environment
  }

  lifecycle {
    postcondition {
      condition     = can(provider::lambdaquota::check_function(self))
      error_message = join("\n", provider::lambdaquota::function_violations(self))
    }
  }
}
