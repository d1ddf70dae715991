package plancheck

import (
	"fmt"
	"strconv"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"

	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// accounts gives the fleet what the rest of each snapshot's account
// spends: the snapshot's reservations and code storage less what the
// plan's deployed functions and provisioned concurrency configurations hold
// today, as the prior state records it, since the checks count them as
// planned. With one snapshot, resources whose Region the plan does not say
// are taken to be in it: the user gave it for this plan.
func (c *checker) accounts(byType map[string][]tfplan.Resource) {
	snaps := c.opts.Snapshots
	if len(snaps) == 0 {
		return
	}
	held := map[string][]quota.Holding{}
	reserves := map[string]quota.Value[int64]{}
	hold := func(r tfplan.Resource, attrs func(decode.Val, *decode.Decoder) quota.Holding) {
		v := deployedValue(r)
		if r.Mode != "managed" || v == cty.NilVal {
			return
		}
		dv := decode.New(v, r.Address)
		region := c.regionOf(r, dv)
		if region.Unknown {
			return
		}
		held[region.V] = append(held[region.V], attrs(dv, &decode.Decoder{}))
	}
	c.createdButListed(byType["aws_lambda_function"], held)
	for _, r := range append(byType["aws_lambda_function"], deletedOf(c.plan, "aws_lambda_function")...) {
		// The fleet counts a function's package when it plans a local one:
		// only then is the deployed one taken out, or when it is destroyed.
		code := true
		if i, ok := c.byAddr[r.Address]; ok {
			code = c.fleet.Functions[i].Function.CountsPackage()
		}
		hold(r, func(v decode.Val, dc *decode.Decoder) quota.Holding {
			rc := dc.Int64(v.Get("reserved_concurrent_executions"))
			reserves[r.Address] = rc
			return quota.Holding{Name: dc.String(v.Get("function_name")), Code: code, Reserved: rc}
		})
	}
	for _, r := range append(byType["aws_lambda_provisioned_concurrency_config"], deletedOf(c.plan, "aws_lambda_provisioned_concurrency_config")...) {
		hold(r, func(v decode.Val, dc *decode.Decoder) quota.Holding {
			h := quota.Holding{Reserved: dc.Int64(v.Get("provisioned_concurrent_executions"))}
			// Within its function's reservation it holds nothing of its own;
			// of a function outside the plan, that is not known.
			i, _, _ := c.functionOf(r, v)
			rc := quota.Unknown[int64]()
			if i >= 0 {
				rc = reserves[c.functions[i].Address]
			}
			switch {
			case rc.Unknown:
				h.Reserved = quota.Unknown[int64]()
			case rc.Set && rc.V >= 0:
				h.Reserved = quota.Null[int64]()
			}
			return h
		})
	}
	c.fleet.Accounts = map[string]*quota.AccountBase{}
	for _, s := range snaps {
		h := held[s.Region]
		if len(snaps) == 1 {
			c.fleet.Accounts[""] = s.Base(held[""])
		}
		c.fleet.Accounts[s.Region] = s.Base(h)
	}
}

// createdButListed warns of each function the plan creates that a
// snapshot of its Region already lists: CreateFunction fails on a name in
// use (ResourceConflictException), unless the snapshot predates its
// deletion. Either way what the listed function reserves may be counted in
// the snapshot's reservations, so it is taken out as unknown, and its
// package as listed, rather than counted a second time beside the plan's.
func (c *checker) createdButListed(functions []tfplan.Resource, held map[string][]quota.Holding) {
	for _, r := range functions {
		if r.Mode != "managed" || r.Action != tfplan.Create {
			continue
		}
		v := decode.New(r.Value(), r.Address)
		name := (&decode.Decoder{}).String(v.Get("function_name"))
		region := c.regionOf(r, v)
		if !name.IsKnown() || region.Unknown {
			continue
		}
		for _, s := range c.opts.Snapshots {
			if _, listed := s.Functions[name.V]; !listed || s.Region != region.V && (len(c.opts.Snapshots) > 1 || region.Set) {
				continue
			}
			held[region.V] = append(held[region.V], quota.Holding{Name: name, Code: true, Reserved: quota.Unknown[int64]()})
			what := "function " + strconv.Quote(name.V)
			if name.Sensitive {
				what = "a function (its name is sensitive)"
			}
			c.rep.Items = append(c.rep.Items, Item{Address: r.Address, Finding: quota.Finding{Kind: quota.Inconsistent, Index: -1,
				Summary: "Function Being Created Is In The Account Snapshot",
				Detail: fmt.Sprintf("The plan creates %s, which the account snapshot %s already lists. Lambda refuses to create a function "+
					"whose name is in use (ResourceConflictException), unless the snapshot was taken before that function was deleted. "+
					"Its share of the snapshot's reservations is not known, so the concurrency floor is decided only where the plan alone "+
					"breaks it.", what, s.Source),
				Remedy: "Take the snapshot again, or import the function into the configuration if it is deployed."}})
		}
	}
}

// deployedValue is a resource's object as deployed today; cty.NilVal for
// one the plan creates.
func deployedValue(r tfplan.Resource) cty.Value {
	if r.Action == tfplan.Create {
		return cty.NilVal
	}
	if b := r.Before(); b != cty.NilVal {
		return b
	}
	return r.Value()
}
