data "lambdaquota_limits" "this" {}

output "enis_per_vpc" {
  value = data.lambdaquota_limits.this.quotas["enis_per_vpc"]
}
