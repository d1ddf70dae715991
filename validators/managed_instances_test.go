package validators_test

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
	"github.com/lambdaquota/terraform-provider-lambdaquota/validators"
)

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
