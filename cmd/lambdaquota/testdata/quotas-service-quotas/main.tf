# The provider's quotas from Service Quotas, as the guides recommend: the
# data source is read during plan, and the saved plan records its value.
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

variable "reserved" {
  type = number
}

data "aws_servicequotas_service_quota" "concurrency" {
  service_code = "lambda"
  quota_code   = "L-B99A9384"
}

locals {
  quotas = {
    concurrent_executions = data.aws_servicequotas_service_quota.concurrency.value
  }
}

provider "lambdaquota" {
  quotas = local.quotas
}

resource "aws_lambda_function" "api" {
  function_name                  = "api"
  s3_bucket                      = "code"
  reserved_concurrent_executions = var.reserved
}
