package quota

import (
	"fmt"
	"slices"
	"strings"
)

// VPCFunction is the VPC configuration of one Lambda function.
type VPCFunction struct {
	SubnetIDs        Strings
	SecurityGroupIDs Strings
}

// VPC is what spends network interfaces in one VPC.
type VPC struct {
	// ID labels the VPC in messages.
	ID              string
	Functions       Value[[]VPCFunction]
	EFSMountTargets Value[int64]
	OtherENIs       Value[int64]
}

// VPCReport is the outcome of CheckVPC.
type VPCReport struct {
	Result
	LambdaENIs    Value[int64]
	TotalENIs     Value[int64]
	AvailableENIs Value[int64]
}

// HyperplaneENIs counts the Hyperplane ENIs Lambda creates for the given
// functions: one per distinct pair of subnet and security-group set, where the
// set ignores order and duplicates. Functions without subnets or without
// security groups are not in a VPC and need none.
//
// With unknown ids it returns a lower bound and complete=false: pairs whose
// subnet or security groups are unknown may coincide with others, so only the
// certain pairs are counted, and at least one when any uncertain pair exists.
func HyperplaneENIs(functions []VPCFunction) (count int64, complete bool) {
	pairs := make(map[string]struct{}, len(functions))
	complete = true
	uncertain := false
	var groups []string
	var key strings.Builder
	for _, f := range functions {
		if f.SubnetIDs.Unknown || f.SecurityGroupIDs.Unknown {
			complete, uncertain = false, true
			continue
		}
		if len(f.SubnetIDs.V) == 0 || len(f.SecurityGroupIDs.V) == 0 {
			continue
		}
		groups = groups[:0]
		groupsKnown := true
		for _, g := range f.SecurityGroupIDs.V {
			if g.Unknown {
				groupsKnown = false
				break
			}
			groups = append(groups, g.V)
		}
		if !groupsKnown {
			complete, uncertain = false, true
			continue
		}
		slices.Sort(groups)
		groups = slices.Compact(groups)
		key.Reset()
		for _, g := range groups {
			key.WriteByte(0)
			key.WriteString(g)
		}
		set := key.String()
		for _, s := range f.SubnetIDs.V {
			if s.Unknown {
				complete, uncertain = false, true
				continue
			}
			pairs[s.V+set] = struct{}{}
		}
	}
	count = int64(len(pairs))
	if uncertain && count == 0 {
		count = 1
	}
	return count, complete
}

// CheckVPC checks the ENIs a VPC needs against enis_per_vpc.
func CheckVPC(l Limits, v VPC) VPCReport {
	c := &checker{limits: l}
	rep := VPCReport{LambdaENIs: Unknown[int64](), TotalENIs: Unknown[int64](), AvailableENIs: Unknown[int64]()}
	label := "the VPC"
	if v.ID != "" {
		label = fmt.Sprintf("VPC %q", v.ID)
	}
	lambda := Value[int64]{Set: true, Unknown: v.Functions.Unknown}
	if !v.Functions.Unknown {
		n, complete := HyperplaneENIs(v.Functions.V)
		lambda = Value[int64]{V: n, Set: true, Unknown: !complete}
	}
	efs := c.count("efs_mount_targets", "EFS mount targets", v.EFSMountTargets)
	other := c.count("other_enis", "other ENIs", v.OtherENIs)
	if len(c.res.Errors()) > 0 {
		rep.Result = c.res
		return rep
	}
	total := addSizes(addSizes(lambda, efs), other)
	limit := l.Value(ENIsPerVPC)
	if !lambda.Unknown {
		rep.LambdaENIs = lambda
	}
	if !total.Unknown {
		rep.TotalENIs, rep.AvailableENIs = total, Known(limit-total.V)
	}
	if total.Unknown && total.V <= limit {
		c.undecided(ENIsPerVPC)
		rep.Result = c.res
		return rep
	}
	breakdown := fmt.Sprintf("the network interfaces needed in %s (%s for Lambda's subnet and security-group pairs, %s for EFS mount targets, %s other)",
		label, FormatAmount(lambda.V, "ENIs"), FormatAmount(efs.V, "ENIs"), FormatAmount(other.V, "ENIs"))
	if total.Unknown {
		breakdown += ", counting only what is known before apply,"
	}
	c.atMost(ENIsPerVPC, "functions", total.V, breakdown)
	rep.Result = c.res
	return rep
}

// count reads a non-negative count; null counts as zero.
func (c *checker) count(attr, what string, v Value[int64]) Value[int64] {
	switch {
	case v.Unknown:
		return Value[int64]{Set: true, Unknown: true}
	case v.Set && v.V < 0:
		c.invalid(attr, -1, "Invalid Count", "The number of %s is %d; a count cannot be negative.", what, v.V)
	}
	return Known(v.V)
}
