package plancheck

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// Formats are the report formats, for --format.
var Formats = []string{"text", "json", "sarif", "junit", "markdown"}

// Meta is what reports say about the run.
type Meta struct {
	Version string
	// PlanFile is the plan's path as given, for locations of findings that
	// no configuration file holds.
	PlanFile string
	Locator  *tfplan.Locator
	Limits   quota.Limits
}

// Write writes the report in a format of Formats.
func Write(w io.Writer, format string, r *Report, m Meta) error {
	switch format {
	case "text":
		return writeText(w, r)
	case "json":
		return writeJSON(w, r)
	case "sarif":
		return writeSARIF(w, r, m)
	case "junit":
		return writeJUnit(w, r)
	case "markdown":
		return writeMarkdown(w, r, m)
	}
	return fmt.Errorf("unknown format %q; use one of %s", format, strings.Join(Formats, ", "))
}

func severity(k quota.Kind) string {
	if k.IsError() {
		return "error"
	}
	return "warning"
}

func kindName(k quota.Kind) string {
	return [...]string{"violation", "near_limit", "invalid_input", "not_measured", "order_dependent", "not_understood", "inconsistent", "deprecated"}[k]
}

// subject names what a finding is about in text.
func subject(it Item) string {
	if it.Address == "" {
		return "the account's shared quotas (every function in the plan and its prior state)"
	}
	s := quota.ListNames(append([]string{it.Address}, it.Related...))
	if it.Scope != "" {
		s += ", sharing " + it.Scope
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func total(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// Summary is the report's last line in text.
func (r *Report) Summary() string {
	errs := r.Errors()
	s := fmt.Sprintf("%s and %s in %s checked", plural(errs, "error", "errors"),
		plural(len(r.Items)-errs, "warning", "warnings"), plural(total(r.Checked), "created or updated resource", "created or updated resources"))
	if n := total(r.Counted); n > 0 {
		s += fmt.Sprintf(", with %s counted toward shared quotas", plural(n, "deployed resource", "deployed resources"))
	}
	if n := len(r.Undecided); n > 0 {
		s += fmt.Sprintf("; %s quotas undecided until apply", plural(n, "resource has", "resources have"))
	}
	if n := r.notUnderstood(); n > 0 {
		s += fmt.Sprintf("; %s not understood", plural(n, "resource change", "resource changes"))
	}
	return s + "."
}

// notUnderstood counts the changes the reader did not understand.
func (r *Report) notUnderstood() int {
	n := 0
	for _, it := range r.Items {
		if it.Kind == quota.NotUnderstood {
			n++
		}
	}
	return n
}

func writeText(w io.Writer, r *Report) error {
	var b strings.Builder
	for _, it := range r.Items {
		title := "Error"
		if !it.Kind.IsError() {
			title = "Warning"
		}
		fmt.Fprintf(&b, "%s: %s\n\n  with %s,\n  %s\n\n", title, it.Summary, subject(it), it.Message(quota.SurfacePlan))
	}
	if len(r.Undecided) > 0 {
		b.WriteString("Undecided until apply (values unknown at plan, and no certain violation):\n")
		for _, u := range r.Undecided {
			ids := make([]string, len(u.Quotas))
			for i, id := range u.Quotas {
				ids[i] = string(id)
			}
			fmt.Fprintf(&b, "  %s: %s\n", cmp.Or(u.Address, "account"), strings.Join(ids, ", "))
		}
		b.WriteString("\n")
	}
	b.WriteString(r.Summary() + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

type jsonFinding struct {
	Address   string   `json:"address"`
	Related   []string `json:"related,omitempty"`
	Scope     string   `json:"scope,omitempty"`
	Severity  string   `json:"severity"`
	Kind      string   `json:"kind"`
	Quota     string   `json:"quota,omitempty"`
	Attribute string   `json:"attribute,omitempty"`
	Measured  *int64   `json:"measured,omitempty"`
	Limit     *int64   `json:"limit,omitempty"`
	Summary   string   `json:"summary"`
	Detail    string   `json:"detail"`
}

type jsonUndecided struct {
	Address string   `json:"address"`
	Quotas  []string `json:"quotas"`
}

type jsonReport struct {
	FormatVersion string          `json:"format_version"`
	Valid         bool            `json:"valid"`
	Errors        int             `json:"errors"`
	Warnings      int             `json:"warnings"`
	Findings      []jsonFinding   `json:"findings"`
	Undecided     []jsonUndecided `json:"undecided"`
	Checked       map[string]int  `json:"checked"`
	Counted       map[string]int  `json:"counted"`
	Summary       string          `json:"summary"`
}

func writeJSON(w io.Writer, r *Report) error {
	out := jsonReport{FormatVersion: "1.0", Errors: r.Errors(), Warnings: len(r.Items) - r.Errors(),
		Findings: []jsonFinding{}, Undecided: []jsonUndecided{}, Checked: r.Checked, Counted: r.Counted, Summary: r.Summary()}
	out.Valid = out.Errors == 0
	for _, it := range r.Items {
		f := jsonFinding{Address: it.Address, Related: it.Related, Scope: it.Scope, Severity: severity(it.Kind), Kind: kindName(it.Kind),
			Quota: string(it.Quota), Attribute: it.Attribute, Summary: it.Summary, Detail: it.Message(quota.SurfacePlan)}
		if it.Quota != "" && it.Kind != quota.InvalidInput && it.Kind != quota.Skipped {
			f.Measured, f.Limit = &it.Measured, &it.Limit
		}
		out.Findings = append(out.Findings, f)
	}
	for _, u := range r.Undecided {
		ju := jsonUndecided{Address: u.Address, Quotas: make([]string, len(u.Quotas))}
		for i, id := range u.Quotas {
			ju.Quotas[i] = string(id)
		}
		out.Undecided = append(out.Undecided, ju)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// SARIF 2.1.0, as GitHub code scanning and other dashboards read it.

const sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	Name                 string            `json:"name"`
	ShortDescription     sarifMessage      `json:"shortDescription"`
	FullDescription      sarifMessage      `json:"fullDescription"`
	HelpURI              string            `json:"helpUri,omitempty"`
	Help                 sarifMessage      `json:"help"`
	DefaultConfiguration map[string]string `json:"defaultConfiguration"`
	Properties           map[string]any    `json:"properties"`
}

type sarifLocation struct {
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI string `json:"uri"`
		} `json:"artifactLocation"`
		Region struct {
			StartLine int `json:"startLine"`
		} `json:"region"`
	} `json:"physicalLocation"`
	LogicalLocations []map[string]string `json:"logicalLocations,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

// Rules without a quota: inputs that cannot be measured.
const (
	ruleInvalidInput  = "invalid_input"
	ruleNotMeasured   = "not_measured"
	ruleNotUnderstood = "not_understood"
	ruleInconsistent  = "inconsistent_inputs"
	ruleDeprecated    = "deprecated_runtime"
)

func ruleID(it Item) string {
	switch {
	case it.Quota != "":
		return string(it.Quota)
	case it.Kind == quota.Skipped:
		return ruleNotMeasured
	case it.Kind == quota.NotUnderstood:
		return ruleNotUnderstood
	case it.Kind == quota.Inconsistent:
		return ruleInconsistent
	case it.Kind == quota.Deprecation:
		return ruleDeprecated
	}
	return ruleInvalidInput
}

// sarifRules are one rule per checked quota of the catalog, then the two
// input rules, in a fixed order so that rule indices are stable.
func sarifRules(l quota.Limits) []sarifRule {
	var rules []sarifRule
	for _, q := range l.Catalog().Quotas() {
		if !q.Checked() {
			continue
		}
		level := "error"
		text := q.Description
		if q.Bound != quota.BoundRule {
			text = fmt.Sprintf("%s The limit is %s.", q.Description, quota.FormatAmount(l.Value(q.ID), q.Unit))
		}
		rules = append(rules, sarifRule{ID: string(q.ID), Name: ruleName(string(q.ID)),
			ShortDescription: sarifMessage{q.Name}, FullDescription: sarifMessage{text}, HelpURI: q.Source,
			Help:                 sarifMessage{cmp.Or(q.Remedy, q.Description)},
			DefaultConfiguration: map[string]string{"level": level},
			Properties:           map[string]any{"category": string(q.Category), "tags": []string{"aws-lambda", "quota"}}})
	}
	rules = append(rules,
		sarifRule{ID: ruleInvalidInput, Name: "InvalidInput", ShortDescription: sarifMessage{"Input that cannot be measured"},
			FullDescription: sarifMessage{"A value the checks need is invalid: a missing or corrupt package, a negative size, a value of the wrong shape."},
			Help:            sarifMessage{"Fix the value the message names."}, DefaultConfiguration: map[string]string{"level": "error"},
			Properties: map[string]any{"tags": []string{"aws-lambda"}}},
		sarifRule{ID: ruleNotMeasured, Name: "NotMeasured", ShortDescription: sarifMessage{"Input not measured yet"},
			FullDescription: sarifMessage{"A package or value is built during apply, so its quotas are checked then."},
			Help:            sarifMessage{"Build the package before plan to have it checked."}, DefaultConfiguration: map[string]string{"level": "warning"},
			Properties: map[string]any{"tags": []string{"aws-lambda"}}},
		sarifRule{ID: ruleNotUnderstood, Name: "NotUnderstood", ShortDescription: sarifMessage{"Plan change not understood"},
			FullDescription:      sarifMessage{"The plan gives a resource actions or a record this version does not know; what it creates was still checked, and an object it may keep is counted."},
			Help:                 sarifMessage{"Upgrade lambdaquota to a version that knows the CLI's plan format, or check the resource by hand."},
			DefaultConfiguration: map[string]string{"level": "warning"}, Properties: map[string]any{"tags": []string{"aws-lambda"}}},
		sarifRule{ID: ruleInconsistent, Name: "InconsistentInputs", ShortDescription: sarifMessage{"Inputs that disagree"},
			FullDescription: sarifMessage{"Two inputs disagree, such as an account snapshot listing a function the plan creates, or an " +
				"aws_lambda_policy and aws_lambda_permission statements that overwrite each other."},
			Help:                 sarifMessage{"Take the account snapshot again, import what is deployed, or keep a policy's statements in one place."},
			DefaultConfiguration: map[string]string{"level": "warning"}, Properties: map[string]any{"tags": []string{"aws-lambda"}}},
		sarifRule{ID: ruleDeprecated, Name: "DeprecatedRuntime", ShortDescription: sarifMessage{"Deprecated runtime"},
			FullDescription: sarifMessage{"A function is created or updated on a runtime Lambda has deprecated, before the date from which it " +
				"refuses that change; the message gives the runtime's dates."},
			Help:                 sarifMessage{"Move the function to a supported runtime before the next date."},
			DefaultConfiguration: map[string]string{"level": "warning"}, Properties: map[string]any{"tags": []string{"aws-lambda", "runtime"}}})
	return rules
}

// ruleName is the id in PascalCase, as SARIF's rule names are written.
func ruleName(id string) string {
	var b strings.Builder
	for part := range strings.SplitSeq(id, "_") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

func writeSARIF(w io.Writer, r *Report, m Meta) error {
	rules := sarifRules(m.Limits)
	index := map[string]int{}
	for i, rule := range rules {
		index[rule.ID] = i
	}
	results := []sarifResult{}
	for _, it := range r.Items {
		id := ruleID(it)
		var loc sarifLocation
		loc.PhysicalLocation.ArtifactLocation.URI = m.PlanFile
		loc.PhysicalLocation.Region.StartLine = 1
		if m.Locator != nil {
			if l, ok := m.Locator.Find(it.Address); ok {
				loc.PhysicalLocation.ArtifactLocation.URI = l.File
				loc.PhysicalLocation.Region.StartLine = l.Line
			}
		}
		if it.Address != "" {
			loc.LogicalLocations = []map[string]string{{"fullyQualifiedName": it.Address, "kind": "resource"}}
		}
		sum := sha256.Sum256([]byte(it.Address + "\x00" + id + "\x00" + it.Attribute))
		results = append(results, sarifResult{RuleID: id, RuleIndex: index[id], Level: severity(it.Kind),
			Message:             sarifMessage{fmt.Sprintf("%s: %s (%s)", it.Summary, it.Message(quota.SurfacePlan), subject(it))},
			Locations:           []sarifLocation{loc},
			PartialFingerprints: map[string]string{"lambdaquotaFinding/v1": hex.EncodeToString(sum[:16])}})
	}
	doc := map[string]any{
		"$schema": sarifSchema,
		"version": "2.1.0",
		"runs": []any{map[string]any{
			"tool": map[string]any{"driver": map[string]any{
				"name":           "lambdaquota",
				"version":        m.Version,
				"informationUri": "https://github.com/lambdaquota/terraform-provider-lambdaquota",
				"rules":          rules,
			}},
			"results": results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// JUnit XML, one test case per checked resource, as CI test reports read it.

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitSuite struct {
	XMLName  xml.Name    `xml:"testsuite"`
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

func writeJUnit(w io.Writer, r *Report) error {
	byAddr := map[string][]Item{}
	for _, it := range r.Items {
		byAddr[it.Address] = append(byAddr[it.Address], it)
	}
	undecided := map[string][]quota.ID{}
	for _, u := range r.Undecided {
		undecided[u.Address] = u.Quotas
	}
	addrs := slices.Clone(r.Resources)
	for a := range maps.Keys(byAddr) {
		addrs = append(addrs, a)
	}
	for a := range maps.Keys(undecided) {
		addrs = append(addrs, a)
	}
	slices.SortFunc(addrs, naturalCompare)
	addrs = slices.Compact(addrs)

	suite := junitSuite{Name: "lambdaquota", Cases: []junitCase{}}
	for _, a := range addrs {
		tc := junitCase{Name: cmp.Or(a, "account"), Classname: cmp.Or(resourceType(a), "account")}
		var errs, notes []string
		for _, it := range byAddr[a] {
			line := fmt.Sprintf("%s: %s", it.Summary, it.Message(quota.SurfacePlan))
			if len(it.Related) > 0 {
				line += " (with " + subject(it) + ")"
			}
			if it.Kind.IsError() {
				if tc.Failure == nil {
					tc.Failure = &junitFailure{Message: it.Summary, Type: ruleID(it)}
				}
				errs = append(errs, line)
			} else {
				notes = append(notes, "Warning: "+line)
			}
		}
		if ids := undecided[a]; len(ids) > 0 {
			s := make([]string, len(ids))
			for i, id := range ids {
				s[i] = string(id)
			}
			notes = append(notes, "Undecided until apply: "+strings.Join(s, ", "))
		}
		if tc.Failure != nil {
			if len(errs) > 1 {
				tc.Failure.Message = fmt.Sprintf("%s and %s", tc.Failure.Message, plural(len(errs)-1, "more", "more"))
			}
			tc.Failure.Text = strings.Join(errs, "\n")
			suite.Failures++
		}
		tc.SystemOut = strings.Join(notes, "\n")
		suite.Cases = append(suite.Cases, tc)
	}
	suite.Tests = len(suite.Cases)
	doc := junitSuites{Name: "lambdaquota", Tests: suite.Tests, Failures: suite.Failures, Suites: []junitSuite{suite}}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// resourceType is the type in a resource address.
func resourceType(addr string) string {
	_, block := tfplan.SplitAddress(addr)
	block = strings.TrimPrefix(block, "data.")
	t, _, _ := strings.Cut(block, ".")
	return t
}
