# A function and the layer it uses, created (or the layer rebuilt) in the
# same plan: the layer's ARN is unknown, and the function's layers name it
# by reference. The test writes the zips.
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "layer_zip" {
  type = string
}

resource "aws_lambda_layer_version" "deps" {
  layer_name = "deps"
  filename   = var.layer_zip
}

resource "aws_lambda_layer_version" "extra" {
  count      = 1
  layer_name = "extra-${count.index}"
  filename   = "extra.zip"
}

# A single reference, an element of a list beside a literal ARN of this
# plan's layers, and an instance of a counted layer.
resource "aws_lambda_function" "api" {
  function_name = "api"
  filename      = "api.zip"
  layers        = [aws_lambda_layer_version.deps.arn, aws_lambda_layer_version.extra[0].arn]
}

# A for expression names no single layer: its total is undecided.
resource "aws_lambda_function" "worker" {
  function_name = "worker"
  filename      = "api.zip"
  layers        = [for l in [aws_lambda_layer_version.deps] : l.arn]
}
