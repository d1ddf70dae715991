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

func TestFunctionName(t *testing.T) {
	t.Parallel()
	runString(t, validators.FunctionName(quota.DefaultLimits()), map[string]testCase[types.String]{
		"null":              {types.StringNull(), ""},
		"unknown":           {types.StringUnknown(), ""},
		"one character":     {types.StringValue("a"), ""},
		"maximum":           {types.StringValue(strings.Repeat("a", 64)), ""},
		"above maximum":     {types.StringValue(strings.Repeat("a", 65)), `Lambda Function Name Too Long.*65 characters.* more than the 64 characters.*function_name_max_length`},
		"invalid character": {types.StringValue("my.function"), `Invalid Lambda Function Name.*'\.'.*letters, digits, hyphens and underscores`},
	})
}

func ExampleFunctionName() {
	fmt.Println(validators.FunctionName(quota.DefaultLimits()).Description(context.Background()))
	// Output: value must be at most 64 characters long
}
