# Lambda's managed runtimes and their lifecycle dates: deprecation (no more patches), then the dates from
# which Lambda refuses to create functions on the runtime, and to update them ("The runtime parameter of
# python3.9 is no longer supported for creating or updating AWS Lambda functions"). Dates are UTC days.
#
# Source: the Lambda runtimes page, https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
# ("Supported runtimes" and "Deprecated runtimes" tables), as of 2026-06-02, read through cfn-lint's
# copy of that page (aws-cloudformation/cfn-lint, src/cfnlint/data/AdditionalSpecs/LmbdRuntimeLifecycle.json,
# commit afd7953b0 "Update Lambda runtime lifecycle dates from AWS docs"). AWS moves these dates: to
# update them, read the page's two tables and change the rows here, then run go test ./quota.
#
# Every runtime identifier of aws-sdk-go-v2's types.Runtime (which the AWS provider validates runtime
# against) has a row; one without dates has none published yet and is never flagged. successor is the
# runtime to move to.


runtime "nodejs" {
  deprecated   = "2016-08-30"
  block_create = "2016-09-30"
  block_update = "2016-10-31"
  successor    = "nodejs24.x"
}

runtime "dotnetcore2.0" {
  deprecated   = "2019-05-30"
  block_create = "2019-04-30"
  block_update = "2019-05-30"
  successor    = "dotnet10"
}

runtime "dotnetcore1.0" {
  deprecated   = "2019-06-27"
  block_create = "2019-06-30"
  block_update = "2019-07-30"
  successor    = "dotnet10"
}

runtime "nodejs6.10" {
  deprecated   = "2019-08-12"
  block_create = "2019-07-12"
  block_update = "2019-08-12"
  successor    = "nodejs24.x"
}

runtime "nodejs4.3" {
  deprecated   = "2020-03-05"
  block_create = "2020-02-03"
  block_update = "2020-03-05"
  successor    = "nodejs24.x"
}

runtime "nodejs4.3-edge" {
  deprecated   = "2020-03-05"
  block_create = "2019-03-31"
  block_update = "2019-04-30"
  successor    = "nodejs24.x"
}

runtime "nodejs8.10" {
  deprecated   = "2020-03-06"
  block_create = "2020-02-04"
  block_update = "2020-03-06"
  successor    = "nodejs24.x"
}

runtime "python2.7" {
  deprecated   = "2021-07-15"
  block_create = "2021-07-15"
  block_update = "2022-05-30"
  successor    = "python3.14"
}

runtime "nodejs10.x" {
  deprecated   = "2021-07-30"
  block_create = "2021-07-30"
  block_update = "2022-02-14"
  successor    = "nodejs24.x"
}

runtime "ruby2.5" {
  deprecated   = "2021-07-30"
  block_create = "2021-07-30"
  block_update = "2022-03-31"
  successor    = "ruby4.0"
}

runtime "dotnetcore2.1" {
  deprecated   = "2022-01-05"
  block_create = "2022-01-05"
  block_update = "2022-04-13"
  successor    = "dotnet10"
}

runtime "python3.6" {
  deprecated   = "2022-07-18"
  block_create = "2022-07-18"
  block_update = "2022-08-29"
  successor    = "python3.14"
}

runtime "nodejs12.x" {
  deprecated   = "2023-03-31"
  block_create = "2023-03-31"
  block_update = "2023-04-30"
  successor    = "nodejs24.x"
}

runtime "dotnetcore3.1" {
  deprecated   = "2023-04-03"
  block_create = "2023-04-03"
  block_update = "2023-05-03"
  successor    = "dotnet10"
}

runtime "nodejs14.x" {
  deprecated   = "2023-12-04"
  block_create = "2024-01-09"
  block_update = "2027-03-03"
  successor    = "nodejs24.x"
}

runtime "python3.7" {
  deprecated   = "2023-12-04"
  block_create = "2024-01-09"
  block_update = "2027-03-03"
  successor    = "python3.14"
}

runtime "ruby2.7" {
  deprecated   = "2023-12-07"
  block_create = "2024-01-09"
  block_update = "2027-03-03"
  successor    = "ruby4.0"
}

runtime "go1.x" {
  deprecated   = "2024-01-08"
  block_create = "2024-02-08"
  block_update = "2027-03-03"
  successor    = "provided.al2023"
}

runtime "java8" {
  deprecated   = "2024-01-08"
  block_create = "2024-02-08"
  block_update = "2027-03-03"
  successor    = "java25"
}

runtime "provided" {
  deprecated   = "2024-01-08"
  block_create = "2024-02-08"
  block_update = "2027-03-03"
  successor    = "provided.al2023"
}

