terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

locals {
  deps = { layer_name = "deps", compatible_runtimes = ["python3.12", "python3.13"], compatible_architectures = ["x86_64", "arm64"] }
}

# In a real configuration, pass the resource itself: aws_lambda_layer_version.deps.
check "deps_layer_quotas" {
  assert {
    condition     = length(provider::lambdaquota::layer_violations(local.deps)) == 0
    error_message = join("\n", provider::lambdaquota::layer_violations(local.deps))
  }
}
