package quota

import (
	"fmt"
	"strings"
)

// FunctionUpdate is a deployed function and what an in-place update makes
// of it: only a saved plan shows both.
type FunctionUpdate struct {
	Before, After Function
}

// CheckFunctionUpdate checks what an in-place update may not change: the
// settings Lambda takes only when it creates a function. A replacement
// creates a new function, so it is not an update here.
func CheckFunctionUpdate(l Limits, u FunctionUpdate) Result {
	c := &checker{limits: l}
	of := ofName("function", u.After.Name)
	var changed []string
	undecided := false
	for _, s := range []struct {
		block         string
		before, after Value[bool]
	}{
		{"durable_config", given(u.Before.DurableExecutionTimeout), given(u.After.DurableExecutionTimeout)},
		{"tenancy_config", u.Before.TenantIsolation, u.After.TenantIsolation},
	} {
		before, after := orOff(s.before), orOff(s.after)
		switch {
		case before.Unknown || after.Unknown:
			undecided = true
		case before.V != after.V:
			verb := map[bool]string{true: "adds", false: "removes"}[after.V]
			changed = append(changed, verb+" "+s.block)
		}
	}
	switch {
	case len(changed) > 0:
		c.rule(CreateOnlySettings, strings.Fields(changed[0])[1], fmt.Sprintf(
			"The in-place update of the function%s %s, which Lambda sets only when it creates a function; AWS refuses the update.",
			of, strings.Join(changed, " and ")))
	case undecided:
		c.undecided(CreateOnlySettings)
	}
	return c.res
}

// given is whether a value is given, as a setting: a block's required
// argument is given when the block is.
func given[T any](v Value[T]) Value[bool] {
	if v.Unknown {
		return Unknown[bool]()
	}
	return Known(v.Set)
}

// orOff is a setting left out as off.
func orOff(v Value[bool]) Value[bool] {
	if !v.Set && !v.Unknown {
		return Known(false)
	}
	return v
}
