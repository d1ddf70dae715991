package validators_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
	"github.com/lambdaquota/terraform-provider-lambdaquota/validators"
)

func TestSubnetCount(t *testing.T) {
	t.Parallel()
	runCount(t, validators.SubnetCount(quota.DefaultLimits()), map[string]testCase[types.List]{
		"null":                       {types.ListNull(types.StringType), ""},
		"unknown":                    {types.ListUnknown(types.StringType), ""},
		"empty":                      {distinctStrings(0, false), ""},
		"maximum":                    {distinctStrings(16, false), ""},
		"above maximum":              {distinctStrings(17, false), `Too Many Lambda VPC Subnets.* is 17.* more than the 16 subnets.*function_subnets_max`},
		"above maximum, one unknown": {distinctStrings(17, true), `Too Many Lambda VPC Subnets`},
	})
}

func ExampleSubnetCount() {
	fmt.Println(validators.SubnetCount(quota.DefaultLimits()).Description(context.Background()))
	// Output: value must hold at most 16 subnets
}
