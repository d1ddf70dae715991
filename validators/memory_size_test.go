package validators_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
	"github.com/lambdaquota/terraform-provider-lambdaquota/validators"
)

func TestMemorySize(t *testing.T) {
	t.Parallel()
	runInt64(t, validators.MemorySize(quota.DefaultLimits()), map[string]testCase[types.Int64]{
		"null":          {types.Int64Null(), ""},
		"unknown":       {types.Int64Unknown(), ""},
		"below minimum": {types.Int64Value(127), `Lambda Memory Too Small.*127 MB, less than the minimum of 128 MB.*function_memory_min_mb`},
		"minimum":       {types.Int64Value(128), ""},
		"maximum":       {types.Int64Value(10240), ""},
		"above maximum": {types.Int64Value(10241), `Lambda Memory Too Large.*10,241 MB.* more than the 10,240 MB.*function_memory_max_mb`},
		"negative":      {types.Int64Value(-1), `Lambda Memory Too Small`},
	})
}

func TestMemorySizeOverride(t *testing.T) {
	t.Parallel()
	limits, errs := quota.DefaultLimits().WithOverrides(map[string]float64{"function_memory_max_mb": 3008})
	if errs != nil {
		t.Fatal(errs)
	}
	runInt64(t, validators.MemorySize(limits), map[string]testCase[types.Int64]{
		"capped maximum": {types.Int64Value(3008), ""},
		"above cap":      {types.Int64Value(3009), `3,009 MB.* more than the 3,008 MB.*AWS's default is 10,240 MB`},
	})
}

func ExampleMemorySize() {
	v := validators.MemorySize(quota.DefaultLimits())
	fmt.Println(v.Description(context.Background()))
	// Output: value must be between 128 and 10240 MB
}
