package quota

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/parallel"
)

// FleetFunction is one function of a fleet, with its label in the
// collection (["api"], [3]) and the VPC it is in, when known.
type FleetFunction struct {
	Label string
	// Step is the function's step in the collection, for Label's path.
	Step     PathStep
	Function Function
	VPCID    Value[string]
	// Region is the function's Region (the AWS provider's region argument):
	// null for the one default Region, unknown when it is not known yet.
	Region Value[string]
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
	// Region is the configuration's Region when Function is -1; otherwise
	// the function's counts.
	Region Value[string]
}

// Fleet is a collection of functions checked together, such as a for_each
// aws_lambda_function resource, and what else counts against the quotas they
// share.
type Fleet struct {
	// Name is the collection as users write it (functions, or a resource
	// address), and Path the same as steps, when it is an input's.
	Name      string
	Path      []PathStep
	Functions []FleetFunction
	// EFSMountTargets and OtherENIs count in every VPC the fleet uses.
	EFSMountTargets Value[int64]
	OtherENIs       Value[int64]
	// MountTargetSubnets are the subnets of EFS mount targets, each counted
	// in the VPC of the functions that use its subnet.
	MountTargetSubnets Strings
	// MountTargetIDs are the ids of those mount targets, where known: one a
	// snapshot holds is counted there, once.
	MountTargetIDs []Value[string]
	// MountTargetENIIDs are their network interfaces' ids, where known: a
	// snapshot may know a mount target by its ENI alone.
	MountTargetENIIDs        []Value[string]
	ExistingCodeStorageBytes Value[int64]
	// Accounts are what the rest of each Region's account spends, from
	// snapshots, by Region name ("" for the default Region).
	Accounts map[string]*AccountBase
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
	// Regions are the account checks, one per Region the fleet uses.
	Regions []RegionReport
	// CapacityProviders are the checks of the functions published on each
	// capacity provider.
	CapacityProviders []CapacityProviderReport
	// existing is the code storage stated as already used, which each
	// Region's total includes.
	existing Value[int64]
}

// RegionReport is the account check of one Region's functions and
// provisioned concurrency configurations.
type RegionReport struct {
	AccountReport
	// Region is the Region's name: empty for the default Region, "(unknown)"
	// for a member whose Region is not known yet, which is checked alone.
	Region string
	// Members and Provisioned are the indices in Fleet.Functions and
	// Fleet.Provisioned of what counts here; Changed says whether any of
	// them is not Existing, so that the check is reported.
	Members     []int
	Provisioned []int
	Changed     bool
}

// Spender is a member of a fleet that spends a shared quota: a function,
// or with Provisioned a provisioned concurrency configuration, by its index
// in Fleet.Functions or Fleet.Provisioned.
type Spender struct {
	Provisioned bool
	Index       int
}

// Spenders are the members of a Region that spend one of its quotas, the
// changed ones first: functions that reserve or provision concurrency and
// provisioned configurations for the floor, functions with local packages
// for code storage.
func (g RegionReport) Spenders(f Fleet, id ID) []Spender {
	var changed, existing []Spender
	add := func(s Spender, isExisting bool) {
		if isExisting {
			existing = append(existing, s)
		} else {
			changed = append(changed, s)
		}
	}
	for _, i := range g.Members {
		fn := f.Functions[i].Function
		rc := fn.ReservedConcurrentExecutions
		switch {
		case id == UnreservedConcurrencyMin && (rc.Unknown || rc.Set && rc.V > 0 || fn.ProvisionedConcurrentExecutions.Present()),
			id == CodeStorageMaxBytes && fn.Filename.Present():
			add(Spender{Index: i}, f.Functions[i].Existing)
		}
	}
	if id == UnreservedConcurrencyMin {
		for _, i := range g.Provisioned {
			add(Spender{Provisioned: true, Index: i}, f.Provisioned[i].Existing)
		}
	}
	return append(changed, existing...)
}

// Totals sums the Regions' reserved concurrency and code storage, for
// surfaces that show one figure for the whole fleet; the stated existing
// code storage counts once.
func (r FleetReport) Totals() (reserved, storage Value[int64]) {
	reserved, storage = Null[int64](), Null[int64]()
	for i, g := range r.Regions {
		if i > 0 && r.existing.IsKnown() && g.CodeStorageBytes.Set {
			g.CodeStorageBytes.V -= r.existing.V
		}
		if g.ReservedConcurrencyTotal.Present() {
			reserved = addSizes(Value[int64]{Set: true, V: reserved.V, Unknown: reserved.Unknown}, g.ReservedConcurrencyTotal)
		}
		if g.CodeStorageBytes.Present() {
			storage = addSizes(Value[int64]{Set: true, V: storage.V, Unknown: storage.Unknown}, g.CodeStorageBytes)
		}
	}
	return reserved, storage
}

