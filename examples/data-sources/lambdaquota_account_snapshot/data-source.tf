# The files are the --output json of read-only AWS CLI commands, taken for
# the account and Region this configuration deploys to (see the Account
# snapshots guide).
data "lambdaquota_account_snapshot" "account" {
  path = "${path.module}/snapshot"
}

data "lambdaquota_vpc" "main" {
  vpc_id = "vpc-0abc0000000000001"
  functions = [
    { subnet_ids = ["subnet-0aaa000000000000a"], security_group_ids = ["sg-0aaa1111bbbb2222c"] },
  ]
  snapshot = data.lambdaquota_account_snapshot.account
}

output "reserved_today" {
  value = data.lambdaquota_account_snapshot.account.reserved_concurrent_executions
}
