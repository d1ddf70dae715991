# A module written the way terraform-aws-modules/lambda (v8) writes its
# resources: a counted function, dynamic blocks, locals, permissions from
# allowed_triggers with statement_id_prefix, and event source mappings from
# a map, all naming the function as aws_lambda_function.this[0].
locals {
  create = var.create
}

resource "aws_lambda_function" "this" {
  count = local.create ? 1 : 0

  function_name                  = var.function_name
  handler                        = var.handler != "" ? var.handler : null
  runtime                        = var.runtime != "" ? var.runtime : null
  s3_bucket                      = var.s3_existing_package != null ? var.s3_existing_package["bucket"] : var.s3_bucket
  s3_key                         = var.s3_existing_package != null ? var.s3_existing_package["key"] : null
  timeout                        = var.timeout
  memory_size                    = var.memory_size
  reserved_concurrent_executions = var.reserved_concurrent_executions
  architectures                  = var.architectures
  layers                         = var.layers
  publish                        = var.publish

  dynamic "environment" {
    for_each = length(keys(var.environment_variables)) == 0 ? [] : [true]
    content {
      variables = var.environment_variables
    }
  }

  dynamic "vpc_config" {
    for_each = var.vpc_subnet_ids != null && var.vpc_security_group_ids != null ? [true] : []
    content {
      subnet_ids         = var.vpc_subnet_ids
      security_group_ids = var.vpc_security_group_ids
    }
  }
}

resource "aws_lambda_permission" "unqualified_alias_triggers" {
  for_each = { for k, v in var.allowed_triggers : k => v if local.create }

  function_name       = aws_lambda_function.this[0].function_name
  statement_id_prefix = try(each.value.statement_id, each.key)
  action              = try(each.value.action, "lambda:InvokeFunction")
  principal           = try(each.value.principal, format("%s.amazonaws.com", try(each.value.service, "")))
  source_arn          = try(each.value.source_arn, null)
}

resource "aws_lambda_event_source_mapping" "this" {
  for_each = { for k, v in var.event_source_mapping : k => v if local.create }

  function_name    = aws_lambda_function.this[0].arn
  event_source_arn = try(each.value.event_source_arn, null)
  batch_size       = try(each.value.batch_size, null)
}
