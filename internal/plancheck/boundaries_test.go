package plancheck

import (
	"fmt"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"

	"github.com/zclconf/go-cty/cty"
	ctyjson "github.com/zclconf/go-cty/cty/json"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/boundary"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// boundaryPlan is a saved plan's JSON that creates a row's resources, or
// leaves the deployed ones as they are.
func boundaryPlan(t *testing.T, resources []boundary.Resource) []byte {
	t.Helper()
	var changes []string
	day := "2026-12-07"
	for _, r := range resources {
		if r.PlanDay != "" {
			day = r.PlanDay
		}
		b, err := ctyjson.Marshal(cty.ObjectVal(r.Values), cty.ObjectVal(r.Values).Type())
		if err != nil {
			t.Fatal(err)
		}
		actions, before := `"create"`, "null"
		switch {
		case r.Deployed:
			actions, before = `"no-op"`, string(b)
		case r.Before != nil:
			prior, err := ctyjson.Marshal(cty.ObjectVal(r.Before), cty.ObjectVal(r.Before).Type())
			if err != nil {
				t.Fatal(err)
			}
			actions, before = `"update"`, string(prior)
		}
		addr := r.Type + "." + strings.ReplaceAll(r.Name, "-", "_")
		changes = append(changes, fmt.Sprintf(`{"address":%q,"mode":"managed","type":%q,"name":%q,"change":{"actions":[%s],"before":%s,"after":%s,"after_unknown":{}}}`,
			addr, r.Type, r.Name, actions, before, b))
	}
	return []byte(`{"format_version":"1.2","timestamp":"` + day + `T12:00:00Z","resource_changes":[` + strings.Join(changes, ",") + `]}`)
}

// TestBoundariesInSavedPlans runs every row that AWS resources can hold
// through lambdaquota check's reading and checks of a saved plan.
func TestBoundariesInSavedPlans(t *testing.T) {
	t.Parallel()
	checked := 0
	for _, r := range boundary.Rows(t) {
		at, ok := boundary.AWS(r.Kind, r.At)
		past, _ := boundary.AWS(r.Kind, r.Past)
		if !ok {
			continue
		}
		checked++
		t.Run(r.Name(), func(t *testing.T) {
			t.Parallel()
			for _, tc := range []struct {
				resources []boundary.Resource
				fail      bool
			}{{at, false}, {past, true}} {
				p, err := tfplan.Parse(boundaryPlan(t, tc.resources))
				if err != nil {
					t.Fatal(err)
				}
				rep := Check(p, Options{Dir: t.TempDir(), Limits: quota.DefaultLimits()})
				violated := false
				for _, it := range rep.Items {
					violated = violated || it.Kind == quota.Violation && it.Quota == r.Reported
				}
				switch {
				case tc.fail && !violated:
					t.Errorf("one past the limit, %s is not violated: %v", r.Reported, findings(rep))
				case !tc.fail && rep.Errors() > 0:
					t.Errorf("at the limit, it fails: %v", findings(rep))
				}
			}
		})
	}
	if checked < 35 {
		t.Errorf("only %d rows reach a saved plan", checked)
	}
}
