data "lambdaquota_account" "region" {
  reserved_concurrent_executions = [500, 300, -1]
  existing_code_storage_bytes    = 12884901888
}

output "unreserved_concurrency" {
  value = data.lambdaquota_account.region.unreserved_concurrency
}
