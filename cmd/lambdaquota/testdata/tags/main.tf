# A function's tags under the provider's default_tags, which the AWS
# provider merges into tags_all: what AWS counts. One default tag may come
# from a queue created in the same plan, which leaves tags_all unknown.
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "own" {
  type    = number
  default = 0
}

variable "defaults" {
  type    = number
  default = 0
}

variable "unknown_default" {
  type    = bool
  default = false
}

# The queue is another provider configuration's: the default one depends on it.
provider "aws" {
  alias = "events"
}

resource "aws_sqs_queue" "events" {
  provider = aws.events
  name     = "events"
}

provider "aws" {
  default_tags {
    tags = merge(
      { for i in range(var.defaults) : format("default%02d", i) => "x" },
      var.unknown_default ? { queue = aws_sqs_queue.events.arn } : {},
    )
  }
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  s3_bucket     = "code"
  tags          = { for i in range(var.own) : format("own%02d", i) => "x" }
}
