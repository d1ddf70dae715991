# New resources linked by single references while their ARNs are unknown:
# a queue feeding a function, and permissions on the function.
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "visibility_timeout" {
  type = number
}

variable "permissions" {
  type    = number
  default = 0
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  s3_bucket     = "code"
  timeout       = 300
}

resource "aws_sqs_queue" "jobs" {
  name                       = "jobs"
  visibility_timeout_seconds = var.visibility_timeout
}

# Exactly one reference: the queue is proven.
resource "aws_lambda_event_source_mapping" "jobs" {
  event_source_arn = aws_sqs_queue.jobs.arn
  function_name    = aws_lambda_function.worker.function_name
}

# An expression around the reference: the queue it names is not proven.
resource "aws_lambda_event_source_mapping" "rewritten" {
  event_source_arn = replace(aws_sqs_queue.jobs.arn, "jobs", "jobs")
  function_name    = aws_lambda_function.worker.function_name
}

resource "aws_lambda_permission" "partner" {
  count         = var.permissions
  function_name = aws_lambda_function.worker.arn
  statement_id  = format("AllowPartnerBucket%03d", count.index)
  action        = "lambda:InvokeFunction"
  principal     = "s3.amazonaws.com"
  source_arn    = "arn:aws:s3:::partner-bucket-${count.index}-with-a-long-name-for-its-events"
}
