package quota

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/parallel"
)

// FleetFunction is one function of a fleet, with its label in the
// collection (["api"], [3]) and the VPC it is in, when known.
type FleetFunction struct {
	Label    string
	Function Function
	VPCID    Value[string]
	// Existing marks a function that is deployed and not being changed (a
	// saved plan's no-op). It counts toward what the fleet shares, but is
	// not checked on its own: AWS accepted it already.
	Existing bool
}

// FleetProvisioned is a provisioned concurrency configuration of a fleet's
// function: Function is its index in Fleet.Functions, or -1 when the
// function is not in the fleet, so its reservation is unknown.
type FleetProvisioned struct {
	Function   int
	Executions Value[int64]
	Existing   bool
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
	// SubnetVPCs maps subnets to their VPCs where something else says so
	// (aws_subnet in a saved plan): functions and mount targets on a mapped
	// subnet count in that VPC.
	SubnetVPCs map[string]string
	// Provisioned are provisioned concurrency configurations, which count
	// toward the account's floor unless within their function's reservation.
	Provisioned []FleetProvisioned
	// NewMountTargetSubnets are the subnets of the mount targets among
	// MountTargetSubnets that are not deployed yet: a VPC they count in is
	// checked even when all its functions are Existing.
	NewMountTargetSubnets map[string]bool
}

// FleetReport is the outcome of CheckFleet.
type FleetReport struct {
	Result
	// Functions are the per-function reports, in fleet order.
	Functions []FunctionReport
	// VPCs are the VPC checks, one per group of functions certainly in one VPC.
	VPCs []VPCReport
	// VPCMembers are the indices in Fleet.Functions of each VPC's functions;
	// VPCChanged says which VPCs something not Existing takes part in.
	VPCMembers [][]int
	VPCChanged []bool
	Account    AccountReport
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
	changed := false
	// Functions are checked independently, so a large fleet uses every CPU.
	parallel.For(len(f.Functions), parallel.Runs(len(f.Functions)), func(_, i int) {
		rep.Functions[i] = CheckFunction(l, f.Functions[i].Function)
	})
	for i, fn := range f.Functions {
		r := rep.Functions[i]
		if !fn.Existing {
			changed = true
			// Only findings carry the label; most functions have none.
			var subject string
			if len(r.Findings) > 0 {
				subject = f.Name + fn.Label
			}
			res.merge(r.Result, subject, "")
		}
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
	for _, p := range f.Provisioned {
		changed = changed || !p.Existing
		rc := Unknown[int64]()
		if p.Function >= 0 && p.Function < len(f.Functions) {
			rc = f.Functions[p.Function].Function.ReservedConcurrentExecutions
		}
		switch {
		case rc.Unknown:
			provisioned = append(provisioned, Value[int64]{Set: true, Unknown: true})
		case !rc.Set || rc.V < 0:
			provisioned = append(provisioned, p.Executions)
		}
	}
	for _, group := range vpcGroups(f.Functions, f.SubnetVPCs) {
		vpc := VPC{ID: group.id, Name: group.name, Functions: Known(group.functions),
			EFSMountTargets: addSizes(f.EFSMountTargets, group.mountTargets(f.MountTargetSubnets, f.SubnetVPCs)), OtherENIs: f.OtherENIs}
		if !present(f.EFSMountTargets) && !present(f.MountTargetSubnets) {
			vpc.EFSMountTargets = Null[int64]()
		}
		r := CheckVPC(l, vpc)
		rep.VPCs = append(rep.VPCs, r)
		rep.VPCMembers = append(rep.VPCMembers, group.members)
		for s := range f.NewMountTargetSubnets {
			if vpcID, ok := f.SubnetVPCs[s]; group.subnets[s] || ok && group.id.IsKnown() && vpcID == group.id.V {
				group.changed = true
			}
		}
		rep.VPCChanged = append(rep.VPCChanged, group.changed)
		if group.changed {
			res.merge(r.Result, "", "functions")
		}
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
	if changed {
		res.merge(rep.Account.Result, "", "functions")
	}
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
	members   []int
	subnets   map[string]bool
	// changed: a member is not Existing, so the group is checked.
	changed bool
}

func (g *vpcGroup) mountTargets(subnets Strings, subnetVPCs map[string]string) Value[int64] {
	if subnets.Unknown {
		return Value[int64]{Set: true, Unknown: true}
	}
	n := Known[int64](0)
	for _, s := range subnets.V {
		if s.Unknown {
			n.Unknown = true
			continue
		}
		if vpc, ok := subnetVPCs[s.V]; g.subnets[s.V] || ok && g.id.IsKnown() && vpc == g.id.V {
			n.V++
		}
	}
	return n
}

// vpcGroups puts functions in the same group when they are certainly in one
// VPC: they share a known subnet, or name the same known vpc_id, or use a
// subnet that subnetVPCs places in that VPC. A function with none of these
// stays in a group of its own: it is never guessed to be in another's VPC.
// Functions outside any VPC are left out.
func vpcGroups(fns []FleetFunction, subnetVPCs map[string]string) []*vpcGroup {
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
	vpcIDs := make([]Value[string], len(fns))
	joinVPC := func(i int, id string) {
		if j, ok := byVPC[id]; ok {
			union(i, j)
		} else {
			byVPC[id] = i
		}
	}
	for i, fn := range fns {
		f := fn.Function
		inVPC[i] = f.SubnetIDs.Unknown || f.SecurityGroupIDs.Unknown || len(f.SubnetIDs.V) > 0 && len(f.SecurityGroupIDs.V) > 0
		if !inVPC[i] {
			continue
		}
		vpcIDs[i] = fn.VPCID
		if vpcIDs[i].IsKnown() && vpcIDs[i].V != "" {
			joinVPC(i, vpcIDs[i].V)
		}
		for _, s := range f.SubnetIDs.V {
			if s.Unknown {
				continue
			}
			if vpc, ok := subnetVPCs[s.V]; ok {
				joinVPC(i, vpc)
				vpcIDs[i] = Known(vpc)
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
		if vpcIDs[i].IsKnown() && vpcIDs[i].V != "" {
			g.id = vpcIDs[i]
		}
		g.functions = append(g.functions, VPCFunction{SubnetIDs: fn.Function.SubnetIDs, SecurityGroupIDs: fn.Function.SecurityGroupIDs})
		g.members = append(g.members, i)
		g.changed = g.changed || !fn.Existing
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
