# A module that builds a REST API in front of a function checks its inputs.
variable "endpoint_types" {
  type    = list(string)
  default = ["REGIONAL"]
}

variable "integration_timeout_ms" {
  type    = number
  default = 29000
}

variable "function_timeout" {
  type    = number
  default = 29
}

data "lambdaquota_integration" "orders" {
  endpoint_types       = var.endpoint_types
  timeout_milliseconds = var.integration_timeout_ms
  function_name        = "orders"
  function_timeout     = var.function_timeout
}
