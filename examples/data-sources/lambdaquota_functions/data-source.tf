locals {
  fleet = {
    for name in ["orders", "billing", "emails"] : name => {
      function_name         = name
      memory_size           = 1024
      timeout               = 30
      environment_variables = { TABLE = name, LOG_LEVEL = "info" }
      subnet_ids            = ["subnet-a", "subnet-b"]
      security_group_ids    = ["sg-app"]
    }
  }
}

# One data source for the whole fleet, with the arguments of lambdaquota_function.
data "lambdaquota_functions" "fleet" {
  functions         = local.fleet
  efs_mount_targets = 2
}

output "fleet_enis" {
  value = data.lambdaquota_functions.fleet.lambda_enis
}
