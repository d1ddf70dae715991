terraform {
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

# 200 S3 buckets, each with its own aws_lambda_permission: AWS would refuse
# the permissions partway through apply with PolicyLengthExceededException.
# This plan fails instead, naming the largest statements.
locals {
  buckets = [for i in range(200) : "orders-upload-${i}"]
}

data "lambdaquota_function_policy" "orders" {
  function_arn = "arn:aws:lambda:eu-west-1:123456789012:function:orders"
  permissions = [for b in local.buckets : {
    statement_id   = "AllowS3-${b}"
    action         = "lambda:InvokeFunction"
    principal      = "s3.amazonaws.com"
    source_arn     = "arn:aws:s3:::${b}"
    source_account = "123456789012"
  }]
}
