package provider

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
)

// TestAccDataSourcesCheckWhenReadIsDeferred: a data source with an argument
// unknown until apply is read at apply, yet what its known arguments already
// prove fails the plan, and a configuration within the quotas plans.
func TestAccDataSourcesCheckWhenReadIsDeferred(t *testing.T) {
	vpc := func(pairs int, provider string) string {
		// A literal list: in the validation pass a for expression over a
		// resource is unknown as a whole, but a list written out is not.
		var b strings.Builder
		for i := range pairs {
			fmt.Fprintf(&b, "    { subnet_ids = [\"subnet-%d\"], security_group_ids = [\"sg\"] },\n", i)
		}
		return unknownID + provider + fmt.Sprintf(`
data "lambdaquota_vpc" "test" {
  functions = [
%s    { subnet_ids = [terraform_data.pending.id], security_group_ids = ["sg"] },
  ]
}
`, b.String())
	}
	deferred := func(cfg string) resource.TestStep {
		return resource.TestStep{Config: cfg, PlanOnly: true, ExpectNonEmptyPlan: true}
	}
	accTest(t,
		resource.TestStep{
			Config:      unknownID + fn("environment_variables = "+envOfBytes(4097)+"\nsecurity_group_ids = [terraform_data.pending.id]"),
			ExpectError: expectError(`Lambda Environment Variables Too Large[\s\S]*4,097 bytes`),
		},
		deferred(unknownID+fn("environment_variables = "+envOfBytes(4096)+"\nsecurity_group_ids = [terraform_data.pending.id]")),
		resource.TestStep{Config: vpc(251, ""), ExpectError: expectError(`Too Many Network Interfaces in VPC[\s\S]*counting only what is known before apply`)},
		deferred(vpc(250, "")),
		// The provider's raised quota is seen in the validation pass.
		deferred(vpc(300, `provider "lambdaquota" { quotas = { enis_per_vpc = 1000 } }`)),
		resource.TestStep{
			Config:      unknownID + `data "lambdaquota_account" "test" { reserved_concurrent_executions = [500, 500, terraform_data.pending.output] }`,
			ExpectError: expectError(`Lambda Reserved Concurrency Leaves Too Little Unreserved[\s\S]*counting only the values known before apply`),
		},
		deferred(unknownID+`data "lambdaquota_account" "test" { reserved_concurrent_executions = [500, 400, terraform_data.pending.output] }`),
		resource.TestStep{
			Config: unknownID + `data "lambdaquota_function_policy" "test" {
  function_arn = terraform_data.pending.id
  permissions  = [for i in range(120) : { statement_id = "s3-${i}", action = "lambda:InvokeFunction", principal = "s3.amazonaws.com", source_arn = "arn:aws:s3:::bucket-number-${i}-with-a-long-name" }]
}`,
			ExpectError: expectError(`Lambda Resource Policy Too Large[\s\S]*counting only what is known before apply`),
		},
		resource.TestStep{Config: `data "lambdaquota_layer" "test" { compatible_architectures = ["x86_64", "arm64", "x86_64"] }`, ExpectError: expectError(`Too Many Lambda Layer Architectures`)},
		resource.TestStep{Config: fn(`layer_filenames = ["a.zip", "b.zip", "c.zip", "d.zip", "e.zip", "f.zip"]`), ExpectError: expectError(`Too Many Lambda Layers[\s\S]*layers is 6`)},
		resource.TestStep{Config: fn(`environment_variables = { PORT = 8080, DEBUG = false }`)},
	)
}

// unknownID is a value unknown until apply: the id of a resource being created.
const unknownID = `resource "terraform_data" "pending" {}
`