runtime "nodejs16.x" {
  deprecated   = "2024-06-12"
  block_create = "2027-02-01"
  block_update = "2027-03-03"
  successor    = "nodejs24.x"
}

runtime "python3.8" {
  deprecated   = "2024-10-14"
  block_create = "2027-02-01"
  block_update = "2027-03-03"
  successor    = "python3.14"
}

runtime "dotnet6" {
  deprecated   = "2024-12-20"
  block_create = "2027-02-01"
  block_update = "2027-03-03"
  successor    = "dotnet10"
}

runtime "nodejs18.x" {
  deprecated   = "2025-09-01"
  block_create = "2027-02-01"
  block_update = "2027-03-03"
  successor    = "nodejs24.x"
}

runtime "python3.9" {
  deprecated   = "2025-12-15"
  block_create = "2027-02-01"
  block_update = "2027-03-03"
  successor    = "python3.14"
}

runtime "ruby3.2" {
  deprecated   = "2026-03-31"
  block_create = "2027-02-01"
  block_update = "2027-03-03"
  successor    = "ruby4.0"
}

runtime "nodejs20.x" {
  deprecated   = "2026-04-30"
  block_create = "2027-02-01"
  block_update = "2027-03-03"
  successor    = "nodejs24.x"
}

runtime "provided.al2" {
  deprecated   = "2026-07-31"
  block_create = "2027-02-01"
  block_update = "2027-03-03"
  successor    = "provided.al2023"
}

runtime "python3.10" {
  deprecated   = "2026-10-31"
  block_create = "2027-02-01"
  block_update = "2027-03-03"
  successor    = "python3.14"
}

runtime "dotnet8" {
  deprecated   = "2026-11-10"
  block_create = "2027-02-01"
  block_update = "2027-03-03"
  successor    = "dotnet10"
}

runtime "dotnet9" {
  deprecated = "2026-11-10"
  successor  = "dotnet10"
}

runtime "ruby3.3" {
  deprecated   = "2027-03-31"
  block_create = "2027-04-30"
  block_update = "2027-05-31"
  successor    = "ruby4.0"
}

runtime "nodejs22.x" {
  deprecated   = "2027-04-30"
  block_create = "2027-06-01"
  block_update = "2027-07-01"
  successor    = "nodejs24.x"
}

runtime "java11" {
  deprecated   = "2027-06-30"
  block_create = "2027-07-31"
  block_update = "2027-08-31"
  successor    = "java25"
}

runtime "java17" {
  deprecated   = "2027-06-30"
  block_create = "2027-07-31"
  block_update = "2027-08-31"
  successor    = "java25"
}

runtime "java8.al2" {
  deprecated   = "2027-06-30"
  block_create = "2027-07-31"
  block_update = "2027-08-31"
  successor    = "java25"
}

runtime "python3.11" {
  deprecated   = "2027-06-30"
  block_create = "2027-07-31"
  block_update = "2027-08-31"
  successor    = "python3.14"
}

runtime "ruby3.4" {
  deprecated   = "2028-03-31"
  block_create = "2028-04-30"
  block_update = "2028-05-31"
  successor    = "ruby4.0"
}

runtime "nodejs24.x" {
  deprecated   = "2028-04-30"
  block_create = "2028-06-01"
  block_update = "2028-07-01"
}

runtime "python3.12" {
  deprecated   = "2028-10-31"
  block_create = "2028-11-30"
  block_update = "2029-01-10"
  successor    = "python3.14"
}

runtime "dotnet10" {
  deprecated   = "2028-11-14"
  block_create = "2028-12-14"
  block_update = "2029-01-15"
}

runtime "ruby4.0" {
  deprecated   = "2029-03-31"
  block_create = "2029-04-30"
  block_update = "2029-05-31"
}

runtime "java21" {
  deprecated   = "2029-06-30"
  block_create = "2029-07-31"
  block_update = "2029-08-31"
  successor    = "java25"
}

runtime "java25" {
  deprecated   = "2029-06-30"
  block_create = "2029-07-31"
  block_update = "2029-08-31"
}

runtime "provided.al2023" {
  deprecated   = "2029-06-30"
  block_create = "2029-07-31"
  block_update = "2029-08-31"
}

runtime "python3.13" {
  deprecated   = "2029-06-30"
  block_create = "2029-07-31"
  block_update = "2029-08-31"
  successor    = "python3.14"
}

runtime "python3.14" {
  deprecated   = "2029-06-30"
  block_create = "2029-07-31"
  block_update = "2029-08-31"
}

runtime "custom" {
}

runtime "java11.al2023" {
}

runtime "java17.al2023" {
}

runtime "java8.al2023" {
}

runtime "nodejs26.x" {
}

runtime "python3.15" {
}
