# Sensitive values that break quotas: every report measures them and names
# none of them.
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "secret" {
  type      = string
  sensitive = true
  default   = "Zq7Canary"
}

resource "aws_lambda_function" "api" {
  function_name                  = "api"
  s3_bucket                      = "code"
  handler                        = "index ${var.secret}"
  reserved_concurrent_executions = 950
  environment {
    variables = {
      "AWS_REGION"             = var.secret
      "${var.secret}-KEY"      = "x"
      "BIG_${var.secret}_BLOB" = join("", [for i in range(700) : var.secret])
    }
  }
}

resource "aws_lambda_permission" "partner" {
  function_name = aws_lambda_function.api.function_name
  statement_id  = "Allow ${var.secret}"
  qualifier     = var.secret
  action        = "lambda:InvokeFunction"
  principal     = "s3.amazonaws.com"
}
