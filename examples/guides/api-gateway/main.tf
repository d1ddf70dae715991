# A function behind a Regional REST API and an HTTP API.
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "rest_timeout_ms" {
  type    = number
  default = 29000
}

variable "http_timeout_ms" {
  type    = number
  default = 30000
}

variable "function_timeout" {
  type    = number
  default = 29
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  s3_bucket     = "code"
  timeout       = var.function_timeout
}

resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_resource" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  parent_id   = aws_api_gateway_rest_api.orders.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_integration" "orders" {
  rest_api_id          = aws_api_gateway_rest_api.orders.id
  resource_id          = aws_api_gateway_resource.orders.id
  http_method          = "POST"
  type                 = "AWS_PROXY"
  uri                  = aws_lambda_function.api.invoke_arn
  timeout_milliseconds = var.rest_timeout_ms
}

resource "aws_apigatewayv2_api" "orders" {
  name          = "orders-http"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_integration" "orders" {
  api_id               = aws_apigatewayv2_api.orders.id
  integration_type     = "AWS_PROXY"
  integration_uri      = aws_lambda_function.api.arn
  timeout_milliseconds = var.http_timeout_ms
}

resource "aws_apigatewayv2_route" "orders" {
  api_id    = aws_apigatewayv2_api.orders.id
  route_key = "POST /orders"
  target    = "integrations/${aws_apigatewayv2_integration.orders.id}"
}
