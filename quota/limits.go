package quota

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Limits are the effective quota values: the catalog's, with a team's overrides
// applied. The zero Limits is not usable; start from DefaultLimits or
// Catalog.Limits.
type Limits struct {
	catalog   *Catalog
	overrides map[ID]int64
	// applied are an account's own values, from a snapshot: they replace
	// the catalog's, and a stated override still wins over them.
	applied       map[ID]int64
	appliedSource string
	// unknown holds the quotas overridden by values not known yet, and
	// allUnknown says that any quota may be (the overrides are unknown as a
	// whole, or not seen at all). A check against such a quota reports only
	// what is certain whatever the override: see Limits.Certain.
	unknown    map[ID]bool
	allUnknown bool
	// WarnAtPercent, when above zero, makes checks warn about any measured
	// value at or above that share of its quota.
	WarnAtPercent float64
}

// DefaultLimits returns the embedded catalog's values, without overrides.
func DefaultLimits() Limits { return DefaultCatalog().Limits() }

// Limits returns the catalog's values, without overrides.
func (c *Catalog) Limits() Limits { return Limits{catalog: c} }

// Catalog returns the catalog the limits come from.
func (l Limits) Catalog() *Catalog { return l.catalog }

// Value returns the effective value of a quota; it panics on an id the
// catalog does not hold, since ids used by checks are constants under test.
func (l Limits) Value(id ID) int64 {
	if v, ok := l.overrides[id]; ok {
		return v
	}
	if v, ok := l.applied[id]; ok {
		return v
	}
	q, ok := l.catalog.Lookup(id)
	if !ok {
		panic(fmt.Sprintf("quota: unknown id %q", id))
	}
	return q.Value
}

// Quota returns the catalog entry of a quota with its effective value.
func (l Limits) Quota(id ID) Quota {
	q, ok := l.catalog.Lookup(id)
	if !ok {
		panic(fmt.Sprintf("quota: unknown id %q", id))
	}
	q.Value = l.Value(id)
	return q
}

// WithUnknownOverrides returns limits in which the given quotas, or every
// quota when none is given, may be overridden by values not known yet.
func (l Limits) WithUnknownOverrides(ids ...ID) Limits {
	out := l
	if len(ids) == 0 {
		out.allUnknown = true
		return out
	}
	out.unknown = maps.Clone(l.unknown)
	if out.unknown == nil {
		out.unknown = make(map[ID]bool, len(ids))
	}
	for _, id := range ids {
		out.unknown[id] = true
	}
	return out
}

// WithApplied returns limits in which an account's applied quota values,
// read from source (a snapshot), replace the catalog's; overrides still win.
// Each keeps the provider's rules: a quota AWS derives or does not let
// accounts raise is only ever made stricter, and a value that is not
// positive is left out.
func (l Limits) WithApplied(values map[ID]int64, source string) Limits {
	out := l
	out.applied, out.appliedSource = make(map[ID]int64, len(values)), source
	for id, v := range values {
		q, ok := l.catalog.Lookup(id)
		switch {
		case !ok || v <= 0 || q.DerivedFrom != "" || q.Bound == BoundRule:
		case q.Overridable(), q.Bound == BoundMin && v >= q.Value, q.Bound != BoundMin && v <= q.Value:
			out.applied[id] = v
		}
	}
	return out
}

// Known reports whether every quota's value is known.
func (l Limits) Known() bool { return !l.allUnknown && len(l.unknown) == 0 }

// Certain reports whether a check against the quota can be decided. It can
// when the quota's value is known. When an override is still unknown, a
// fixed quota can only have been made stricter, so a value beyond AWS's own
// limit is certainly a violation (certainIfViolated); a quota the account
// can raise decides nothing.
func (l Limits) Certain(id ID) (known, certainIfViolated bool) {
	if !l.allUnknown && !l.unknown[id] {
		return true, true
	}
	q, _ := l.catalog.Lookup(id)
	return false, !q.Overridable()
}

// Values returns every quota's effective value by id.
func (l Limits) Values() map[ID]int64 {
	out := make(map[ID]int64, len(l.catalog.quotas))
	for _, q := range l.catalog.quotas {
		out[q.ID] = l.Value(q.ID)
	}
	return out
}

// CheckWarnAtPercent checks a warn_at_percent setting, a share of a quota
// above 0 and at most 100, and says in full sentences what is wrong.
func CheckWarnAtPercent(pct float64) (problem string, ok bool) {
	if pct > 0 && pct <= 100 {
		return "", true
	}
	return fmt.Sprintf("warn_at_percent must be more than 0 and at most 100, got %s. "+
		"It is the share of a quota at which a measured value starts to warn, such as 90.", strconv.FormatFloat(pct, 'f', -1, 64)), false
}

