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

func TestHandler(t *testing.T) {
	t.Parallel()
	runString(t, validators.Handler(quota.DefaultLimits()), map[string]testCase[types.String]{
		"null":          {types.StringNull(), ""},
		"unknown":       {types.StringUnknown(), ""},
		"one character": {types.StringValue("a"), ""},
		"maximum":       {types.StringValue(strings.Repeat("a", 128)), ""},
		"above maximum": {types.StringValue(strings.Repeat("a", 129)), `Lambda Handler Too Long.*129 characters.* more than the 128 characters.*handler_max_length`},
	})
}

func ExampleHandler() {
	fmt.Println(validators.Handler(quota.DefaultLimits()).Description(context.Background()))
	// Output: value must be at most 128 characters long, with no white space
}

func TestHandlerWhiteSpace(t *testing.T) {
	t.Parallel()
	runString(t, validators.Handler(quota.DefaultLimits()), map[string]testCase[types.String]{
		"no space":   {types.StringValue("index.handler"), ""},
		"with a tab": {types.StringValue("index.\thandler"), `Invalid Lambda Handler.*white space at character 7`},
	})
}
