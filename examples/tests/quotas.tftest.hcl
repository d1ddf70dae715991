# The AWS provider is mocked: no credentials, no calls to AWS. The
# lambdaquota provider is real: its functions run as in a plan.
mock_provider "aws" {}

# Applied against the mock: every value is known, and the function fits.
run "fits" {
  command = apply

  variables {
    memory_size = 10240
    environment = { LOG_LEVEL = "info" }
  }
}

# Planned: the known memory size already breaks the quota.
run "memory_over_the_quota" {
  command = plan

  variables {
    memory_size = 10241
  }

  expect_failures = [aws_lambda_function.this]
}

run "environment_over_4_kb" {
  command = plan

  variables {
    # 4,100 bytes of value: with the key, over the 4 KB AWS allows.
    environment = { PAYLOAD = format("%4100s", "x") }
  }

  expect_failures = [aws_lambda_function.this]
}
