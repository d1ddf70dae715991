# A deployed function and a fleet of new ones in vpc-a, checked with an
# account snapshot of the same Region.
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

provider "aws" {
  region = "us-east-1"
}

variable "functions" {
  type    = number
  default = 0
}

variable "first_subnet" {
  type    = number
  default = 0
}

variable "reserved" {
  type    = number
  default = -1
}

variable "orders_reserved" {
  type    = number
  default = -1
}

variable "orders_memory" {
  type    = number
  default = 512
}

resource "aws_lambda_function" "orders" {
  function_name                  = "orders"
  s3_bucket                      = "code"
  memory_size                    = var.orders_memory
  reserved_concurrent_executions = var.orders_reserved
  vpc_config {
    subnet_ids         = ["subnet-a-1000"]
    security_group_ids = ["sg"]
  }
}

# The subnets' VPC, as the AWS provider's data source reads it.
data "aws_subnet" "fleet" {
  count = var.functions
  id    = "subnet-a-${var.first_subnet + count.index}"
}

resource "aws_lambda_function" "fleet" {
  count                          = var.functions
  function_name                  = "fleet-${count.index}"
  s3_bucket                      = "code"
  reserved_concurrent_executions = var.reserved
  vpc_config {
    subnet_ids         = [data.aws_subnet.fleet[count.index].id]
    security_group_ids = ["sg"]
  }
}
