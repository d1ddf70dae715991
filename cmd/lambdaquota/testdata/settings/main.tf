# Settings that change what else AWS allows, in a saved plan: a
# tenant-isolated function behind a function URL, functions published on a
# capacity provider, and the provider's scaling limit.
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "url" {
  type    = bool
  default = false
}

variable "published" {
  type    = number
  default = 0
}

variable "max_vcpu_count" {
  type    = number
  default = 2
}

resource "aws_lambda_function" "tenant" {
  function_name = "tenant"
  s3_bucket     = "code"
  runtime       = "python3.13"

  tenancy_config {
    tenant_isolation_mode = "PER_TENANT"
  }
}

resource "aws_lambda_function_url" "tenant" {
  count              = var.url ? 1 : 0
  function_name      = aws_lambda_function.tenant.function_name
  authorization_type = "AWS_IAM"
}

resource "aws_lambda_capacity_provider" "cp" {
  name = "cp"

  capacity_provider_scaling_config = [{
    max_vcpu_count = var.max_vcpu_count
    scaling_mode   = "Manual"
  }]

  permissions_config {
    capacity_provider_operator_role_arn = "arn:aws:iam::123456789012:role/lmi-operator"
  }

  vpc_config {
    subnet_ids         = ["subnet-a"]
    security_group_ids = ["sg-a"]
  }
}

resource "aws_lambda_function" "lmi" {
  count         = var.published
  function_name = "lmi-${count.index}"
  s3_bucket     = "code"
  memory_size   = 2048
  publish       = true

  capacity_provider_config {
    lambda_managed_instances_capacity_provider_config {
      capacity_provider_arn = "arn:aws:lambda:us-east-1:123456789012:capacity-provider:cp"
    }
  }
}

variable "durable" {
  type    = bool
  default = false
}

# Durable execution is set only when a function is created: the AWS
# provider (recent 6.x) replaces the function to add it.
resource "aws_lambda_function" "durable" {
  function_name = "durable"
  s3_bucket     = "code"

  dynamic "durable_config" {
    for_each = var.durable ? [1] : []
    content {
      execution_timeout = 3600
    }
  }
}

variable "runtime" {
  type    = string
  default = "python3.14"
}

# Lambda refuses to create functions on a runtime past its block-create
# date; the plan's timestamp is the day checked.
resource "aws_lambda_function" "runtime" {
  function_name = "runtime"
  s3_bucket     = "code"
  runtime       = var.runtime
}
