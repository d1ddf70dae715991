# A function replaced under lifecycle { destroy = false }: the plan forgets
# the old object, which stays in AWS beside the new one.
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "release" {
  type = number
}

variable "reserved" {
  type = number
}

variable "environment_bytes" {
  type    = number
  default = 100
}

resource "aws_lambda_function" "kept" {
  function_name                  = "kept-${var.release}"
  s3_bucket                      = "code"
  reserved_concurrent_executions = var.reserved

  environment {
    # {"PAYLOAD":"..."} is 14 bytes besides the value.
    variables = { PAYLOAD = format("%${var.environment_bytes - 14}s", "x") }
  }

  lifecycle {
    destroy = false
  }
}
