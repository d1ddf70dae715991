terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

locals {
  vpc = {
    vpc_id            = "vpc-main"
    functions         = [for i in range(20) : { subnet_ids = ["subnet-${i % 3}"], security_group_ids = ["sg-app"] }]
    efs_mount_targets = 3
  }
}

check "vpc_enis" {
  assert {
    condition     = length(provider::lambdaquota::vpc_violations(local.vpc)) == 0
    error_message = join("\n", provider::lambdaquota::vpc_violations(local.vpc))
  }
}
