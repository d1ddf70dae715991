package provider

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

const policyTestARN = "arn:aws:lambda:eu-west-1:123456789012:function:orders"

// s3Permissions returns n S3 trigger permissions as HCL object literals, the
// last source ARN padded so the estimated policy measures size bytes.
func s3Permissions(n, size int) string {
	perms := make([]quota.Permission, n)
	for i := range perms {
		perms[i] = quota.Permission{
			StatementID: quota.Known(fmt.Sprintf("s3-%d", i)), Action: quota.Known("lambda:InvokeFunction"),
			Principal: quota.Known("s3.amazonaws.com"), SourceARN: quota.Known(fmt.Sprintf("arn:aws:s3:::bucket-%d", i)),
		}
	}
	perms[n-1].SourceARN.V += strings.Repeat("x", size-len(quota.PolicyJSON(policyTestARN, perms)))
	items := make([]string, n)
	for i, p := range perms {
		items[i] = fmt.Sprintf(`{ statement_id = %q, action = %q, principal = %q, source_arn = %q }`, p.StatementID.V, p.Action.V, p.Principal.V, p.SourceARN.V)
	}
	return "[\n    " + strings.Join(items, ",\n    ") + "\n  ]"
}

func TestAccFunctionPolicyDataSource(t *testing.T) {
	policy := func(size int) string {
		return fmt.Sprintf(`data "lambdaquota_function_policy" "test" {
  region        = "eu-west-1"
  account_id    = "123456789012"
  function_name = "orders"
  permissions   = %s
}
`, s3Permissions(80, size))
	}
	accTest(t,
		resource.TestStep{
			Config:      policy(20481),
			ExpectError: expectError(`Lambda Resource Policy Too Large[\s\S]*with 80 statements \(the largest: s3-79 \([\s\S]*is 20,481 bytes[\s\S]*more than the 20,480 bytes[\s\S]*resource_policy_max_bytes`),
		},
		resource.TestStep{
			Config:      `data "lambdaquota_function_policy" "test" { function_name = "orders" }`,
			ExpectError: expectError(`Missing Function ARN`),
		},
		resource.TestStep{
			Config: policy(20480),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue("data.lambdaquota_function_policy.test", "policy_bytes", knownvalue.Int64Exact(20480)),
				stateValue("data.lambdaquota_function_policy.test", "available_bytes", knownvalue.Int64Exact(0)),
			},
		},
	)
}
