package quota

import "fmt"

// CapacityProvider is an aws_lambda_capacity_provider, which runs functions
// on Lambda Managed Instances.
type CapacityProvider struct {
	Name         Value[string]
	MaxVCPUCount Value[int64]
}

// CheckCapacityProvider checks a capacity provider's scaling limit.
func CheckCapacityProvider(l Limits, p CapacityProvider) Result {
	c := &checker{limits: l}
	checkInput(c, p.MaxVCPUCount, []ID{CapacityProviderMaxVCPUMin, CapacityProviderMaxVCPUMax},
		c.between(CapacityProviderMaxVCPUMin, CapacityProviderMaxVCPUMax, "max_vcpu_count", "the maximum vCPU count"+ofName("capacity provider", p.Name)))
	return c.res
}

// CheckCapacityProviderCount checks the number of capacity providers in a
// Region: n, unknown with its known part as a lower bound when some are.
func CheckCapacityProviderCount(l Limits, n Value[int64], region string) Result {
	c := &checker{limits: l}
	what := "the number of capacity providers" + inRegion(region)
	if n.Unknown {
		what += ", counting only those certainly there,"
	}
	if n.Unknown && n.V <= l.Value(CapacityProvidersMax) {
		c.undecided(CapacityProvidersMax)
		return c.res
	}
	c.atMost(CapacityProvidersMax, "capacity_providers", n.V, what)
	return c.res
}

// CapacityProviderReport is the check of the functions a fleet publishes
// on one capacity provider; Provider is "" for those whose provider or
// publishing is not known yet, which are undecided.
type CapacityProviderReport struct {
	Result
	Provider string
	Members  []int
}

// capacityProviderVersions checks the published functions of a fleet on
// each capacity provider: each holds at least one version there.
func capacityProviderVersions(l Limits, fns []FleetFunction) []CapacityProviderReport {
	byARN := map[string]*CapacityProviderReport{}
	var out []*CapacityProviderReport
	var uncertain *CapacityProviderReport
	for i, fn := range fns {
		f := fn.Function
		switch {
		case !may(f.ManagedInstances) || !may(f.Publish):
		case f.CapacityProviderARN.IsKnown() && is(f.Publish):
			r := byARN[f.CapacityProviderARN.V]
			if r == nil {
				r = &CapacityProviderReport{Provider: f.CapacityProviderARN.V}
				byARN[r.Provider] = r
				out = append(out, r)
			}
			r.Members = append(r.Members, i)
		default:
			if uncertain == nil {
				uncertain = &CapacityProviderReport{}
			}
			uncertain.Members = append(uncertain.Members, i)
		}
	}
	limit := l.Value(CapacityProviderFunctionVersionsMax)
	reports := make([]CapacityProviderReport, 0, len(out)+1)
	for _, r := range out {
		c := &checker{limits: l}
		if n := int64(len(r.Members)); n > limit {
			c.atMost(CapacityProviderFunctionVersionsMax, "functions", n, fmt.Sprintf(
				"the number of functions published on capacity provider %s, each holding at least one version (older versions may add more),",
				quoted(Known(r.Provider))))
		}
		r.Result = c.res
		reports = append(reports, *r)
	}
	if uncertain != nil {
		uncertain.Undecided = []ID{CapacityProviderFunctionVersionsMax}
		reports = append(reports, *uncertain)
	}
	return reports
}
