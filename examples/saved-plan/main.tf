# A stack with no quota checks at all: no lambdaquota provider, no
# conditions. `lambdaquota check` finds what would fail during apply from its
# saved plan alone. See README.md.

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

variable "release" {
  description = "1 is what is deployed; 2 is the change under review."
  type        = number
  default     = 2
}

variable "billing_signing_key" {
  type      = string
  sensitive = true
  default   = "k3y-k3y-k3y-k3y-k3y-k3y-k3y-k3y"
}

locals {
  # Release 2 adds two workers to the 48 deployed ones.
  workers = toset([for i in range(var.release == 1 ? 48 : 50) : format("worker-%02d", i)])
}

# Each worker has its own security group on five shared subnets of
# vpc-main: five Hyperplane ENIs per worker, 250 for 50 workers.
resource "aws_lambda_function" "worker" {
  for_each      = local.workers
  function_name = each.key
  filename      = "build/worker.zip"
  handler       = "index.handler"
  memory_size   = 512

  vpc_config {
    subnet_ids         = [for i in range(1, 6) : "subnet-main-${i}"]
    security_group_ids = ["sg-${each.key}"]
  }
}

# Release 2 shares a file system with the workers: its mount target is the
# 251st ENI in vpc-main, where subnet-main-6 is.
data "aws_subnet" "storage" {
  id = "subnet-main-6"
}

resource "aws_efs_mount_target" "shared" {
  count          = var.release == 2 ? 1 : 0
  file_system_id = "fs-0123456789abcdef0"
  subnet_id      = data.aws_subnet.storage.id
}

module "service" {
  source   = "./modules/service"
  for_each = { orders = 100, billing = 300 }

  name                 = each.key
  reserved_concurrency = each.value
  release              = var.release
  signing_key          = each.key == "billing" ? var.billing_signing_key : ""
}

# Release 1 had a legacy function reserving 500 executions, which with the
# services' 400 took all 900 a 1,000 account can reserve; release 2 deletes
# it, and adds no reservation that would need its room first.
resource "aws_lambda_function" "legacy" {
  count                          = var.release == 1 ? 1 : 0
  function_name                  = "legacy"
  filename                       = "build/worker.zip"
  handler                        = "index.handler"
  reserved_concurrent_executions = 500
}

# A report function whose queue is created in the same apply: the queue's ARN
# is unknown at plan, but the other variables are already over 4 KB.
resource "aws_sqs_queue" "reports" {
  count = var.release == 2 ? 1 : 0
  name  = "reports"
}

resource "aws_lambda_function" "reports" {
  count         = var.release == 2 ? 1 : 0
  function_name = "reports"
  filename      = "build/worker.zip"
  handler       = "index.handler"

  environment {
    variables = {
      QUEUE_ARN = aws_sqs_queue.reports[0].arn
      TEMPLATE  = join("", [for i in range(41) : "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuv"])
    }
  }
}
