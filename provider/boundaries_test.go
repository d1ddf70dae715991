package provider

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	ctyjson "github.com/zclconf/go-cty/cty/json"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/boundary"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// boundaryDataSources are the data sources that take each kind of row.
var boundaryDataSources = map[boundary.Kind]func() datasource.DataSource{
	boundary.Function: newFunctionDataSource, boundary.Layer: newLayerDataSource, boundary.VPC: newVPCDataSource,
	boundary.Account: newAccountDataSource, boundary.Policy: newFunctionPolicyDataSource, boundary.EventSource: newEventSourceDataSource,
	boundary.Functions: func() datasource.DataSource { return newFunctionsDataSource() }, boundary.Integration: newIntegrationDataSource,
}

// checkerOf is the decoding and checking of a data source.
func checkerOf(t *testing.T, ds datasource.DataSource) *checkingDataSource {
	t.Helper()
	switch d := ds.(type) {
	case *functionDataSource:
		return &d.checkingDataSource
	case *layerDataSource:
		return &d.checkingDataSource
	case *vPCDataSource:
		return &d.checkingDataSource
	case *accountDataSource:
		return &d.checkingDataSource
	case *functionPolicyDataSource:
		return &d.checkingDataSource
	case *eventSourceDataSource:
		return &d.checkingDataSource
	case *functionsDataSource:
		return &d.checkingDataSource
	case *integrationDataSource:
		return &d.checkingDataSource
	}
	t.Fatalf("%T is no checking data source", ds)
	return nil
}

// TestBoundariesEveryCheckedQuotaHasARow: a quota the checks enforce cannot
// be added without its boundary.
func TestBoundariesEveryCheckedQuotaHasARow(t *testing.T) {
	t.Parallel()
	rows := map[quota.ID]bool{}
	for _, r := range boundary.Rows(t) {
		if rows[r.Quota] {
			t.Errorf("%s has two rows", r.Quota)
		}
		rows[r.Quota] = true
	}
	for _, q := range quota.DefaultCatalog().Quotas() {
		if q.Checked() && !rows[q.ID] {
			t.Errorf("%s is checked but has no row in internal/boundary: add its value at the limit and one past it", q.ID)
		}
	}
}

// TestBoundariesThroughDataSources runs every row through the data source
// of its kind, as its validation and read decode and check it: at the limit
// nothing fails, one past it the quota is violated.
func TestBoundariesThroughDataSources(t *testing.T) {
	t.Parallel()
	for _, r := range boundary.Rows(t) {
		newDS, ok := boundaryDataSources[r.Kind]
		if !ok {
			continue // saved plans alone show it
		}
		t.Run(r.Name(), func(t *testing.T) {
			t.Parallel()
			ds := checkerOf(t, newDS())
			for _, tc := range []struct {
				args map[string]cty.Value
				fail bool
			}{{r.At, false}, {r.Past, true}} {
				dc := &decode.Decoder{Allowed: ds.computed}
				res, _ := ds.measure(dc, decode.New(cty.ObjectVal(tc.args), ""), quota.DefaultLimits())
				if err := dc.Err(); err != nil {
					t.Fatal(err)
				}
				_, violated := res.Violation(r.Reported)
				switch {
				case tc.fail && !violated:
					t.Errorf("one past the limit, %s is not violated: %v", r.Reported, res.Findings)
				case !tc.fail && len(res.Errors()) > 0:
					t.Errorf("at the limit, it fails: %v", res.Errors())
				}
			}
		})
	}
}

// hcl writes a value as an HCL expression: its JSON, which HCL's object and
// tuple constructors accept.
func hcl(t *testing.T, v cty.Value) string {
	t.Helper()
	b, err := ctyjson.Marshal(v, v.Type())
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// boundaryDataSource is a data source block of a row's kind.
func boundaryDataSource(t *testing.T, r boundary.Row, args map[string]cty.Value) string {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "data \"lambdaquota_%s\" %q {\n", r.Kind, r.Name())
	for _, k := range slices.Sorted(maps.Keys(args)) {
		fmt.Fprintf(&b, "  %s = %s\n", k, hcl(t, args[k]))
	}
	b.WriteString("}\n")
	return b.String()
}

func TestAccBoundariesDataSources(t *testing.T) {
	rows := boundary.Rows(t)
	var at strings.Builder
	steps := []resource.TestStep{}
	for _, r := range rows {
		if _, ok := boundaryDataSources[r.Kind]; !ok {
			continue
		}
		at.WriteString(boundaryDataSource(t, r, r.At))
		title := quota.DefaultLimits().Quota(r.Reported).Title
		steps = append(steps, resource.TestStep{Config: boundaryDataSource(t, r, r.Past), ExpectError: regexp.MustCompile(regexp.QuoteMeta(title))})
	}
	accTest(t, append(steps, resource.TestStep{Config: at.String()})...)
}

// boundaryFunctions are the violations functions that take each kind of row.
var boundaryFunctions = map[boundary.Kind]string{boundary.Function: "function_violations", boundary.Layer: "layer_violations",
	boundary.VPC: "vpc_violations", boundary.Functions: "functions_violations"}

// mentions checks that a list of violations names a quota.
type mentions quota.ID

func (m mentions) CheckValue(v any) error {
	list, ok := v.([]any)
	if !ok {
		return fmt.Errorf("want a list of violations, got %T", v)
	}
	for _, s := range list {
		if text, ok := s.(string); ok && strings.Contains(text, "("+string(m)+")") {
			return nil
		}
	}
	return fmt.Errorf("no violation of %s in %v", string(m), list)
}

func (m mentions) String() string { return "a violation of " + string(m) }

func TestAccBoundariesFunctions(t *testing.T) {
	var cfg strings.Builder
	var checks []statecheck.StateCheck
	for _, r := range boundary.Rows(t) {
		fn, ok := boundaryFunctions[r.Kind]
		if !ok {
			continue
		}
		for _, c := range []struct {
			name  string
			args  map[string]cty.Value
			check knownvalue.Check
		}{{"at_" + r.Name(), r.At, knownvalue.ListExact(nil)}, {"past_" + r.Name(), r.Past, mentions(r.Reported)}} {
			arg := cty.ObjectVal(c.args)
			if r.Kind == boundary.Functions {
				// The fleet is the function's first argument, not one of its options.
				arg = c.args["functions"]
			}
			fmt.Fprintf(&cfg, "output %q {\n  value = provider::lambdaquota::%s(%s)\n}\n", c.name, fn, hcl(t, arg))
			checks = append(checks, statecheck.ExpectKnownOutputValue(c.name, c.check))
		}
	}
	funcTest(t, resource.TestStep{Config: cfg.String(), ConfigStateChecks: checks})
}
