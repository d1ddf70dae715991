package validators_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
	"github.com/lambdaquota/terraform-provider-lambdaquota/validators"
)

// envMap returns {"KK" = "xxx…"} measuring exactly size bytes, plus an
// unknown value under "UU" when withUnknown is set.
func envMap(size int, withUnknown bool) types.Map {
	elems := map[string]attr.Value{"KK": types.StringValue(strings.Repeat("x", size-len(`{"KK":""}`)))}
	if withUnknown {
		elems["UU"] = types.StringUnknown()
	}
	return types.MapValueMust(types.StringType, elems)
}

func TestEnvironmentVariablesSize(t *testing.T) {
	t.Parallel()
	v := validators.EnvironmentVariablesSize(quota.DefaultLimits())
	tests := map[string]testCase[types.Map]{
		"null":                     {types.MapNull(types.StringType), ""},
		"unknown":                  {types.MapUnknown(types.StringType), ""},
		"empty":                    {types.MapValueMust(types.StringType, nil), ""},
		"maximum":                  {envMap(4096, false), ""},
		"above maximum":            {envMap(4097, false), `Lambda Environment Variables Too Large.*4,097 bytes.* more than the 4,096 bytes.*environment_variables_max_bytes`},
		"unknown value, undecided": {envMap(4000, true), ""},
		"unknown value, certain":   {envMap(4100, true), `counting only the values known before apply`},
		"null value is left out": {types.MapValueMust(types.StringType, map[string]attr.Value{
			"KK": types.StringValue(strings.Repeat("x", 4096-len(`{"KK":""}`))), "NN": types.StringNull()}), ""},
		"json escapes count": {types.MapValueMust(types.StringType, map[string]attr.Value{
			"KK": types.StringValue(strings.Repeat(`"`, 2044))}), `4,097 bytes`},
	}
	runMap(t, v, tests)
}

func ExampleEnvironmentVariablesSize() {
	fmt.Println(validators.EnvironmentVariablesSize(quota.DefaultLimits()).Description(context.Background()))
	// Output: value must take at most 4096 bytes as AWS measures environment variables
}
