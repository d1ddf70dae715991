package validators_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
	"github.com/lambdaquota/terraform-provider-lambdaquota/validators"
)

func TestSecurityGroupCount(t *testing.T) {
	t.Parallel()
	runCount(t, validators.SecurityGroupCount(quota.DefaultLimits()), map[string]testCase[types.List]{
		"null":                       {types.ListNull(types.StringType), ""},
		"unknown":                    {types.ListUnknown(types.StringType), ""},
		"empty":                      {distinctStrings(0, false), ""},
		"maximum":                    {distinctStrings(5, false), ""},
		"above maximum":              {distinctStrings(6, false), `Too Many Lambda Security Groups.* is 6.* more than the 5 security groups.*function_security_groups_max`},
		"above maximum, one unknown": {distinctStrings(6, true), `Too Many Lambda Security Groups`},
	})
}

func ExampleSecurityGroupCount() {
	fmt.Println(validators.SecurityGroupCount(quota.DefaultLimits()).Description(context.Background()))
	// Output: value must hold at most 5 security groups
}
