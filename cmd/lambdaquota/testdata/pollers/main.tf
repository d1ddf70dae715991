# Kafka event source mappings in provisioned mode, in one poller group:
# at most 100 mappings and 2,000 maximum pollers together in a Region.
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "mappings" {
  type    = number
  default = 1
}

variable "maximum_pollers" {
  type    = number
  default = 10
}

resource "aws_lambda_function" "consumer" {
  function_name = "consumer"
  s3_bucket     = "code"
}

resource "aws_lambda_event_source_mapping" "orders" {
  count            = var.mappings
  event_source_arn = "arn:aws:kafka:us-east-1:123456789012:cluster/orders-${count.index}/6357e0b2-0e6a-4b86-a0b4-70df934c2e31-5"
  function_name    = aws_lambda_function.consumer.function_name

  provisioned_poller_config {
    maximum_pollers   = var.maximum_pollers
    poller_group_name = "orders"
  }
}
