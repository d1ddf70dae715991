# One service: a function, the permissions that let other accounts' buckets
# invoke it, the queue it reads and its provisioned concurrency.

terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "name" {
  type = string
}

variable "reserved_concurrency" {
  type = number
}

variable "release" {
  type = number
}

variable "signing_key" {
  type      = string
  sensitive = true
}

resource "aws_lambda_layer_version" "deps" {
  layer_name          = "${var.name}-deps"
  filename            = "build/deps.zip"
  compatible_runtimes = ["nodejs22.x"]
}

resource "aws_lambda_function" "this" {
  function_name                  = var.name
  filename                       = "build/${var.name}.zip"
  handler                        = "index.handler"
  timeout                        = var.release == 1 ? 20 : 60
  reserved_concurrent_executions = var.reserved_concurrency
  layers                         = [aws_lambda_layer_version.deps.arn]

  environment {
    variables = merge(
      { SERVICE = var.name },
      # Release 2 gives billing its partners' settings: about 5 KB.
      var.release == 2 && var.name == "billing" ? { for i in range(48) : format("PARTNER_%02d_ENDPOINT", i) => format("https://partner-%02d.billing.example.com/api/v2/invoices/callback", i) } : {},
      var.signing_key == "" ? {} : { SIGNING_KEY = var.signing_key },
    )
  }
}

# Release 2 lets 120 partner buckets invoke orders: the policy outgrows 20 KB.
resource "aws_lambda_permission" "partner_bucket" {
  for_each      = toset([for i in range(var.release == 2 && var.name == "orders" ? 120 : 2) : format("%03d", i)])
  statement_id  = "AllowPartnerBucket${each.key}"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.this.function_name
  principal     = "s3.amazonaws.com"
  source_arn    = "arn:aws:s3:::partner-${each.key}-${var.name}-incoming-documents-bucket"
}

resource "aws_sqs_queue" "jobs" {
  name = "${var.name}-jobs"
}

# Release 2 connects the queue, whose visibility timeout (30 seconds by
# default) is shorter than the function's new 60-second timeout.
resource "aws_lambda_event_source_mapping" "jobs" {
  count            = var.release == 2 ? 1 : 0
  event_source_arn = aws_sqs_queue.jobs.arn
  function_name    = aws_lambda_function.this.function_name
}

resource "aws_lambda_provisioned_concurrency_config" "live" {
  count                             = var.release == 2 ? 1 : 0
  function_name                     = aws_lambda_function.this.function_name
  qualifier                         = "live"
  provisioned_concurrent_executions = var.name == "orders" ? 150 : 50
}
