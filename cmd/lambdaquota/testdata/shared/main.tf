# Shared quotas in a saved plan: reservations in two Regions, a function
# replaced create-before-destroy and one replaced destroy-first, and a
# destroy beside an unrelated create.
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

variable "east" {
  type    = list(number)
  default = []
}

variable "west" {
  type    = list(number)
  default = []
}

variable "release" {
  type    = number
  default = 1
}

variable "blue_green_reserved" {
  type    = number
  default = 0
}

variable "in_place_reserved" {
  type    = number
  default = 0
}

variable "legacy_reserved" {
  type    = number
  default = 0
}

variable "new_reserved" {
  type    = number
  default = 0
}

resource "aws_lambda_function" "east" {
  count                          = length(var.east)
  function_name                  = "east-${count.index}"
  s3_bucket                      = "code"
  reserved_concurrent_executions = var.east[count.index]
}

resource "aws_lambda_function" "west" {
  count                          = length(var.west)
  region                         = "eu-west-1"
  function_name                  = "west-${count.index}"
  s3_bucket                      = "code"
  reserved_concurrent_executions = var.west[count.index]
}

# A new name each release replaces the function.
resource "aws_lambda_function" "blue_green" {
  count                          = var.blue_green_reserved > 0 ? 1 : 0
  function_name                  = "blue-green-${var.release}"
  s3_bucket                      = "code"
  reserved_concurrent_executions = var.blue_green_reserved

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_lambda_function" "in_place" {
  count                          = var.in_place_reserved > 0 ? 1 : 0
  function_name                  = "in-place-${var.release}"
  s3_bucket                      = "code"
  reserved_concurrent_executions = var.in_place_reserved
}

resource "aws_lambda_function" "legacy" {
  count                          = var.legacy_reserved > 0 && var.release == 1 ? 1 : 0
  function_name                  = "legacy"
  s3_bucket                      = "code"
  reserved_concurrent_executions = var.legacy_reserved
}

resource "aws_lambda_function" "successor" {
  count                          = var.new_reserved > 0 && var.release == 2 ? 1 : 0
  function_name                  = "successor"
  s3_bucket                      = "code"
  reserved_concurrent_executions = var.new_reserved
}
