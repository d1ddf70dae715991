package plancheck

import (
	"fmt"
	"slices"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"

	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// Apply order. Terraform applies changes in dependency order and otherwise
// in any order, several at once, so a shared quota can be exceeded in the
// middle of an apply whose end state fits. Two moments are checked besides
// the end state:
//   - one that certainly comes: a create_before_destroy replacement holds its
//     old and new objects at once, while everything else holds at least the
//     lesser of what it had and what it will have (a new resource may not
//     exist yet, a destroyed one may be gone already); a violation there
//     fails the plan.
//   - the worst order: everything at the larger of the two, destroyed
//     resources still there; a violation only there depends on an order
//     Terraform does not fix, and warns.

// version is a function resource as deployed (before) and as planned.
type version struct {
	r             tfplan.Resource
	before, after quota.FleetFunction
	hasBefore     bool
}

// spend is what a concurrency setting spends: nothing for null or -1.
func spend(v quota.Value[int64]) int64 {
	if !v.Set || v.V < 0 {
		return 0
	}
	return v.V
}

// pick returns the value of the two that spends less (least) or more; an
// unknown one makes it unknown.
func pick(a, b quota.Value[int64], least bool) quota.Value[int64] {
	if a.Unknown || b.Unknown {
		return quota.Unknown[int64]()
	}
	if (spend(a) < spend(b)) == least {
		return a
	}
	return b
}

func sameStrings(a, b quota.Strings) bool {
	if a.Unknown || b.Unknown || a.Set != b.Set || len(a.V) != len(b.V) {
		return false
	}
	x, y := make([]string, len(a.V)), make([]string, len(b.V))
	for i := range a.V {
		if a.V[i].Unknown || b.V[i].Unknown {
			return false
		}
		x[i], y[i] = a.V[i].V, b.V[i].V
	}
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

// sameNetwork reports whether two objects of a function certainly use the
// same subnets and security groups, so the same ENI pairs.
func sameNetwork(a, b quota.Function) bool {
	return sameStrings(a.SubnetIDs, b.SubnetIDs) && sameStrings(a.SecurityGroupIDs, b.SecurityGroupIDs)
}

// samePackage reports whether two objects of a function certainly upload
// the same local package.
func samePackage(a, b quota.Function) bool {
	return a.Filename.IsKnown() && b.Filename.IsKnown() && a.Filename.V == b.Filename.V
}

// bound is a function between its two objects: what it certainly holds
// (least) or what it may hold at most. Its network is kept only when both
// have the same; the other one's pairs are added as a member of their own
// by the caller, where the worst case wants them.
func (v version) bound(least bool) quota.FleetFunction {
	out := v.after
	if !v.hasBefore {
		return out
	}
	a, b := &out.Function, v.before.Function
	a.ReservedConcurrentExecutions = pick(b.ReservedConcurrentExecutions, a.ReservedConcurrentExecutions, least)
	if a.ProvisionedConcurrentExecutions.Present() || b.ProvisionedConcurrentExecutions.Present() {
		a.ProvisionedConcurrentExecutions = pick(b.ProvisionedConcurrentExecutions, a.ProvisionedConcurrentExecutions, least)
	}
	if least && !sameNetwork(*a, b) {
		a.SubnetIDs, a.SecurityGroupIDs = quota.Null[[]quota.Value[string]](), quota.Null[[]quota.Value[string]]()
	}
	if least && !samePackage(*a, b) {
		a.Filename = quota.Null[string]()
	}
	return out
}

// networkOnly is a function's old network alone: the pairs it held,
// which AWS releases only after the function moves on.
func networkOnly(ff quota.FleetFunction, label string) quota.FleetFunction {
	return quota.FleetFunction{Label: label, Region: ff.Region, VPCID: ff.VPCID, Existing: true,
		Function: quota.Function{SubnetIDs: ff.Function.SubnetIDs, SecurityGroupIDs: ff.Function.SecurityGroupIDs}}
}

// moment is a fleet at one moment of the apply, with the addresses of its
// provisioned configurations.
type moment struct {
	fleet         quota.Fleet
	provisionedAt []string
	// adders, where set, are the resources that add to each quota: a
	// finding stands only where one of them spends it.
	adders map[string][]quota.ID
}

// added reports whether a resource that adds to the quota spends it.
func (m moment) added(id quota.ID, about []string) bool {
	if m.adders == nil {
		return true
	}
	return slices.ContainsFunc(about, func(a string) bool { return slices.Contains(m.adders[a], id) })
}

// checkApplyOrder checks the shared quotas at the moments above.
func (c *checker) checkApplyOrder(p *tfplan.Plan, byType map[string][]tfplan.Resource) {
	versions := c.functionVersions(p)
	deletedProvisioned := deletedOf(p, "aws_lambda_provisioned_concurrency_config")
	for i, v := range versions {
		if !v.r.CreateBeforeDestroy || !v.hasBefore {
			continue
		}
		m := c.momentFleet(versions, i)
		c.reportMoment(m, quota.Violation, fmt.Sprintf("This counts both objects of %s at once: create_before_destroy creates the new one "+
			"before it destroys the old, and the other resources at no more than they certainly hold then.", v.r.Address))
	}
	for _, r := range byType["aws_lambda_provisioned_concurrency_config"] {
		if r.CreateBeforeDestroy {
			m := c.momentFleet(versions, -1)
			c.addProvisioned(&m, r, r.Before(), true)
			c.addProvisioned(&m, r, r.Value(), false)
			c.reportMoment(m, quota.Violation, fmt.Sprintf("This counts both objects of %s at once: create_before_destroy creates the new one "+
				"before it destroys the old.", r.Address))
		}
	}
	if len(p.Deleted) == 0 && !c.anyUpdate(versions) {
		return
	}
	// Only what adds can race with what frees: a group is reported when a
	// member adds to it.
	worst := moment{fleet: c.baseFleet(), adders: map[string][]quota.ID{}}
	for _, v := range versions {
		ff := v.bound(false)
		adds := v.addsTo()
		ff.Existing = len(adds) == 0
		worst.adders[v.r.Address] = adds
		worst.fleet.Functions = append(worst.fleet.Functions, ff)
		if v.hasBefore && !sameNetwork(v.after.Function, v.before.Function) {
			worst.fleet.Functions = append(worst.fleet.Functions, networkOnly(v.before, v.r.Address+" (as deployed)"))
		}
	}
	for _, r := range c.provisionedRes {
		if r.Action == tfplan.Replace || r.Action == tfplan.Update {
			c.addProvisioned(&worst, r, r.Before(), true)
		}
		c.addProvisioned(&worst, r, r.Value(), !r.Action.Changed())
		if n := len(worst.fleet.Provisioned); r.Action != tfplan.Create && n > 1 && worst.fleet.Provisioned[n-2].Existing {
			// An update or replacement adds only what it raises.
			last, prev := &worst.fleet.Provisioned[n-1], worst.fleet.Provisioned[n-2]
			raises := last.Executions.Unknown || prev.Executions.Unknown || spend(last.Executions) > spend(prev.Executions)
			last.Existing = !raises
			worst.fleet.Provisioned[n-2].Executions = quota.Known[int64](0)
		}
		// Within its function's reservation it adds nothing.
		last := &worst.fleet.Provisioned[len(worst.fleet.Provisioned)-1]
		if last.Function >= 0 {
			if rc := worst.fleet.Functions[last.Function].Function.ReservedConcurrentExecutions; rc.IsKnown() && rc.V >= 0 {
				last.Existing = true
			}
		}
		if !last.Existing {
			worst.adders[r.Address] = []quota.ID{quota.UnreservedConcurrencyMin}
		}
	}
	for _, r := range deletedProvisioned {
		c.addProvisioned(&worst, r, r.Before(), true)
	}
	c.reportMoment(worst, quota.OrderDependent, "The plan also destroys or lowers what frees room for it, and Terraform does not order "+
		"unrelated changes: apply fails if they run first and fits only if the destroy or the decrease runs before them. "+
		"Make the resources that need the room depend on what frees it (depends_on), or apply the decrease first.")
}

// addsTo lists the shared quotas a function's change adds to: more
// concurrency, a new network pair, a new package.
func (v version) addsTo() []quota.ID {
	if v.after.Existing {
		return nil
	}
	a, b := v.after.Function, v.before.Function
	if !v.hasBefore {
		b = quota.Function{}
	}
	var out []quota.ID
	more := func(x, y quota.Value[int64]) bool { return x.Unknown || spend(x) > spend(y) }
	if more(a.ReservedConcurrentExecutions, b.ReservedConcurrentExecutions) ||
		more(a.ProvisionedConcurrentExecutions, b.ProvisionedConcurrentExecutions) {
		out = append(out, quota.UnreservedConcurrencyMin)
	}
	if a.SubnetIDs.Present() && !sameNetwork(a, b) {
		out = append(out, quota.ENIsPerVPC)
	}
	if a.Filename.Unknown || a.Filename.Set && !samePackage(a, b) {
		out = append(out, quota.CodeStorageMaxBytes)
	}
	return out
}

func (c *checker) anyUpdate(versions []version) bool {
	for _, v := range versions {
		if v.hasBefore {
			return true
		}
	}
	return false
}

func deletedOf(p *tfplan.Plan, typ string) []tfplan.Resource {
	var out []tfplan.Resource
	for _, r := range p.Deleted {
		if r.Type == typ {
			out = append(out, r)
		}
	}
	return out
}

// functionVersions are the plan's functions as planned and as deployed,
// with the deleted ones as deployed only.
func (c *checker) functionVersions(p *tfplan.Plan) []version {
	out := make([]version, 0, len(c.functions))
	for i, r := range c.functions {
		v := version{r: r, after: c.fleet.Functions[i]}
		if before := r.Before(); before != cty.NilVal && (r.Action == tfplan.Update || r.Action == tfplan.Replace) {
			v.before, v.hasBefore = c.fleetFunction(&decode.Decoder{}, r, decode.New(before, r.Address)), true
			v.before.Existing = true
		}
		out = append(out, v)
	}
	for _, r := range deletedOf(p, "aws_lambda_function") {
		ff := c.fleetFunction(&decode.Decoder{}, r, decode.New(r.Before(), r.Address))
		ff.Existing = true
		out = append(out, version{r: r, after: ff})
	}
	return out
}

// baseFleet is the fleet's shared inputs without its members.
func (c *checker) baseFleet() quota.Fleet {
	f := c.fleet
	f.Functions, f.Provisioned = nil, nil
	return f
}

// momentFleet is the fleet while the function at cbd (-1 for none) holds
// its old and new objects: every other function at what it certainly holds.
func (c *checker) momentFleet(versions []version, cbd int) moment {
	m := moment{fleet: c.baseFleet()}
	for i, v := range versions {
		switch {
		case i == cbd:
			old := v.before
			old.Label = v.r.Address + " (old)"
			m.fleet.Functions = append(m.fleet.Functions, v.after, old)
		case v.r.Action == tfplan.Create || i >= len(c.functions):
			// Not there yet, or gone already: certain of nothing.
		default:
			ff := v.bound(true)
			ff.Existing = true
			m.fleet.Functions = append(m.fleet.Functions, ff)
		}
	}
	for _, r := range c.provisionedRes {
		if r.Action == tfplan.Unchanged {
			c.addProvisioned(&m, r, r.Value(), true)
		}
	}
	return m
}

// addProvisioned adds one object of a provisioned concurrency configuration
// to a moment's fleet.
func (c *checker) addProvisioned(m *moment, r tfplan.Resource, val cty.Value, existing bool) {
	if val == cty.NilVal {
		return
	}
	v := decode.New(val, r.Address)
	dc := &decode.Decoder{}
	fn := -1
	i, _, region := c.functionOf(r, v)
	if i >= 0 {
		fn = slices.IndexFunc(m.fleet.Functions, func(ff quota.FleetFunction) bool { return ff.Label == c.fleet.Functions[i].Label })
	}
	m.fleet.Provisioned = append(m.fleet.Provisioned, quota.FleetProvisioned{Function: fn, Region: region, Existing: existing,
		Executions: dc.Int64(v.Get("provisioned_concurrent_executions"))})
	m.provisionedAt = append(m.provisionedAt, r.Address)
}

// reportMoment reports the shared-quota violations of a moment that the end
// state did not already report, as kind, with a note on the moment.
func (c *checker) reportMoment(m moment, kind quota.Kind, note string) {
	rep := quota.CheckFleet(c.opts.Limits, m.fleet)
	for _, g := range rep.Regions {
		if !g.Changed {
			continue
		}
		for _, f := range g.Findings {
			if about := spenders(m.fleet, m.provisionedAt, g, f.Quota); f.Kind == quota.Violation && m.added(f.Quota, about) {
				c.addMoment(f, kind, note, about)
			}
		}
	}
	for g, vr := range rep.VPCs {
		if !rep.VPCChanged[g] {
			continue
		}
		var members []string
		for _, i := range rep.VPCMembers[g] {
			members = append(members, m.fleet.Functions[i].Label)
		}
		for _, f := range vr.Findings {
			if f.Kind == quota.Violation && m.added(f.Quota, members) {
				c.addMoment(f, kind, note, members)
			}
		}
	}
}

// addMoment adds a finding of a moment unless one of the same quota about
// the same resources stands already.
func (c *checker) addMoment(f quota.Finding, kind quota.Kind, note string, about []string) {
	for _, it := range c.rep.Items {
		if it.Quota == f.Quota && (it.Kind == quota.Violation || it.Kind == kind) &&
			(slices.Contains(about, it.Address) || slices.ContainsFunc(it.Related, func(a string) bool { return slices.Contains(about, a) })) {
			return
		}
	}
	f.Kind, f.Detail = kind, f.Detail+" "+note
	addr, related := "", about
	if len(about) > 0 {
		addr, related = about[0], about[1:]
	}
	c.rep.Items = append(c.rep.Items, Item{Address: addr, Related: related, Finding: f})
}
