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
	// ID labels the VPC in messages, or else Name ("the VPC of subnets ...").
	ID              Value[string]
	Name            string
	Functions       Value[[]VPCFunction]
	EFSMountTargets Value[int64]
	OtherENIs       Value[int64]
	// Snapshot is the account's, when given: what it holds in the VPC is
	// in use already, and a pair in use costs nothing new. Without a known
	// VPC id, the VPC of the functions' subnets in the snapshot is taken.
	Snapshot *Snapshot
}

// VPCReport is the outcome of CheckVPC.
type VPCReport struct {
	Result
	// ID and Name are the checked VPC's, as given.
	ID            Value[string]
	Name          string
	LambdaENIs    Value[int64]
	TotalENIs     Value[int64]
	AvailableENIs Value[int64]
	// InUseENIs are the ENIs an account snapshot shows in the VPC; with
	// one, LambdaENIs are only the pairs not already holding an ENI.
	InUseENIs Value[int64]
}

// HyperplaneENIs counts the Hyperplane ENIs Lambda creates for the given
// functions: one per distinct pair of subnet and security-group set, where the
// set ignores order and duplicates. Functions without subnets or without
// security groups are not in a VPC and need none.
//
// With unknown ids it returns a lower bound and complete=false. Only pairs
// that are certainly distinct count: the known pairs; then, of the pairs with
// an unknown subnet, one per security-group set that no known pair uses, or
// of the pairs with unknown security groups, one per subnet that no known
// pair uses, whichever is more (the two kinds may coincide with each other);
// and at least one when a function certainly has a pair but nothing else is
// certain. A list that is unknown as a whole may be empty, so it proves
// nothing.
func HyperplaneENIs(functions []VPCFunction) (count int64, complete bool) {
	return newPairs(functions, nil)
}

