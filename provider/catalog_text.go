package provider

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// Schema and function descriptions take their numbers from the catalog, so
// that a quota's value is written once.

var catalogLimits = quota.DefaultLimits()

// amount is a quota's default value with its unit: "4,096 bytes (4 KB)".
func amount(id quota.ID) string {
	q := catalogLimits.Quota(id)
	return quota.FormatAmount(q.Value, q.Unit)
}

// number is a quota's default value alone: "10,240".
func number(id quota.ID) string {
	return strings.TrimSpace(quota.FormatAmount(catalogLimits.Value(id), ""))
}

// everyQuota names the checked quotas of a category by their count and
// links to the generated quota reference, which lists them: a description
// that listed them by hand would fall behind the catalog.
func everyQuota(c quota.Category, kind string) string {
	// The quotas the check decides are those an input of which nothing is
	// known leaves undecided: a quota of the category that needs another
	// resource (a queue, a function URL, the deployed function) is not one.
	undecided, one := quota.CheckFunction(catalogLimits, decode.Unknown[quota.Function]()).Undecided, "function"
	if c == quota.CategoryLayer {
		undecided, one = quota.CheckLayer(catalogLimits, decode.Unknown[quota.Layer]()).Undecided, "layer version"
	}
	n := 0
	for _, q := range catalogLimits.Catalog().Quotas() {
		if q.Category == c && q.Checked() && slices.Contains(undecided, q.ID) {
			n++
		}
	}
	return fmt.Sprintf("every %s quota and rule of the [quota reference](../guides/quota-reference) that one %s decides (%d of them)", kind, one, n)
}

// between is "LOW to HIGH UNIT" for a min quota and its paired max.
func between(lo, hi quota.ID) string {
	return number(lo) + " to " + amount(hi)
}

// today is the day the provider checks runtimes' dates against: it cannot
// tell a create from an update, so the dates are warnings here.
func today() time.Time { return time.Now().UTC().Truncate(24 * time.Hour) }
