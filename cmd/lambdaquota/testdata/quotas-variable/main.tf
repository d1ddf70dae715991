# The provider's quotas from a variable: the saved plan records its value.
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

variable "quotas" {
  type    = map(number)
  default = {}
}

variable "reserved" {
  type = number
}

provider "lambdaquota" {
  quotas = var.quotas
}

resource "aws_lambda_function" "api" {
  function_name                  = "api"
  s3_bucket                      = "code"
  reserved_concurrent_executions = var.reserved
}
