package decode

import (
	"slices"
	"strconv"
	"strings"

	"github.com/agext/levenshtein"
)

// CheckKeys refuses the keys of an object that are not in allowed: option
// objects and check_vpc's argument have a fixed set of keys, so a misspelt
// one is an error with a suggestion, never silently dropped.
func (dc *Decoder) CheckKeys(d Val, allowed []string) {
	for _, k := range d.keys() {
		if !slices.Contains(allowed, k) && !slices.Contains(dc.Allowed, k) {
			dc.keep(&Error{Steps: d.child(k), Message: unknownKey(k, allowed), Summary: "Unknown Key"})
		}
	}
}

// CheckObject requires an object or map, for arguments that take one.
func (dc *Decoder) CheckObject(d Val, what string) bool {
	if d.Absent() || d.Unknown() || d.isObject() {
		return true
	}
	dc.keep(d.errorf("must be %s, got %s", what, d.typeName()))
	return false
}

func unknownKey(k string, allowed []string) string {
	msg := "unknown key " + strconv.Quote(k)
	if s := suggest(k, allowed); s != "" {
		msg += "; did you mean " + strconv.Quote(s) + "?"
	}
	quoted := make([]string, len(allowed))
	for i, a := range allowed {
		quoted[i] = strconv.Quote(a)
	}
	return msg + " The valid keys are " + strings.Join(quoted, ", ") + "."
}

// suggest returns the allowed name closest to k, if it is close enough to
// be a misspelling of it.
func suggest(k string, allowed []string) string {
	best, bestDist := "", -1
	for _, a := range allowed {
		d := levenshtein.Distance(k, a, nil)
		if bestDist < 0 || d < bestDist {
			best, bestDist = a, d
		}
	}
	if bestDist >= 0 && bestDist <= max(2, len(k)/4) {
		return best
	}
	return ""
}
