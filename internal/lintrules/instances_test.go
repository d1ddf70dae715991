package lintrules

import (
	"fmt"
	"testing"

	"github.com/hashicorp/hcl/v2"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// instanceOn is one module instance's function with its own security group
// on subnets s0 to s9: 10 ENIs.
func instanceOn(i int) instance {
	subnets := make([]quota.Value[string], 10)
	for j := range subnets {
		subnets[j] = quota.Known(fmt.Sprintf("s%d", j))
	}
	f := quota.FleetFunction{Label: "aws_lambda_function.this", Function: quota.Function{
		SubnetIDs: quota.Known(subnets), SecurityGroupIDs: quota.Known([]quota.Value[string]{quota.Known(fmt.Sprintf("sg-%d", i))})}}
	return instance{functions: []quota.FleetFunction{f}, ranges: []hcl.Range{{Filename: "fn/main.tf", Start: hcl.Pos{Line: i + 1}}}}
}

func TestInstancesCountENIsWhenTheLastArrives(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		expected, arrive int
		reported         bool
		want             bool
	}{
		{26, 26, false, true},  // 260 ENIs
		{25, 25, false, false}, // 250
		{27, 26, false, false}, // never complete: nothing said
		{26, 26, true, false},  // an instance reported it itself
	} {
		s := &instances{}
		s.expected, s.seen = map[string]int{"module.fn": tc.expected}, map[string][]instance{}
		var got []issue
		for i := range tc.arrive {
			in := instanceOn(i)
			in.reported = tc.reported && i == 3
			got = append(got, s.add(quota.DefaultLimits(), "module.fn", in)...)
		}
		if (len(got) == 1) != tc.want || len(got) > 1 {
			t.Errorf("%d of %d instances, reported %v: %v", tc.arrive, tc.expected, tc.reported, got)
		}
	}
	// A module the root module does not call is never counted.
	s := &instances{expected: map[string]int{}, seen: map[string][]instance{}}
	if got := s.add(quota.DefaultLimits(), "module.other", instanceOn(0)); got != nil {
		t.Errorf("unknown module: %v", got)
	}
}
