package quota_test

import (
	"slices"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// Each quota's own cases live beside its check, in its category's table
// keyed by quota id: functionCases in function_test.go, layerCases in
// layer_test.go, policyCases in policy_test.go, accountCases in
// account_test.go and vpcCases in vpc_test.go. A case says what AWS does
// with an input, including what a boundary row cannot express (a reserved
// tag prefix, an unknown or sensitive map, a lower bound).

// outcome is what a case must give for its quota.
type outcome int

const (
	// passes: AWS accepts it, and the check decides so.
	passes outcome = iota
	// fails: AWS refuses it, and the check finds the violation.
	fails
	// waits: it cannot be known before apply; the quota is undecided.
	waits
)

func (o outcome) String() string { return [...]string{"passes", "fails", "waits"}[o] }

type quotaCase struct {
	name string
	res  quota.Result
	want outcome
}

// reportedAs names the quota a violation names when the limit is derived
// from another: the concurrency is reported as the unreserved floor it
// leaves.
var reportedAs = map[quota.ID]quota.ID{quota.ConcurrentExecutions: quota.UnreservedConcurrencyMin}

// casesByCategory are the tables, by catalog category.
func casesByCategory(t *testing.T) map[quota.Category]map[quota.ID][]quotaCase {
	return map[quota.Category]map[quota.ID][]quotaCase{
		quota.CategoryFunction:   functionCases(t),
		quota.CategoryLayer:      layerCases(),
		quota.CategoryPolicy:     policyCases(),
		quota.CategoryAccount:    accountCases(t),
		quota.CategoryVPC:        vpcCases(),
		quota.CategoryAPIGateway: apigatewayCases(),
	}
}

// TestEveryCheckedQuotaHasCases: every quota the checks enforce has, in its
// category's table, a case AWS refuses and one it accepts beside it; and
// every case gives its outcome.
func TestEveryCheckedQuotaHasCases(t *testing.T) {
	t.Parallel()
	tables := casesByCategory(t)
	for _, q := range quota.DefaultCatalog().Quotas() {
		if !q.Checked() {
			continue
		}
		cases := tables[q.Category][q.ID]
		has := func(o outcome) bool { return slices.ContainsFunc(cases, func(c quotaCase) bool { return c.want == o }) }
		if !has(fails) || !has(passes) {
			t.Errorf("%s has no case that fails and one that passes in the %s table (quota/%s_test.go)", q.ID, q.Category, q.Category)
		}
	}
	for category, table := range tables {
		for id, cases := range table {
			if q, ok := quota.DefaultCatalog().Lookup(id); !ok || q.Category != category {
				t.Errorf("the %s table has cases of %s, which is no quota of that category", category, id)
			}
			for _, c := range cases {
				t.Run(string(id)+"/"+c.name, func(t *testing.T) {
					named := id
					if r, ok := reportedAs[id]; ok {
						named = r
					}
					_, violated := c.res.Violation(named)
					undecided := slices.Contains(c.res.Undecided, named)
					var got outcome
					switch {
					case violated:
						got = fails
					case undecided:
						got = waits
					}
					if got != c.want {
						t.Errorf("%s, want %s: %+v", got, c.want, c.res)
					}
				})
			}
		}
	}
}
