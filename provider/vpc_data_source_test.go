package provider

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
)

// vpcConfig is a lambdaquota_vpc with functions, one subnet each, needing
// lambda ENIs, plus EFS mount targets and other ENIs.
func vpcConfig(provider string, lambda, efs, other int) string {
	return fmt.Sprintf(`%s
data "lambdaquota_vpc" "test" {
  vpc_id            = "vpc-1"
  functions         = [for i in range(%d) : { subnet_ids = ["subnet-${i}"], security_group_ids = ["sg"] }]
  efs_mount_targets = %d
  other_enis        = %d
}
`, provider, lambda, efs, other)
}

func TestAccVPCDataSourceBoundary(t *testing.T) {
	addr := "data.lambdaquota_vpc.test"
	accTest(t,
		resource.TestStep{
			Config:      vpcConfig("", 240, 6, 5),
			ExpectError: expectError(`Too Many Network Interfaces in VPC[\s\S]*VPC "vpc-1" \(240 ENIs for Lambda's subnet and security-group pairs, 6 ENIs for EFS mount targets, 5 ENIs other\) is 251[\s\S]*more than the 250 ENIs[\s\S]*L-9FEE3D26`),
		},
		resource.TestStep{
			Config: vpcConfig(`provider "lambdaquota" {
  quotas = { enis_per_vpc = 251 }
}`, 240, 6, 5),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue(addr, "total_enis", knownvalue.Int64Exact(251)),
				stateValue(addr, "available_enis", knownvalue.Int64Exact(0)),
			},
		},
		resource.TestStep{
			Config: vpcConfig("", 240, 6, 4),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue(addr, "lambda_enis", knownvalue.Int64Exact(240)),
				stateValue(addr, "total_enis", knownvalue.Int64Exact(250)),
				stateValue(addr, "available_enis", knownvalue.Int64Exact(0)),
			},
		},
	)
}

func TestAccVPCDataSourceDeduplication(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	var fns []string
	for range 60 {
		subnets := []string{`"subnet-a"`, `"subnet-b"`, `"subnet-c"`}
		r.Shuffle(len(subnets), func(i, j int) { subnets[i], subnets[j] = subnets[j], subnets[i] })
		fns = append(fns, fmt.Sprintf(`{ subnet_ids = [%s], security_group_ids = ["sg-1", "sg-2", "sg-1"] }`, strings.Join(subnets, ", ")))
	}
	accTest(t,
		resource.TestStep{
			Config: fmt.Sprintf("data \"lambdaquota_vpc\" \"shared\" {\n  functions = [\n    %s\n  ]\n}\n", strings.Join(fns, ",\n    ")),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue("data.lambdaquota_vpc.shared", "lambda_enis", knownvalue.Int64Exact(3)),
			},
		},
		resource.TestStep{
			Config: `data "lambdaquota_vpc" "distinct_sets" {
  functions = [
    { subnet_ids = ["subnet-a"], security_group_ids = ["sg-1"] },
    { subnet_ids = ["subnet-a"], security_group_ids = ["sg-2"] },
    { subnet_ids = ["subnet-a"], security_group_ids = ["sg-2", "sg-1"] },
    { subnet_ids = ["subnet-a"], security_group_ids = ["sg-1", "sg-2"] },
    { subnet_ids = null, security_group_ids = null },
    { subnet_ids = ["subnet-b"], security_group_ids = [] },
  ]
  efs_mount_targets = null
}
`,
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue("data.lambdaquota_vpc.distinct_sets", "lambda_enis", knownvalue.Int64Exact(3)),
				stateValue("data.lambdaquota_vpc.distinct_sets", "total_enis", knownvalue.Int64Exact(3)),
			},
		},
	)
}

func TestAccVPCDataSourceUnknownSubnetNotGuessed(t *testing.T) {
	accTest(t, resource.TestStep{
		Config: `resource "terraform_data" "subnet" {
  input = "subnet-new"
}

data "lambdaquota_vpc" "test" {
  functions = [
    { subnet_ids = [terraform_data.subnet.output], security_group_ids = ["sg"] },
    { subnet_ids = ["subnet-a"], security_group_ids = ["sg"] },
  ]
  other_enis = 249
}
`,
		PlanOnly:           true,
		ExpectNonEmptyPlan: true,
	})
}

func TestAccVPCDataSourceNegativeCount(t *testing.T) {
	accTest(t,
		resource.TestStep{
			Config:      `data "lambdaquota_vpc" "test" { efs_mount_targets = -1 }`,
			ExpectError: expectError(`Invalid Count[\s\S]*EFS mount targets is -1; a count cannot be negative`),
		},
		resource.TestStep{Config: `data "lambdaquota_vpc" "test" { efs_mount_targets = 1 }`},
	)
}
