package validators_test

import (
	"strings"
	"testing"

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
