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

func TestDescription(t *testing.T) {
	t.Parallel()
	runString(t, validators.Description(quota.DefaultLimits()), map[string]testCase[types.String]{
		"null":                 {types.StringNull(), ""},
		"unknown":              {types.StringUnknown(), ""},
		"one character":        {types.StringValue("a"), ""},
		"maximum":              {types.StringValue(strings.Repeat("a", 256)), ""},
		"above maximum":        {types.StringValue(strings.Repeat("a", 257)), `Lambda Description Too Long.*257 characters.* more than the 256 characters.*description_max_length`},
		"multibyte at maximum": {types.StringValue(strings.Repeat("é", 256)), ""},
	})
}

func ExampleDescription() {
	fmt.Println(validators.Description(quota.DefaultLimits()).Description(context.Background()))
	// Output: value must be at most 256 characters long
}
