package quota

import (
	"fmt"
	"slices"
	"strings"
)

// FleetFunction is one function of a fleet, with its label in the
// collection (["api"], [3]) and the VPC it is in, when known.
type FleetFunction struct {
	Label    string
	Function Function
	VPCID    Value[string]
}

// Fleet is a collection of functions checked together, such as a for_each
// aws_lambda_function resource, and what else counts against the quotas they
// share.
type Fleet struct {
	// Name is the collection as users write it (functions, or a resource address).
	Name      string
	Functions []FleetFunction
	// EFSMountTargets and OtherENIs count in every VPC the fleet uses.
	EFSMountTargets Value[int64]
	OtherENIs       Value[int64]
	// MountTargetSubnets are the subnets of EFS mount targets, each counted
	// in the VPC of the functions that use its subnet.
	MountTargetSubnets       Strings
	ExistingCodeStorageBytes Value[int64]
}

// FleetReport is the outcome of CheckFleet.
type FleetReport struct {
	Result
	// Functions are the per-function reports, in fleet order.
	Functions []FunctionReport
	// VPCs are the VPC checks, one per group of functions certainly in one VPC.
	VPCs    []VPCReport
	Account AccountReport
}

// CheckFleet runs every per-function check on each function, naming it in
// its findings, then the checks the fleet shares: ENIs per VPC, the
// reserved and provisioned concurrency total against the floor, and code
// storage of the local packages.
func CheckFleet(l Limits, f Fleet) FleetReport {
	rep := FleetReport{Functions: make([]FunctionReport, len(f.Functions))}
	var res Result
	reserved := make([]Value[int64], 0, len(f.Functions))
	var provisioned []Value[int64]
	storage := Value[int64]{Set: true}
	for i, fn := range f.Functions {
		r := CheckFunction(l, fn.Function)
		rep.Functions[i] = r
		res.merge(r.Result, f.Name+fn.Label, "")
		reserved = append(reserved, fn.Function.ReservedConcurrentExecutions)
		// Provisioned concurrency within a reservation is part of it.
		if p := fn.Function.ProvisionedConcurrentExecutions; present(p) {
			if rc := fn.Function.ReservedConcurrentExecutions; rc.Unknown {
				provisioned = append(provisioned, Unknown[int64]())
			} else if !rc.Set || rc.V < 0 {
				provisioned = append(provisioned, p)
			}
		}
		if present(fn.Function.Filename) && (!fn.Function.UploadedViaS3.IsKnown() || !fn.Function.UploadedViaS3.V) {
			// Measured once, by CheckFunction; unreadable packages are
			// reported there and count as unknown here.
			storage = addSizes(storage, r.PackageZippedBytes)
			if !r.PackageZippedBytes.IsKnown() {
				storage.Unknown = true
			}
		}
	}
	for _, group := range vpcGroups(f.Functions) {
		vpc := VPC{ID: group.id, Name: group.name, Functions: Known(group.functions),
			EFSMountTargets: addSizes(f.EFSMountTargets, group.mountTargets(f.MountTargetSubnets)), OtherENIs: f.OtherENIs}
		if !present(f.EFSMountTargets) && !present(f.MountTargetSubnets) {
			vpc.EFSMountTargets = Null[int64]()
		}
		r := CheckVPC(l, vpc)
		rep.VPCs = append(rep.VPCs, r)
		res.merge(r.Result, "", "functions")
	}
	if storage.V == 0 && !storage.Unknown && !present(f.ExistingCodeStorageBytes) {
		storage = Null[int64]()
	}
	rep.Account = CheckAccount(l, Account{
		ReservedConcurrentExecutions:    Known(reserved),
		ProvisionedConcurrentExecutions: Known(provisioned),
		CodeBytes:                       storage,
		ExistingCodeStorageBytes:        f.ExistingCodeStorageBytes,
	})
	res.merge(rep.Account.Result, "", "functions")
	rep.Result = res
	return rep
}

// merge adds another result's findings, naming their subject, or else
// tying them to the attribute that holds the whole fleet.
func (r *Result) merge(other Result, subject, attr string) {
	for _, f := range other.Findings {
		if subject != "" {
			f.Subject = subject
		}
		if attr != "" {
			f.Attribute, f.Index = attr, -1
		}
		r.Findings = append(r.Findings, f)
	}
	r.Undecided = append(r.Undecided, other.Undecided...)
}

// vpcGroup is functions certainly in one VPC.
type vpcGroup struct {
	id        Value[string]
	name      string
	functions []VPCFunction
	subnets   map[string]bool
}

func (g *vpcGroup) mountTargets(subnets Strings) Value[int64] {
	if subnets.Unknown {
		return Value[int64]{Set: true, Unknown: true}
	}
	n := Known[int64](0)
	for _, s := range subnets.V {
		if s.Unknown {
			n.Unknown = true
			continue
		}
		if g.subnets[s.V] {
			n.V++
		}
	}
	return n
}

// vpcGroups puts functions in the same group when they are certainly in one
// VPC: they share a known subnet, or name the same known vpc_id. A function
// with neither known stays in a group of its own: it is never guessed to be
// in another's VPC. Functions outside any VPC are left out.
func vpcGroups(fns []FleetFunction) []*vpcGroup {
	parent := make([]int, len(fns))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) { parent[find(a)] = find(b) }
	bySubnet, byVPC := map[string]int{}, map[string]int{}
	inVPC := make([]bool, len(fns))
	for i, fn := range fns {
		f := fn.Function
		inVPC[i] = f.SubnetIDs.Unknown || f.SecurityGroupIDs.Unknown || len(f.SubnetIDs.V) > 0 && len(f.SecurityGroupIDs.V) > 0
		if !inVPC[i] {
			continue
		}
		if fn.VPCID.IsKnown() && fn.VPCID.V != "" {
			if j, ok := byVPC[fn.VPCID.V]; ok {
				union(i, j)
			} else {
				byVPC[fn.VPCID.V] = i
			}
		}
		for _, s := range f.SubnetIDs.V {
			if s.Unknown {
				continue
			}
			if j, ok := bySubnet[s.V]; ok {
				union(i, j)
			} else {
				bySubnet[s.V] = i
			}
		}
	}
	groups := map[int]*vpcGroup{}
	var order []int
	for i, fn := range fns {
		if !inVPC[i] {
			continue
		}
		root := find(i)
		g := groups[root]
		if g == nil {
			g = &vpcGroup{subnets: map[string]bool{}}
			groups[root] = g
			order = append(order, root)
		}
		if fn.VPCID.IsKnown() && fn.VPCID.V != "" {
			g.id = fn.VPCID
		}
		g.functions = append(g.functions, VPCFunction{SubnetIDs: fn.Function.SubnetIDs, SecurityGroupIDs: fn.Function.SecurityGroupIDs})
		for _, s := range fn.Function.SubnetIDs.V {
			if !s.Unknown {
				g.subnets[s.V] = true
			}
		}
	}
	out := make([]*vpcGroup, 0, len(order))
	for _, root := range order {
		g := groups[root]
		if !g.id.IsKnown() {
			// Name the group by its subnets in messages.
			subnets := make([]string, 0, len(g.subnets))
			for s := range g.subnets {
				subnets = append(subnets, s)
			}
			slices.Sort(subnets)
			if len(subnets) > 3 {
				subnets = append(subnets[:3], "...")
			}
			if len(subnets) > 0 {
				g.name = fmt.Sprintf("the VPC of subnets %s", strings.Join(subnets, ", "))
			}
		}
		out = append(out, g)
	}
	return out
}
