package validators_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
	"github.com/lambdaquota/terraform-provider-lambdaquota/validators"
)

func TestEphemeralStorageSize(t *testing.T) {
	t.Parallel()
	runInt64(t, validators.EphemeralStorageSize(quota.DefaultLimits()), map[string]testCase[types.Int64]{
		"null":          {types.Int64Null(), ""},
		"unknown":       {types.Int64Unknown(), ""},
		"below minimum": {types.Int64Value(511), `Lambda Ephemeral Storage Too Small.*ephemeral_storage_min_mb`},
		"minimum":       {types.Int64Value(512), ""},
		"maximum":       {types.Int64Value(10240), ""},
		"above maximum": {types.Int64Value(10241), `Lambda Ephemeral Storage Too Large.*ephemeral_storage_max_mb`},
	})
}

func ExampleEphemeralStorageSize() {
	fmt.Println(validators.EphemeralStorageSize(quota.DefaultLimits()).Description(context.Background()))
	// Output: value must be between 512 and 10240 MB
}
