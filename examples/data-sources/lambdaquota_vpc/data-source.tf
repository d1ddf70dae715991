data "lambdaquota_vpc" "main" {
  vpc_id = "vpc-0123456789abcdef0"
  functions = [
    { subnet_ids = ["subnet-a", "subnet-b"], security_group_ids = ["sg-api"] },
    { subnet_ids = ["subnet-b", "subnet-a"], security_group_ids = ["sg-api"] }, # shares the ENIs above
    { subnet_ids = ["subnet-a"], security_group_ids = ["sg-worker"] },
  ]
  efs_mount_targets = 2
  other_enis        = 4 # pairs still held by published versions of functions not listed here
}

output "available_enis" {
  value = data.lambdaquota_vpc.main.available_enis
}
