terraform {
  required_version = ">= 1.8.0"
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

# With real resources, list them in a precondition:
#
# resource "terraform_data" "vpc_enis" {
#   lifecycle {
#     precondition {
#       condition = provider::lambdaquota::check_vpc({
#         functions         = values(aws_lambda_function.all)
#         efs_mount_targets = aws_efs_mount_target.all
#         other_enis        = 4
#       })
#       error_message = "The VPC runs out of network interfaces."
#     }
#   }
# }

output "valid" {
  value = provider::lambdaquota::check_vpc({
    vpc_id            = "vpc-main"
    functions         = [{ subnet_ids = ["subnet-a", "subnet-b"], security_group_ids = ["sg-api"] }]
    efs_mount_targets = 2
    other_enis        = 4
  })
}
