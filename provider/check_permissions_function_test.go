package provider

import (
	"fmt"
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

func TestAccCheckPermissions(t *testing.T) {
	funcTest(t,
		resource.TestStep{
			Config:      triggers(200),
			ExpectError: expectError(`Lambda Resource Policy Too Large[\s\S]*200 statements[\s\S]*counting only what is known before apply`),
		},
		resource.TestStep{Config: triggers(20)},
	)
}
