package provider

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
)

// vpcWithPrecondition has n Lambda functions, each in its own subnet, and
// EFS mount targets, checked by a precondition on terraform_data.
func vpcWithPrecondition(functions, mountTargets, other int) string {
	return fmt.Sprintf(`resource "aws_lambda_function" "fn" {
  count         = %d
  function_name = "fn-${count.index}"
  vpc_config {
    subnet_ids         = ["subnet-${count.index}"]
    security_group_ids = ["sg-b", "sg-a"]
  }
}

resource "aws_efs_mount_target" "mt" {
  count          = %d
  file_system_id = "fs-1"
  subnet_id      = "subnet-${count.index}"
}

resource "terraform_data" "vpc_check" {
  lifecycle {
    precondition {
      condition = provider::lambdaquota::check_vpc({
        vpc_id            = "vpc-main"
        functions         = aws_lambda_function.fn
        efs_mount_targets = aws_efs_mount_target.mt
        other_enis        = %d
      })
      error_message = "the VPC runs out of network interfaces"
    }
  }
}
`, functions, mountTargets, other)
}

func TestAccCheckVPCPrecondition(t *testing.T) {
	funcTest(t,
		resource.TestStep{
			Config:      vpcWithPrecondition(200, 40, 11),
			ExpectError: expectError(`Too Many Network Interfaces in VPC: The network interfaces needed in VPC "vpc-main" \(200 ENIs for Lambda's subnet and security-group pairs, 40 ENIs for EFS mount targets, 11 ENIs other\) is 251[\s\S]*more than the 250 ENIs`),
		},
		resource.TestStep{Config: vpcWithPrecondition(200, 40, 10)},
	)
}

func TestAccCheckVPCUnknownNotGuessed(t *testing.T) {
	funcTest(t,
		resource.TestStep{
			Config: `resource "terraform_data" "subnet" {
  input = "subnet-new"
}

output "ok" {
  value = provider::lambdaquota::check_vpc({
    functions  = [{ subnet_ids = [terraform_data.subnet.output, "subnet-a"], security_group_ids = ["sg"] }]
    other_enis = 249
  })
}
`,
			PlanOnly:           true,
			ExpectNonEmptyPlan: true,
		},
		resource.TestStep{
			Config: `resource "terraform_data" "subnet" {
  input = "subnet-new"
}

output "ok" {
  value = provider::lambdaquota::check_vpc({
    functions  = [{ subnet_ids = [terraform_data.subnet.output, "subnet-a", "subnet-b"], security_group_ids = ["sg"] }]
    other_enis = 249
  })
}
`,
			ExpectError: expectError(`counting only what is known before apply`),
		},
	)
}
