terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

variable "package" {
  type    = string
  default = "build/api.zip"
}

output "unzipped_bytes" {
  value = fileexists(var.package) ? provider::lambdaquota::package_size(var.package).unzipped_bytes : null
}
