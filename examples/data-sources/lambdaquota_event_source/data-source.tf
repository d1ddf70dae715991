locals {
  worker_timeout = 180
}

# The same values you give aws_sqs_queue and aws_lambda_function.
data "lambdaquota_event_source" "jobs" {
  queue_name                 = "jobs"
  visibility_timeout_seconds = 6 * local.worker_timeout # AWS's recommendation
  function_name              = "worker"
  function_timeout           = local.worker_timeout
}
