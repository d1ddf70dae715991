package validators_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
	"github.com/lambdaquota/terraform-provider-lambdaquota/validators"
)

func TestStatementID(t *testing.T) {
	t.Parallel()
	runString(t, validators.StatementID(quota.DefaultLimits()), map[string]testCase[types.String]{
		"maximum":    {types.StringValue(strings.Repeat("s", 100)), ""},
		"over":       {types.StringValue(strings.Repeat("s", 101)), `Lambda Permission Statement Id Too Long`},
		"with a dot": {types.StringValue("s3.bucket"), `Invalid Lambda Permission Statement Id`},
		"allowed":    {types.StringValue("AllowS3-uploads_1"), ""},
	})
}

func ExampleStatementID() {
	fmt.Println(validators.StatementID(quota.DefaultLimits()).Description(context.Background()))
	// Output: value must be at most 100 characters long, of letters, digits, hyphens and underscores
}
