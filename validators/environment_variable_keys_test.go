package validators_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
	"github.com/lambdaquota/terraform-provider-lambdaquota/validators"
)

func TestEnvironmentVariableKeys(t *testing.T) {
	t.Parallel()
	v := validators.EnvironmentVariableKeys(quota.DefaultLimits())
	env := func(keys ...string) types.Map {
		elems := map[string]attr.Value{}
		for _, k := range keys {
			elems[k] = types.StringValue("v")
		}
		return types.MapValueMust(types.StringType, elems)
	}
	runMap(t, v, map[string]testCase[types.Map]{
		"settable keys": {env("TZ", "AWS_LAMBDA_EXEC_WRAPPER", "NODE_OPTIONS"), ""},
		"reserved key":  {env("AWS_REGION", "TZ"), `Reserved Lambda Environment Variable.*"AWS_REGION"`},
		"one letter":    {env("A"), `Invalid Lambda Environment Variable Key: The environment variables have 1 key, which does not match`},
		"unknown map":   {types.MapUnknown(types.StringType), ""},
	})
}

func ExampleEnvironmentVariableKeys() {
	fmt.Println(validators.EnvironmentVariableKeys(quota.DefaultLimits()).Description(context.Background()))
	// Output: keys must match [a-zA-Z]([a-zA-Z0-9_])+ and not be reserved by Lambda
}
