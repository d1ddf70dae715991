terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

# On a real layer: postcondition { condition = provider::lambdaquota::check_layer(self) }
output "valid" {
  value = provider::lambdaquota::check_layer({
    layer_name               = "deps"
    compatible_runtimes      = ["python3.12", "python3.13"]
    compatible_architectures = ["x86_64", "arm64"]
  })
}
