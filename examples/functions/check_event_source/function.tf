terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

# On a real configuration:
#   resource "aws_lambda_event_source_mapping" "jobs" {
#     event_source_arn = aws_sqs_queue.jobs.arn
#     function_name    = aws_lambda_function.worker.function_name
#     lifecycle {
#       postcondition {
#         condition     = provider::lambdaquota::check_event_source(self, aws_sqs_queue.jobs, aws_lambda_function.worker)
#         error_message = "The queue's visibility timeout is shorter than the function's timeout."
#       }
#     }
#   }
output "valid" {
  value = provider::lambdaquota::check_event_source(
    { event_source_arn = "arn:aws:sqs:eu-west-1:123456789012:jobs" },
    { name = "jobs", visibility_timeout_seconds = 1080 },
    { function_name = "worker", timeout = 180 },
  )
}