// newPairs counts, as HyperplaneENIs does, the pairs the functions need
// that are not among inUse (PairKey): those already hold an ENI, and a
// function with an unknown subnet or groups may share one of them.
func newPairs(functions []VPCFunction, inUse map[string]int64) (count int64, complete bool) {
	pairs := make(map[string]struct{}, len(functions)+len(inUse))
	knownSets := map[string]struct{}{}
	knownSubnets := map[string]struct{}{}
	for k := range inUse {
		pairs[k] = struct{}{}
		subnet, set, _ := strings.Cut(k, "\x01")
		knownSets[set], knownSubnets[subnet] = struct{}{}, struct{}{}
	}
	// Sets and subnets of pairs whose other half is unknown.
	setsOfUnknownSubnets := map[string]struct{}{}
	subnetsOfUnknownSets := map[string]struct{}{}
	complete = true
	somePair := false
	var groups []string
	var key strings.Builder
	for _, f := range functions {
		if f.SubnetIDs.Unknown || f.SecurityGroupIDs.Unknown {
			complete = false
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
		set := ""
		if groupsKnown {
			slices.Sort(groups)
			groups = slices.Compact(groups)
			key.Reset()
			for _, g := range groups {
				key.WriteByte(0)
				key.WriteString(g)
			}
			set = key.String()
		}
		for _, s := range f.SubnetIDs.V {
			switch {
			case s.Unknown && !groupsKnown:
				complete, somePair = false, true
			case s.Unknown:
				complete, somePair = false, true
				setsOfUnknownSubnets[set] = struct{}{}
			case !groupsKnown:
				complete, somePair = false, true
				subnetsOfUnknownSets[s.V] = struct{}{}
			default:
				pairs[s.V+"\x01"+set] = struct{}{}
				knownSets[set] = struct{}{}
				knownSubnets[s.V] = struct{}{}
			}
		}
	}
	count = int64(len(pairs) - len(inUse))
	if complete {
		return count, true
	}
	newSets, newSubnets := 0, 0
	for set := range setsOfUnknownSubnets {
		if _, ok := knownSets[set]; !ok {
			newSets++
		}
	}
	for s := range subnetsOfUnknownSets {
		if _, ok := knownSubnets[s]; !ok {
			newSubnets++
		}
	}
	count += int64(max(newSets, newSubnets))
	if somePair && count == 0 && len(inUse) == 0 {
		count = 1
	}
	return count, false
}

// CheckVPC checks the ENIs a VPC needs against enis_per_vpc.
func CheckVPC(l Limits, v VPC) VPCReport {
	c := &checker{limits: l}
	rep := VPCReport{ID: v.ID, Name: v.Name, LambdaENIs: Unknown[int64](), TotalENIs: Unknown[int64](), AvailableENIs: Unknown[int64]()}
	label := "the VPC"
	if v.Name != "" {
		label = v.Name
	}
	if v.ID.IsKnown() && v.ID.V != "" {
		label = named("VPC", identifier(v.ID))
	}
	var inUse map[string]int64
	use, useUnknown := v.inUse()
	if s := v.Snapshot; s != nil {
		l = s.Limits(l)
		c.limits = l
	}
	if use != nil {
		inUse = use.Pairs
	}
	lambda := Value[int64]{Set: true, Unknown: v.Functions.Unknown}
	if !v.Functions.Unknown {
		n, complete := newPairs(v.Functions.V, inUse)
		lambda = Value[int64]{V: n, Set: true, Unknown: !complete}
	}
	efs := c.count("efs_mount_targets", "EFS mount targets", v.EFSMountTargets)
	other := c.count("other_enis", "other ENIs", v.OtherENIs)
	held := Null[int64]()
	switch {
	case use != nil:
		held = Known(use.LambdaENIs() + int64(len(use.MountTargets)))
	case useUnknown:
		held = Value[int64]{Set: true, Unknown: true}
	}
	if len(c.res.Errors()) > 0 {
		rep.Result = c.res
		return rep
	}
	total := addSizes(addSizes(addSizes(lambda, efs), other), held)
	limit := l.Value(ENIsPerVPC)
	if !lambda.Unknown {
		rep.LambdaENIs = lambda
	}
	rep.InUseENIs = held
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
	if use != nil {
		others := ""
		if use.OtherAccounts > 0 {
			others = fmt.Sprintf(" (the VPC is shared: %s of other accounts are not counted, since they count against those accounts' own quotas)",
				FormatAmount(use.OtherAccounts, "Lambda ENIs"))
		}
		breakdown = fmt.Sprintf("the network interfaces in %s: %s already in use from %s (%s for Lambda, %s for EFS mount targets)%s, "+
			"%s for Lambda's subnet and security-group pairs not in use yet, %s for new EFS mount targets and %s other",
			label, FormatAmount(held.V, "ENIs"), snapshotName(v.Snapshot.Source), FormatAmount(use.LambdaENIs(), "ENIs"), FormatAmount(int64(len(use.MountTargets)), "ENIs"), others,
			FormatAmount(lambda.V, "ENIs"), FormatAmount(efs.V, "ENIs"), FormatAmount(other.V, "ENIs"))
	}
	if total.Unknown {
		breakdown += ", counting only what is known before apply,"
	}
	c.atMost(ENIsPerVPC, "functions", total.V, breakdown)
	rep.Result = c.res
	return rep
}

// inUse is what the snapshot holds in the VPC: by its id, else by the
// snapshot's VPC of a known subnet of its functions; unknown when the
// snapshot holds the Region's ENIs but the VPC is not known, or the
// snapshot itself is not.
func (v VPC) inUse() (use *VPCInUse, unknown bool) {
	s := v.Snapshot
	if s == nil {
		return nil, false
	}
	if s.Unknown {
		return nil, true
	}
	id := v.ID
	if !id.IsKnown() || id.V == "" {
		for _, f := range v.Functions.V {
			for _, sn := range f.SubnetIDs.V {
				if vpc, ok := s.SubnetVPCs[sn.V]; ok && sn.IsKnown() {
					id = Known(vpc)
				}
			}
		}
	}
	if !id.IsKnown() || id.V == "" {
		return nil, s.ENIs || s.MountTargets
	}
	return s.VPC(id.V), false
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