// CheckFleet runs every per-function check on each function, naming it in
// its findings, then the checks the fleet shares: ENIs per VPC, and in each
// Region the reserved and provisioned concurrency total against the floor
// and the code storage of the local packages.
func CheckFleet(l Limits, f Fleet) FleetReport {
	rep := FleetReport{Functions: make([]FunctionReport, len(f.Functions))}
	var res Result
	// Functions are checked independently, so a large fleet uses every CPU.
	parallel.For(len(f.Functions), parallel.Runs(len(f.Functions)), func(_, i int) {
		rep.Functions[i] = CheckFunction(f.regionLimits(l, f.Functions[i].Region), f.Functions[i].Function)
	})
	subnetVPCs := f.SubnetVPCs
	if len(f.Accounts) > 0 {
		subnetVPCs = maps.Clone(f.SubnetVPCs)
		if subnetVPCs == nil {
			subnetVPCs = map[string]string{}
		}
		for _, b := range f.Accounts {
			maps.Copy(subnetVPCs, b.Snapshot.SubnetVPCs)
		}
	}
	for _, group := range vpcGroups(f.Functions, subnetVPCs) {
		vpc := VPC{ID: group.id, Name: group.name, Functions: Known(group.functions), OtherENIs: f.OtherENIs}
		vpc.Snapshot = f.vpcSnapshot(group)
		inUse, _ := vpc.inUse()
		vpc.EFSMountTargets = addSizes(f.EFSMountTargets, group.mountTargets(f.MountTargetSubnets, [][]Value[string]{f.MountTargetIDs, f.MountTargetENIIDs}, subnetVPCs, inUse))
		if !f.EFSMountTargets.Present() && !f.MountTargetSubnets.Present() {
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
	}
	rep.Regions, rep.existing = checkRegions(l, f, rep.Functions), f.ExistingCodeStorageBytes
	rep.CapacityProviders = capacityProviderVersions(l, f.Functions)

	for i, fn := range f.Functions {
		if fn.Existing {
			continue
		}
		r := rep.Functions[i].Result
		// Only findings carry the label; most functions have none.
		var subject string
		var subjectPath []PathStep
		if len(r.Findings) > 0 {
			subject = f.Name + fn.Label
			if f.Path != nil {
				subjectPath = append(slices.Clip(f.Path), fn.Step)
			}
		}
		res.merge(r, subject, subjectPath, "")
	}
	for g, r := range rep.VPCs {
		if rep.VPCChanged[g] {
			res.merge(r.Result, "", nil, "functions")
		}
	}
	for _, r := range rep.CapacityProviders {
		res.merge(r.Result, "", nil, "functions")
	}
	for _, g := range rep.Regions {
		if !g.Changed {
			continue
		}
		r := Result{Undecided: g.Undecided}
		for _, fd := range g.Findings {
			var names []string
			for _, s := range g.Spenders(f, fd.Quota) {
				if !s.Provisioned {
					names = append(names, f.Name+f.Functions[s.Index].Label)
				}
			}
			if len(names) > 0 {
				fd.Detail = joinSentences(fd.Detail, "It is spent by "+ListNames(names)+".")
			}
			r.Findings = append(r.Findings, fd)
		}
		res.merge(r, "", nil, "functions")
	}
	rep.Result = res
	return rep
}

// ListNames lists names in a sentence: all of up to three, else the first
// three and how many others.
func ListNames(names []string) string {
	switch n := len(names); {
	case n <= 1:
		return strings.Join(names, "")
	case n <= 3:
		return strings.Join(names[:n-1], ", ") + " and " + names[n-1]
	case n == 4:
		return fmt.Sprintf("%s, %s, %s and 1 other", names[0], names[1], names[2])
	default:
		return fmt.Sprintf("%s, %s, %s and %d others", names[0], names[1], names[2], n-3)
	}
}

// without is the result less its findings of one quota.
func (r Result) without(id ID) Result {
	out := Result{Undecided: r.Undecided}
	for _, f := range r.Findings {
		if f.Quota != id {
			out.Findings = append(out.Findings, f)
		}
	}
	return out
}

// unknownRegion names the group of a member whose Region is not known,
// and sensitiveRegion one whose Region is sensitive.
const (
	unknownRegion   = "(unknown)"
	sensitiveRegion = "(sensitive)"
)

// regionLimits are the limits of a Region: its account's applied values,
// where a snapshot of it gives them (the values stated by the user still
// win), so that a function's own checks agree with its Region's totals.
func (f Fleet) regionLimits(l Limits, region Value[string]) Limits {
	if region.Unknown {
		return l
	}
	if b := f.Accounts[region.V]; b != nil { // "" for the default Region
		return b.Snapshot.Limits(l)
	}
	return l
}

// regionOf is the group a member counts in: its Region, "" for the default
// one, or a group of its own while the Region is unknown.
func regionOf(v Value[string], index int) (key, name string) {
	switch {
	case v.Unknown:
		return fmt.Sprintf("\x00%d", index), unknownRegion
	case !v.Set:
		return "", ""
	case v.Sensitive:
		return v.V, sensitiveRegion
	}
	return v.V, v.V
}

// checkRegions checks each Region's concurrency and code storage. A member
// whose Region is unknown is checked alone, and may add to every other
// Region: what it adds there is unknown, so a Region's total stays a lower
// bound. Members of the default Region (no region set) likewise may be in
// any named Region.
func checkRegions(l Limits, f Fleet, reports []FunctionReport) []RegionReport {
	type group struct {
		RegionReport
		reserved, provisioned []Value[int64]
		storage               Value[int64]
		// stray: the Region is uncertain (unknown, or the default one
		// beside named ones); reserves and stores: a member adds to it.
		stray, reserves, stores bool
		// spenders counts the members that reserve or provision.
		spenders int
	}
	groups := map[string]*group{}
	var order []string
	get := func(key, name string) *group {
		g := groups[key]
		if g == nil {
			g = &group{RegionReport: RegionReport{Region: name}, storage: Value[int64]{Set: true}}
			groups[key] = g
			order = append(order, key)
		}
		return g
	}
	for i, fn := range f.Functions {
		key, name := regionOf(fn.Region, i)
		g := get(key, name)
		g.Members = append(g.Members, i)
		g.Changed = g.Changed || !fn.Existing
		rc := fn.Function.ReservedConcurrentExecutions
		g.reserved = append(g.reserved, rc)
		// Provisioned concurrency within a reservation is part of it.
		if p := fn.Function.ProvisionedConcurrentExecutions; p.Present() {
			if rc.Unknown {
				g.provisioned = append(g.provisioned, Unknown[int64]())
			} else if !rc.Set || rc.V < 0 {
				g.provisioned = append(g.provisioned, p)
			}
		}
		stored := fn.Function.CountsPackage()
		if stored {
			// Measured once, by CheckFunction; unreadable packages are
			// reported there and count as unknown here.
			g.storage = addSizes(g.storage, reports[i].PackageZippedBytes)
			if !reports[i].PackageZippedBytes.IsKnown() {
				g.storage.Unknown = true
			}
		}
		g.stray = g.stray || fn.Region.Unknown || !fn.Region.Set
		if rc.Unknown || rc.Set && rc.V > 0 || fn.Function.ProvisionedConcurrentExecutions.Present() {
			g.reserves = true
			g.spenders++
		}
		g.stores = g.stores || stored
	}
	for i, p := range f.Provisioned {
		region := p.Region
		if p.Function >= 0 && p.Function < len(f.Functions) {
			region = f.Functions[p.Function].Region
		}
		key, name := regionOf(region, len(f.Functions)+i)
		g := get(key, name)
		g.Provisioned = append(g.Provisioned, i)
		g.Changed = g.Changed || !p.Existing
		rc := Unknown[int64]()
		if p.Function >= 0 && p.Function < len(f.Functions) {
			rc = f.Functions[p.Function].Function.ReservedConcurrentExecutions
		}
		switch {
		case rc.Unknown:
			g.provisioned = append(g.provisioned, Value[int64]{Set: true, Unknown: true})
		case !rc.Set || rc.V < 0:
			g.provisioned = append(g.provisioned, p.Executions)
		}
		g.stray = g.stray || region.Unknown || !region.Set
		g.reserves = true
		g.spenders++
	}
	out := make([]RegionReport, 0, len(order))
	for _, key := range order {
		g := groups[key]
		// Two groups may be one Region when either's Region is uncertain:
		// what the other adds is then unknown, and this total a lower bound.
		for _, other := range order {
			h := groups[other]
			if h == g || !g.stray && !h.stray {
				continue
			}
			// Only two groups that both spend can break a quota together.
			if h.reserves && g.reserves {
				g.reserved = append(g.reserved, Value[int64]{Set: true, Unknown: true})
			}
			if h.stores && g.stores {
				g.storage.Unknown = true
			}
		}
		storage := g.storage
		if storage.V == 0 && !storage.Unknown && !f.ExistingCodeStorageBytes.Present() {
			storage = Null[int64]()
		}
		provisioned := Null[[]Value[int64]]()
		if len(g.provisioned) > 0 {
			provisioned = Known(g.provisioned)
		}
		base := f.Accounts[key]
		if base != nil {
			if storage.V == 0 && !storage.Unknown {
				// Only what the fleet adds is checked against the snapshot's
				// storage: what is deployed was accepted.
				storage = Null[int64]()
			}
		}
		g.AccountReport = CheckAccount(l, Account{
			Base:                            base,
			Region:                          g.Region,
			ReservedConcurrentExecutions:    Known(g.reserved),
			ProvisionedConcurrentExecutions: provisioned,
			CodeBytes:                       storage,
			ExistingCodeStorageBytes:        f.ExistingCodeStorageBytes,
		})
		if g.spenders == 1 && (base == nil || !base.Reserved.Present()) {
			// The one member's own check reports the same excess or
			// warning: one diagnostic per quota.
			g.Result = g.without(UnreservedConcurrencyMin)
		}
		out = append(out, g.RegionReport)
	}
	return out
}

// merge adds another result's findings, naming their subject, or else
// tying them to the attribute that holds the whole fleet.
func (r *Result) merge(other Result, subject string, subjectPath []PathStep, attr string) {
	for _, f := range other.Findings {
		if subject != "" {
			f.Subject, f.SubjectPath = subject, subjectPath
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
	// sensitive are the subnets that may not be named in messages.
	sensitive map[string]bool
	// changed: a member is not Existing, so the group is checked.
	changed bool
}

// vpcSnapshot is the snapshot that holds a VPC group: the one whose VPCs
// include its id, else the one of its members' Region.
func (f Fleet) vpcSnapshot(g *vpcGroup) *Snapshot {
	if len(f.Accounts) == 0 {
		return nil
	}
	if g.id.IsKnown() {
		for _, b := range f.Accounts {
			if _, ok := b.Snapshot.VPCs[g.id.V]; ok {
				return b.Snapshot
			}
		}
	}
	var found *Snapshot
	for _, i := range g.members {
		r := f.Functions[i].Region
		if r.Unknown {
			return nil
		}
		b := f.Accounts[r.V]
		if b == nil || found != nil && b.Snapshot != found {
			return nil
		}
		found = b.Snapshot
	}
	return found
}

// mountTargets counts the mount targets in the group's VPC, leaving out
// those inUse holds already.
func (g *vpcGroup) mountTargets(subnets Strings, ids [][]Value[string], subnetVPCs map[string]string, inUse *VPCInUse) Value[int64] {
	if subnets.Unknown {
		return Value[int64]{Set: true, Unknown: true}
	}
	held := func(i int) bool {
		for _, list := range ids {
			if inUse != nil && i < len(list) && list[i].IsKnown() && inUse.MountTargets[list[i].V] {
				return true
			}
		}
		return false
	}
	n := Known[int64](0)
	for i, s := range subnets.V {
		if held(i) {
			continue
		}
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
		// A subnet's VPC wins over the function's vpc_id, which may still
		// be the VPC it is moving out of.
		vpcIDs[i] = fn.VPCID
		for _, s := range f.SubnetIDs.V {
			if vpc, ok := subnetVPCs[s.V]; ok && !s.Unknown {
				vpcIDs[i] = Known(vpc)
				break
			}
		}
		if vpcIDs[i].IsKnown() && vpcIDs[i].V != "" {
			joinVPC(i, vpcIDs[i].V)
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
			g = &vpcGroup{subnets: map[string]bool{}, sensitive: map[string]bool{}}
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
				g.sensitive[s.V] = g.sensitive[s.V] || s.Sensitive
			}
		}
	}
	out := make([]*vpcGroup, 0, len(order))
	for _, root := range order {
		g := groups[root]
		if !g.id.IsKnown() {
			// Name the group by its subnets in messages, never by
			// sensitive ones.
			subnets := make([]string, 0, len(g.subnets))
			hidden := 0
			for s := range g.subnets {
				if g.sensitive[s] {
					hidden++
				} else {
					subnets = append(subnets, s)
				}
			}
			slices.Sort(subnets)
			if len(subnets) > 3 {
				subnets = append(subnets[:3], "...")
			}
			switch {
			case len(subnets) > 0:
				g.name = fmt.Sprintf("the VPC of subnets %s", strings.Join(subnets, ", "))
			case hidden > 0:
				g.name = fmt.Sprintf("the VPC of %d sensitive subnets", hidden)
			}
		}
		out = append(out, g)
	}
	return out
}
