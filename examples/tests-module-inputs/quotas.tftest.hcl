# The AWS provider is mocked: no credentials, no calls to AWS. The
# lambdaquota provider is real: its functions run as in a plan.
mock_provider "aws" {}

run "fits" {
  command = plan

  variables {
    memory_size           = 10240
    environment_variables = { LOG_LEVEL = "info" }
  }
}

run "memory_over_the_quota" {
  command = plan

  variables {
    memory_size = 10241
  }

  expect_failures = [var.memory_size]
}

run "environment_over_4_kb" {
  command = plan

  variables {
    # 4,100 bytes of value: with the key, over the 4 KB AWS allows.
    environment_variables = { PAYLOAD = format("%4100s", "x") }
  }

  expect_failures = [var.environment_variables]
}
