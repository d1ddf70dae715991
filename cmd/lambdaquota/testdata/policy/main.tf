# A function's whole resource-based policy, set by aws_lambda_policy
# (PutResourcePolicy), and optionally a permission that adds to the same
# policy, which each apply of the other overwrites.
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "bucket_name_length" {
  type    = number
  default = 10
}

variable "permission" {
  type    = bool
  default = false
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  s3_bucket     = "code"
}

resource "aws_lambda_policy" "api" {
  resource_arn = aws_lambda_function.api.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "s3"
      Effect    = "Allow"
      Principal = { Service = "s3.amazonaws.com" }
      Action    = "lambda:InvokeFunction"
      Resource  = aws_lambda_function.api.arn
      Condition = { ArnLike = { "AWS:SourceArn" = "arn:aws:s3:::${format("%0${var.bucket_name_length}d", 0)}" } }
    }]
  })
}

resource "aws_lambda_permission" "sns" {
  count         = var.permission ? 1 : 0
  function_name = aws_lambda_function.api.function_name
  statement_id  = "sns"
  action        = "lambda:InvokeFunction"
  principal     = "sns.amazonaws.com"
}
