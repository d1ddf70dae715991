# Count what the rest of the account spends beside this configuration: the
# snapshot folder holds the unmodified output of five read-only AWS CLI
# commands (see README.md), taken in the account and Region this
# configuration deploys to.
terraform {
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

data "lambdaquota_account_snapshot" "account" {
  path = "${path.module}/snapshot"
}

# Three new functions in the VPC where the snapshot shows 2 Lambda ENIs and
# one EFS mount target in use. The orders function's pair
# (subnet-0aaa000000000000a, sg-0aaa1111bbbb2222c) is one of them, so the
# first function below costs nothing new.
data "lambdaquota_vpc" "main" {
  vpc_id = "vpc-0abc0000000000001"
  functions = [
    { subnet_ids = ["subnet-0aaa000000000000a"], security_group_ids = ["sg-0aaa1111bbbb2222c"] },
    { subnet_ids = ["subnet-0aaa000000000000a", "subnet-0bbb000000000000b"], security_group_ids = ["sg-0ccc3333dddd4444e"] },
  ]
  snapshot = data.lambdaquota_account_snapshot.account
}

# The account reserves 250 executions today (1,000 less 750 unreserved):
# this configuration may add 650 before the unreserved floor of 100.
data "lambdaquota_account" "main" {
  reserved_concurrent_executions = [400, 200]
  snapshot                       = data.lambdaquota_account_snapshot.account
}

output "enis_in_use" {
  value = data.lambdaquota_account_snapshot.account.vpcs["vpc-0abc0000000000001"].total_enis
}

output "enis_after_apply" {
  value = data.lambdaquota_vpc.main.total_enis
}

output "enis_left" {
  value = data.lambdaquota_vpc.main.available_enis
}

output "unreserved_after_apply" {
  value = data.lambdaquota_account.main.unreserved_concurrency
}
