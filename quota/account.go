package quota

import "fmt"

// Account is what a Region's account-wide quotas measure.
type Account struct {
	// ReservedConcurrentExecutions has one entry per function; -1 or null
	// means the function reserves nothing.
	ReservedConcurrentExecutions Value[[]Value[int64]]
	// PackageFilenames are local .zip packages of functions and layers.
	PackageFilenames         Strings
	ExistingCodeStorageBytes Value[int64]
}

// AccountReport is the outcome of CheckAccount.
type AccountReport struct {
	Result
	ReservedConcurrencyTotal Value[int64]
	UnreservedConcurrency    Value[int64]
	CodeStorageBytes         Value[int64]
}

// CheckAccount checks reserved concurrency against the unreserved floor and
// code storage against its quota.
func CheckAccount(l Limits, a Account) AccountReport {
	c := &checker{limits: l}
	rep := AccountReport{ReservedConcurrencyTotal: Null[int64](), UnreservedConcurrency: Null[int64](), CodeStorageBytes: Null[int64]()}

	if a.ReservedConcurrentExecutions.Set || a.ReservedConcurrentExecutions.Unknown {
		reserved := Value[int64]{Set: true, Unknown: a.ReservedConcurrentExecutions.Unknown}
		for i, r := range a.ReservedConcurrentExecutions.V {
			switch {
			case r.Unknown:
				reserved.Unknown = true
			case !r.Set || r.V == -1:
			case r.V < -1:
				c.invalid("reserved_concurrent_executions", i, "Invalid Reserved Concurrency",
					"Entry %d of reserved_concurrent_executions is %d. It must be -1 (no reservation) or a number from 0 upwards.", i, r.V)
			default:
				reserved = addSizes(reserved, Known(r.V))
			}
		}
		what := "the total reserved concurrency of the functions"
		switch {
		case !reserved.Unknown:
			c.reservedAgainstFloor("reserved_concurrent_executions", reserved.V, what)
			rep.ReservedConcurrencyTotal = reserved
			rep.UnreservedConcurrency = Known(l.Value(ConcurrentExecutions) - reserved.V)
		case reserved.V > l.Value(ConcurrentExecutions)-l.Value(UnreservedConcurrencyMin):
			c.reservedAgainstFloor("reserved_concurrent_executions", reserved.V, what+", counting only the values known before apply,")
			rep.ReservedConcurrencyTotal, rep.UnreservedConcurrency = Unknown[int64](), Unknown[int64]()
		default:
			c.undecided(UnreservedConcurrencyMin)
			rep.ReservedConcurrencyTotal, rep.UnreservedConcurrency = Unknown[int64](), Unknown[int64]()
		}
	}

	if a.PackageFilenames.Set || a.PackageFilenames.Unknown || a.ExistingCodeStorageBytes.Set || a.ExistingCodeStorageBytes.Unknown {
		storage := Value[int64]{Set: true, Unknown: a.PackageFilenames.Unknown}
		for i, name := range a.PackageFilenames.V {
			storage = addSizes(storage, c.measurePackage("package_filenames", i, name).zipped)
		}
		switch e := a.ExistingCodeStorageBytes; {
		case e.Unknown:
			storage.Unknown = true
		case e.Set && e.V < 0:
			c.invalid("existing_code_storage_bytes", -1, "Invalid Code Storage Size", "existing_code_storage_bytes is %d; a size cannot be negative.", e.V)
		case e.Set:
			storage = addSizes(storage, e)
		}
		rep.CodeStorageBytes = c.sizeAtMost(CodeStorageMaxBytes, "package_filenames", storage, "the code storage of the packages and the existing code")
	}
	rep.Result = c.res
	return rep
}

// reservedAgainstFloor checks reserved concurrency against what the account
// can reserve: its concurrency quota less the unreserved floor.
func (c *checker) reservedAgainstFloor(attr string, reserved int64, what string) {
	total, floor := c.limits.Value(ConcurrentExecutions), c.limits.Value(UnreservedConcurrencyMin)
	note := fmt.Sprintf(", which leaves %s: the account's %s of concurrency less the unreserved floor of %s",
		FormatAmount(total-floor, "executions"), FormatAmount(total, "executions"), FormatAmount(floor, "executions"))
	c.atMostLimit(UnreservedConcurrencyMin, attr, reserved, total-floor, what, note, ConcurrentExecutions)
}
