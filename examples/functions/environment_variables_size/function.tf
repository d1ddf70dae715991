terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

output "bytes" {
  value = provider::lambdaquota::environment_variables_size({ A1 = "xyz", B2 = "<&>" }) # 23
}
