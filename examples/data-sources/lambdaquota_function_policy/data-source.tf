locals {
  buckets = [for i in range(40) : "orders-upload-${i}"]
}

data "lambdaquota_function_policy" "orders" {
  region        = "eu-west-1"
  account_id    = "123456789012"
  function_name = "orders"
  permissions = [for b in local.buckets : {
    statement_id   = "AllowS3-${b}"
    action         = "lambda:InvokeFunction"
    principal      = "s3.amazonaws.com"
    source_arn     = "arn:aws:s3:::${b}"
    source_account = "123456789012"
  }]
}

output "policy_bytes_left" {
  value = data.lambdaquota_function_policy.orders.available_bytes
}
