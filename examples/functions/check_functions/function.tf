terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

# On a real fleet, one condition checks every function:
#   resource "terraform_data" "fleet_quotas" {
#     lifecycle {
#       precondition {
#         condition     = provider::lambdaquota::check_functions(aws_lambda_function.fleet, { quotas = data.lambdaquota_limits.this.quotas })
#         error_message = "The fleet breaks a Lambda quota."
#       }
#     }
#   }
locals {
  fleet = {
    for name in ["orders", "billing", "emails"] : name => {
      function_name      = name
      memory_size        = 1024
      timeout            = 30
      subnet_ids         = ["subnet-a", "subnet-b"]
      security_group_ids = ["sg-app"]
    }
  }
}

output "valid" {
  value = provider::lambdaquota::check_functions(local.fleet, { efs_mount_targets = 2 })
}
