package validators_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
	"github.com/lambdaquota/terraform-provider-lambdaquota/validators"
)

func TestTimeout(t *testing.T) {
	t.Parallel()
	runInt64(t, validators.Timeout(quota.DefaultLimits()), map[string]testCase[types.Int64]{
		"null":          {types.Int64Null(), ""},
		"unknown":       {types.Int64Unknown(), ""},
		"zero":          {types.Int64Value(0), `Lambda Timeout Too Short.*function_timeout_min_seconds`},
		"minimum":       {types.Int64Value(1), ""},
		"maximum":       {types.Int64Value(900), ""},
		"above maximum": {types.Int64Value(901), `Lambda Timeout Too Long.*901 seconds.* more than the 900 seconds.*function_timeout_max_seconds`},
	})
}

func ExampleTimeout() {
	fmt.Println(validators.Timeout(quota.DefaultLimits()).Description(context.Background()))
	// Output: value must be between 1 and 900 seconds
}
