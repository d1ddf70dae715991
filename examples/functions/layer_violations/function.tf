terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

check "deps_layer_quotas" {
  assert {
    condition     = length(provider::lambdaquota::layer_violations({ layer_name = "deps", compatible_architectures = ["x86_64", "arm64"] })) == 0
    error_message = join("\n", provider::lambdaquota::layer_violations({ layer_name = "deps", compatible_architectures = ["x86_64", "arm64"] }))
  }
}
