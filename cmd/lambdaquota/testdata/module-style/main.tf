# The module called as its users call it: an S3 package, a queue it reads,
# and one allowed trigger per nightly report rule.
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "create_function" {
  type    = bool
  default = true
}

variable "timeout" {
  type    = number
  default = 30
}

variable "triggers" {
  type    = number
  default = 0
}

variable "memory" {
  type    = number
  default = 128
}

variable "environment" {
  type    = map(string)
  default = {}
}

resource "aws_sqs_queue" "jobs" {
  name                       = "jobs"
  visibility_timeout_seconds = 60
}

module "reports" {
  source = "./modules/lambda"

  create                = var.create_function
  function_name         = "reports"
  s3_bucket             = "code"
  timeout               = var.timeout
  memory_size           = var.memory
  environment_variables = var.environment

  allowed_triggers = {
    for i in range(var.triggers) : format("NightlyReport%03d", i) => {
      service    = "events"
      source_arn = "arn:aws:events:us-east-1:123456789012:rule/nightly-report-${i}"
    }
  }

  event_source_mapping = {
    jobs = {
      event_source_arn = aws_sqs_queue.jobs.arn
      batch_size       = 10
    }
  }
}
