# Functions in two VPCs (the test AWS provider's subnet-<vpc>-<n> is in
# vpc-<vpc>), each with its own security group, and one that moves from vpc
# a's subnet to vpc b's: the AWS provider plans its vpc_id at the old VPC.
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "in_a" {
  type = number
}

variable "in_b" {
  type = number
}

variable "moved_to" {
  type    = string
  default = "a"
}

resource "aws_lambda_function" "a" {
  count         = var.in_a
  function_name = "a-${count.index}"
  s3_bucket     = "code"
  vpc_config {
    subnet_ids         = ["subnet-a-1"]
    security_group_ids = ["sg-a-${count.index}"]
  }
}

resource "aws_lambda_function" "b" {
  count         = var.in_b
  function_name = "b-${count.index}"
  s3_bucket     = "code"
  vpc_config {
    subnet_ids         = ["subnet-b-1"]
    security_group_ids = ["sg-b-${count.index}"]
  }
}

resource "aws_lambda_function" "moved" {
  function_name = "moved"
  s3_bucket     = "code"
  vpc_config {
    subnet_ids         = ["subnet-${var.moved_to}-1"]
    security_group_ids = ["sg-moved"]
  }
}