// OverrideError explains why an override was refused.
type OverrideError struct {
	ID     string
	Value  float64
	Reason string
}

func (e *OverrideError) Error() string {
	return fmt.Sprintf("quota %q: %s", e.ID, e.Reason)
}

// maxOverride keeps overrides exact in a float64 and far above any AWS quota.
const maxOverride = 1 << 53

// WithOverrides returns limits with the given values in place of the catalog's.
// It checks every override and returns one error per refused id, in id order;
// refused overrides are left out of the returned limits.
//
// The rules: the id must be in the catalog; the value must be a positive whole
// number; a quota AWS does not let you raise may only be made stricter (a
// maximum lowered, a minimum raised); a quota AWS derives from another takes
// no override; and a minimum may not exceed its paired maximum.
func (l Limits) WithOverrides(values map[string]float64) (Limits, []error) {
	out := l
	out.overrides = maps.Clone(l.overrides)
	if out.overrides == nil {
		out.overrides = make(map[ID]int64, len(values))
	}
	var errs []error
	for _, key := range slices.Sorted(maps.Keys(values)) {
		v := values[key]
		q, ok := l.catalog.Lookup(ID(key))
		if err := checkOverride(q, ok, key, v, l.catalog); err != nil {
			errs = append(errs, err)
			continue
		}
		out.overrides[q.ID] = int64(v)
	}
	for _, q := range l.catalog.quotas {
		if q.PairedMax == "" {
			continue
		}
		// Refuse the override that crossed the pair: the minimum if it was
		// set, then the maximum if it is still below the minimum.
		for lo, hi := out.Value(q.ID), out.Value(q.PairedMax); lo > hi; lo, hi = out.Value(q.ID), out.Value(q.PairedMax) {
			if _, minSet := out.overrides[q.ID]; minSet {
				errs = append(errs, &OverrideError{ID: string(q.ID), Value: float64(lo),
					Reason: fmt.Sprintf("the minimum %d may not exceed %s, which is %d", lo, q.PairedMax, hi)})
				delete(out.overrides, q.ID)
				continue
			}
			errs = append(errs, &OverrideError{ID: string(q.PairedMax), Value: float64(hi),
				Reason: fmt.Sprintf("the maximum %d may not be below %s, which is %d", hi, q.ID, lo)})
			delete(out.overrides, q.PairedMax)
		}
	}
	return out, errs
}

func checkOverride(q Quota, known bool, key string, v float64, c *Catalog) error {
	refuse := func(format string, args ...any) error {
		return &OverrideError{ID: key, Value: v, Reason: fmt.Sprintf(format, args...)}
	}
	switch {
	case !known:
		ids := make([]string, 0, len(c.quotas))
		for _, id := range c.IDs() {
			ids = append(ids, string(id))
		}
		return refuse("no such quota; valid ids are: %s", strings.Join(ids, ", "))
	case q.Bound == BoundRule:
		return refuse("this is a rule AWS enforces, with no value to override")
	case q.DerivedFrom != "" && int64(v) != q.Value:
		// Its own value is accepted, so that lambdaquota_limits' map of every
		// quota can be passed back to functions.
		// A lower floor on a large account would let reservations through
		// that AWS refuses; the floor is min(100, the account's quota).
		return refuse("AWS derives it from %s, so it cannot be stated on its own; state your account's %s instead "+
			"(an account of 50 has a floor of 50)", q.DerivedFrom, q.DerivedFrom)
	case math.IsNaN(v) || math.IsInf(v, 0) || v <= 0 || v != math.Trunc(v):
		return refuse("the value must be a positive whole number, got %s", formatFloat(v))
	case v > maxOverride:
		return refuse("the value %s is larger than any AWS quota", formatFloat(v))
	case q.Overridable():
		return nil
	case q.Bound != BoundMin && int64(v) > q.Value:
		return refuse("AWS does not let this quota be raised, so it may only be lowered from %d, got %s", q.Value, formatFloat(v))
	case q.Bound == BoundMin && int64(v) < q.Value:
		return refuse("AWS does not let this minimum be lowered, so it may only be raised from %d, got %s", q.Value, formatFloat(v))
	}
	return nil
}

func formatFloat(v float64) string {
	return fmt.Sprintf("%g", v)
}
