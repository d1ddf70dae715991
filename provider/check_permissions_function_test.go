package provider

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
)

// triggers is a function being created (its arn unknown at plan) with n S3
// permissions, checked by a precondition.
func triggers(n int) string {
	return fmt.Sprintf(`resource "aws_lambda_function" "fn" {
  function_name = "orders"
}

resource "aws_lambda_permission" "s3" {
  count         = %d
  function_name = aws_lambda_function.fn.function_name
  statement_id  = "AllowExecutionFromS3Bucket${count.index}"
  action        = "lambda:InvokeFunction"
  principal     = "s3.amazonaws.com"
  source_arn    = "arn:aws:s3:::orders-upload-bucket-${count.index}"
  source_account = "123456789012"
}

resource "terraform_data" "policy_check" {
  lifecycle {
    precondition {
      condition     = provider::lambdaquota::check_permissions(aws_lambda_function.fn.arn, aws_lambda_permission.s3)
      error_message = "the function's resource-based policy is too large"
    }
  }
}
`, n)
}

// triggersForEach is triggers with the permissions made by for_each, which
// the function receives as a map.
func triggersForEach(n int) string {
	cfg := strings.Replace(triggers(n), fmt.Sprintf("count         = %d", n), fmt.Sprintf("for_each      = toset([for i in range(%d) : tostring(i)])", n), 1)
	return strings.ReplaceAll(cfg, "${count.index}", "${each.key}")
}

// TestAccCheckPermissionsForEach: permissions made by for_each reach the
// function as a map, which is read as its permissions. The valid step only
// plans: terraform-plugin-testing cannot read for_each instances from state.
func TestAccCheckPermissionsForEach(t *testing.T) {
	funcTest(t,
		resource.TestStep{
			Config:      triggersForEach(200),
			ExpectError: expectError(`Lambda Resource Policy Too Large[\s\S]*200 statements[\s\S]*counting only what is known before apply`),
		},
		resource.TestStep{Config: triggersForEach(20), PlanOnly: true, ExpectNonEmptyPlan: true},
	)
}

func TestAccCheckPermissions(t *testing.T) {
	funcTest(t,
		resource.TestStep{
			Config:      triggers(200),
			ExpectError: expectError(`Lambda Resource Policy Too Large[\s\S]*200 statements[\s\S]*counting only what is known before apply`),
		},
		resource.TestStep{Config: triggers(20)},
	)
}
