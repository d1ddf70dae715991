data "lambdaquota_layer" "deps" {
  layer_name               = "deps"
  compatible_runtimes      = ["python3.12", "python3.13"]
  compatible_architectures = ["x86_64", "arm64"]
}
