package quota

import "fmt"

// Account is what a Region's account-wide quotas measure.
type Account struct {
	// Region names the Region in messages; empty when there is one.
	Region string
	// ReservedConcurrentExecutions has one entry per function; -1 or null
	// means the function reserves nothing.
	ReservedConcurrentExecutions Value[[]Value[int64]]
	// ProvisionedConcurrentExecutions has one entry per provisioned
	// concurrency configuration of a function that reserves nothing; within a
	// reservation, provisioned concurrency is part of it.
	ProvisionedConcurrentExecutions Value[[]Value[int64]]
	// PackageFilenames are local .zip packages of functions and layers.
	PackageFilenames Strings
	// CodeBytes is the zipped size of packages measured already.
	CodeBytes                Value[int64]
	ExistingCodeStorageBytes Value[int64]
	// Base is what the rest of the account spends, from a snapshot; nil
	// without one.
	Base *AccountBase
}

// AccountReport is the outcome of CheckAccount.
type AccountReport struct {
	Result
	ReservedConcurrencyTotal Value[int64]
	UnreservedConcurrency    Value[int64]
	CodeStorageBytes         Value[int64]
	// ReservableConcurrency and CodeStorageLimit are the limits the totals
	// were checked against: the account's, from its snapshot where there
	// is one.
	ReservableConcurrency int64
	CodeStorageLimit      int64
}

// CheckAccount checks reserved concurrency against the unreserved floor and
// code storage against its quota.
func CheckAccount(l Limits, a Account) AccountReport {
	if a.Base != nil {
		l = a.Base.Snapshot.Limits(l)
	}
	c := &checker{limits: l}
	rep := AccountReport{ReservedConcurrencyTotal: Null[int64](), UnreservedConcurrency: Null[int64](), CodeStorageBytes: Null[int64](),
		ReservableConcurrency: c.reservable(), CodeStorageLimit: l.Value(CodeStorageMaxBytes)}

	if a.ReservedConcurrentExecutions.Present() || a.ProvisionedConcurrentExecutions.Present() {
		reserved := c.concurrencies("reserved_concurrent_executions", "Reserved", a.ReservedConcurrentExecutions, -1)
		provisioned := c.concurrencies("provisioned_concurrent_executions", "Provisioned", a.ProvisionedConcurrentExecutions, 0)
		total := addSizes(reserved, provisioned)
		what := "the total reserved concurrency of the functions" + inRegion(a.Region)
		if a.ProvisionedConcurrentExecutions.Present() {
			what = "the total reserved and provisioned concurrency of the functions" + inRegion(a.Region)
		}
		if b := a.Base; b != nil && b.Reserved.Present() {
			total = addSizes(total, b.Reserved)
			what += fmt.Sprintf(" with the %s%s reserved elsewhere in the account, from %s,", leastWord(b.Reserved),
				FormatAmount(b.Reserved.V, "executions"), snapshotName(b.Snapshot.Source))
		}
		found := len(c.res.Findings)
		rep.ReservedConcurrencyTotal, rep.UnreservedConcurrency = Unknown[int64](), Unknown[int64]()
		switch {
		case !total.Unknown:
			c.reservedAgainstFloor("reserved_concurrent_executions", total.V, what)
			rep.ReservedConcurrencyTotal = total
			rep.UnreservedConcurrency = Known(l.Value(ConcurrentExecutions) - total.V)
		case total.V > c.reservable():
			c.reservedAgainstFloor("reserved_concurrent_executions", total.V, what+", counting only the values known before apply,")
		default:
			c.undecided(UnreservedConcurrencyMin)
		}
		if len(c.res.Findings) > found && provisioned.V > 0 {
			f := &c.res.Findings[len(c.res.Findings)-1]
			f.Remedy, f.dataSourceRemedy = provisionedRemedy(reserved.V, provisioned.V), ""
		}
	}

	if a.PackageFilenames.Present() || a.CodeBytes.Present() || a.ExistingCodeStorageBytes.Present() {
		// A snapshot's storage is checked only with packages to add to it:
		// what is deployed already was accepted.
		storage := Value[int64]{Set: true, Unknown: a.PackageFilenames.Unknown}
		if a.CodeBytes.Present() {
			storage = addSizes(storage, a.CodeBytes)
		}
		for i, name := range a.PackageFilenames.V {
			storage = addSizes(storage, c.measurePackage("package_filenames", i, name).zipped)
		}
		what := "the code storage of the packages and the existing code" + inRegion(a.Region)
		if b := a.Base; b != nil && b.CodeStorage.Present() {
			storage = addSizes(storage, b.CodeStorage)
			what = fmt.Sprintf("the code storage of the packages%s with the %s%s the rest of the account stores, from %s,",
				inRegion(a.Region), leastWord(b.CodeStorage), FormatAmount(b.CodeStorage.V, "bytes"), snapshotName(b.Snapshot.Source))
		}
		switch e := a.ExistingCodeStorageBytes; {
		case e.Unknown:
			storage.Unknown = true
		case e.Set && e.V < 0:
			c.invalid("existing_code_storage_bytes", -1, "Invalid Code Storage Size", "existing_code_storage_bytes is %d; a size cannot be negative.", e.V)
		case e.Set:
			storage = addSizes(storage, e)
		}
		rep.CodeStorageBytes = c.sizeAtMost(CodeStorageMaxBytes, "package_filenames", storage, what)
	}
	rep.Result = c.res
	return rep
}

