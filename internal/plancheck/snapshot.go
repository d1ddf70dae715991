package plancheck

import (
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
func (c *checker) accounts(byType map[string][]Resource) {
	snaps := c.opts.Snapshots
	if len(snaps) == 0 {
		return
	}
	held := map[string][]quota.Holding{}
	reserves := map[string]quota.Value[int64]{}
	hold := func(r Resource, attrs func(decode.Val, *decode.Decoder) quota.Holding) {
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

// deployedValue is a resource's object as deployed today; cty.NilVal for
// one the plan creates.
func deployedValue(r Resource) cty.Value {
	if r.Action == Create {
		return cty.NilVal
	}
	if b := r.Before(); b != cty.NilVal {
		return b
	}
	return r.Value()
}
