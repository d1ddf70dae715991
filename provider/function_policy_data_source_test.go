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
	measured := quota.CheckPolicy(quota.DefaultLimits(), quota.Policy{FunctionARN: quota.Known(policyTestARN), Permissions: quota.Known(perms)}).PolicyBytes.V
	perms[n-1].SourceARN.V += strings.Repeat("x", size-int(measured))
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
			ExpectError: expectError(`Lambda Resource Policy Too Large[\s\S]*with 80 statements \(the largest: permissions\[79\] \([\s\S]*is 20,481 bytes[\s\S]*more than the 20,480 bytes[\s\S]*resource_policy_max_bytes`),
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

// permissionsOn writes n permissions on each qualifier.
func permissionsOn(n int, qualifiers ...string) string {
	var b strings.Builder
	b.WriteString("[\n")
	for _, q := range qualifiers {
		for i := range n {
			fmt.Fprintf(&b, `    { statement_id = "s3-%s-%d", action = "lambda:InvokeFunction", principal = "s3.amazonaws.com", source_arn = "arn:aws:s3:::uploads-bucket-number-%d", qualifier = %q },`+"\n", q, i, i, q)
		}
	}
	b.WriteString("  ]")
	return b.String()
}

func TestAccPolicyPerQualifier(t *testing.T) {
	policy := func(perms string) string {
		return fmt.Sprintf(`data "lambdaquota_function_policy" "test" {
  function_arn = "arn:aws:lambda:eu-west-1:123456789012:function:api"
  permissions  = %s
}
`, perms)
	}
	accTest(t,
		resource.TestStep{Config: policy(permissionsOn(90, "live")), ExpectError: expectError(`Lambda Resource Policy Too Large[\s\S]*the qualifier of the function, with 90 statements`)},
		resource.TestStep{Config: policy(`[{ statement_id = "has space", action = "lambda:InvokeFunction", principal = "s3.amazonaws.com" }]`),
			ExpectError: expectError(`Invalid Lambda Permission Statement Id[\s\S]*The statement id of permission 0 is not 1 or more letters`)},
		resource.TestStep{Config: policy(fmt.Sprintf(`[{ statement_id = %q, action = "lambda:InvokeFunction", principal = "s3.amazonaws.com" }]`, strings.Repeat("s", 101))),
			ExpectError: expectError(`Lambda Permission Statement Id Too Long[\s\S]*101 characters`)},
		resource.TestStep{Config: policy(fmt.Sprintf(`[{ statement_id = %q, action = "lambda:InvokeFunction", principal = "s3.amazonaws.com" }]`, strings.Repeat("s", 100)))},
		resource.TestStep{Config: policy(permissionsOn(45, "live", "blue"))},
	)
}