// inRegion names a Region after what is measured in it.
func inRegion(region string) string {
	switch region {
	case "":
		return ""
	case unknownRegion:
		return " in a Region not known until apply"
	case sensitiveRegion:
		return " in a Region given as a sensitive value"
	}
	return " in Region " + region
}

// provisionedRemedy fits the remedy to what spends the concurrency: the
// floor's own remedy speaks of reservations only.
func provisionedRemedy(reserved, provisioned int64) string {
	amount := FormatAmount(provisioned, "executions")
	if reserved == 0 {
		return "Provisioned concurrency configurations of functions that reserve nothing spend " + amount +
			" of it. Lower provisioned_concurrent_executions on aws_lambda_provisioned_concurrency_config, or raise the account's concurrency quota (Service Quotas code L-B99A9384)."
	}
	return fmt.Sprintf("Reservations spend %s of it and provisioned concurrency configurations of functions that reserve nothing %s. "+
		"Lower reserved_concurrent_executions (-1 removes a reservation) or provisioned_concurrent_executions on aws_lambda_provisioned_concurrency_config, "+
		"or raise the account's concurrency quota (Service Quotas code L-B99A9384).", FormatAmount(reserved, "executions"), amount)
}

// concurrencies sums a list of concurrency settings, leaving out null and
// the "none" value; the sum is unknown, with the known part as a lower
// bound, when an entry is.
func (c *checker) concurrencies(attr, kind string, list Value[[]Value[int64]], none int64) Value[int64] {
	sum := Value[int64]{Set: true, Unknown: list.Unknown}
	for i, r := range list.V {
		switch {
		case r.Unknown:
			sum.Unknown = true
		case !r.Set || r.V == none:
		case r.V < none:
			c.invalid(attr, i, "Invalid "+kind+" Concurrency",
				"Entry %d of %s is %d. It must be %d (none) or a number from %d upwards.", i, attr, r.V, none, none+1)
		default:
			sum = addSizes(sum, Known(r.V))
		}
	}
	return sum
}

// floor is the unreserved concurrency the account keeps: 100, or the whole
// concurrency quota of an account that has less (50 or 10 on new accounts),
// so that nothing can be reserved there.
func (c *checker) floor() int64 {
	return min(c.limits.Value(UnreservedConcurrencyMin), c.limits.Value(ConcurrentExecutions))
}

// reservable is the concurrency that may be reserved or provisioned.
func (c *checker) reservable() int64 { return c.limits.Value(ConcurrentExecutions) - c.floor() }

// reservedAgainstFloor checks reserved (and provisioned) concurrency against
// what the account can reserve: its concurrency quota less the unreserved
// floor. Reserving nothing, or 0 to throttle a function, always fits.
func (c *checker) reservedAgainstFloor(attr string, reserved int64, what string) {
	total, floor := c.limits.Value(ConcurrentExecutions), c.floor()
	note := fmt.Sprintf(", which leaves %s: the account's %s of concurrency less the unreserved floor of %s (100, or the whole quota when it is lower)",
		FormatAmount(total-floor, "executions"), FormatAmount(total, "executions"), FormatAmount(floor, "executions"))
	c.atMostLimit(UnreservedConcurrencyMin, attr, reserved, total-floor, what, note, ConcurrentExecutions)
}
