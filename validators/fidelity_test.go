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

func TestLayerDescriptionAndLicense(t *testing.T) {
	t.Parallel()
	runString(t, validators.LayerDescription(quota.DefaultLimits()), map[string]testCase[types.String]{
		"null":    {types.StringNull(), ""},
		"maximum": {types.StringValue(strings.Repeat("d", 256)), ""},
		"over":    {types.StringValue(strings.Repeat("d", 257)), `Lambda Layer Description Too Long.*257 characters`},
	})
	runString(t, validators.LayerLicense(quota.DefaultLimits()), map[string]testCase[types.String]{
		"unknown": {types.StringUnknown(), ""},
		"maximum": {types.StringValue(strings.Repeat("l", 512)), ""},
		"over":    {types.StringValue(strings.Repeat("l", 513)), `Lambda Layer License Too Long.*513 characters`},
	})
}

func TestStatementID(t *testing.T) {
	t.Parallel()
	runString(t, validators.StatementID(quota.DefaultLimits()), map[string]testCase[types.String]{
		"maximum":    {types.StringValue(strings.Repeat("s", 100)), ""},
		"over":       {types.StringValue(strings.Repeat("s", 101)), `Lambda Permission Statement Id Too Long`},
		"with a dot": {types.StringValue("s3.bucket"), `Invalid Lambda Permission Statement Id`},
		"allowed":    {types.StringValue("AllowS3-uploads_1"), ""},
	})
}

func TestHandlerWhiteSpace(t *testing.T) {
	t.Parallel()
	runString(t, validators.Handler(quota.DefaultLimits()), map[string]testCase[types.String]{
		"no space":   {types.StringValue("index.handler"), ""},
		"with a tab": {types.StringValue("index.\thandler"), `Invalid Lambda Handler.*white space at character 7`},
	})
}

func TestManagedInstances(t *testing.T) {
	t.Parallel()
	runInt64(t, validators.ManagedInstancesMemorySize(quota.DefaultLimits()), map[string]testCase[types.Int64]{
		"minimum":       {types.Int64Value(2048), ""},
		"below minimum": {types.Int64Value(2047), `Lambda Memory Too Small for Managed Instances`},
		"maximum":       {types.Int64Value(32768), ""},
		"above maximum": {types.Int64Value(32769), `Lambda Memory Too Large for Managed Instances`},
	})
	runInt64(t, validators.ManagedInstancesTimeout(quota.DefaultLimits()), map[string]testCase[types.Int64]{
		"maximum":       {types.Int64Value(5400), ""},
		"above maximum": {types.Int64Value(5401), `Lambda Timeout Too Long for Managed Instances`},
	})
}

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
		"one letter":    {env("A"), `Invalid Lambda Environment Variable Key.*"A"`},
		"unknown map":   {types.MapUnknown(types.StringType), ""},
	})
}

func ExampleEnvironmentVariableKeys() {
	fmt.Println(validators.EnvironmentVariableKeys(quota.DefaultLimits()).Description(context.Background()))
	// Output: keys must match [a-zA-Z]([a-zA-Z0-9_])+ and not be reserved by Lambda
}

func ExampleStatementID() {
	fmt.Println(validators.StatementID(quota.DefaultLimits()).Description(context.Background()))
	// Output: value must be at most 100 characters long, of letters, digits, hyphens and underscores
}
