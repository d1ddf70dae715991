terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

output "enis" {
  value = provider::lambdaquota::hyperplane_enis([
    { subnet_ids = ["subnet-a", "subnet-b"], security_group_ids = ["sg-1"] },
    { subnet_ids = ["subnet-b", "subnet-a"], security_group_ids = ["sg-1"] },
  ]) # 2
}
