package quota

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Kind classifies a finding.
type Kind int

const (
	// Violation: a quota is certainly exceeded. An error.
	Violation Kind = iota
	// NearLimit: a measured value is at or above Limits.WarnAtPercent of its quota. A warning.
	NearLimit
	// InvalidInput: an input cannot be measured (a corrupt zip, a negative size). An error.
	InvalidInput
	// Skipped: an input cannot be measured yet (a package built during apply). A warning.
	Skipped
	// OrderDependent: a shared quota is exceeded in some orders of apply and
	// not in others, which Terraform does not fix. A warning.
	OrderDependent
	// NotUnderstood: an input a reader does not know, such as a plan
	// action newer than it; what could be read of it was still checked. A
	// warning.
	NotUnderstood
	// Inconsistent: two inputs disagree, such as an account snapshot that
	// lists a function the plan creates; the check says which it trusted.
	// A warning.
	Inconsistent
	// Deprecation: a setting AWS accepts today and will refuse later, such as
	// a deprecated runtime, with the dates. A warning.
	Deprecation
)

// IsError reports whether the finding should fail a plan.
func (k Kind) IsError() bool { return k == Violation || k == InvalidInput }

// Finding is one result of a check: a violated or nearly reached quota, or an
// input that could not be measured.
type Finding struct {
	Kind Kind
	// Subject names the member of a collection the finding is about, as
	// users write it (functions["api"]); empty for a single resource.
	// SubjectPath is the same as steps, when the collection is an input.
	Subject     string
	SubjectPath []PathStep
	// Quota is the quota concerned; empty for input findings tied to none.
	Quota ID
	// Attribute is the argument the finding is about, in the flat names of the
	// lambdaquota data sources; Index is its list element, or -1.
	Attribute string
	Index     int
	Measured  int64
	Limit     int64
	Summary   string
	// Detail says what was measured against what, in full sentences.
	Detail string
	// Remedy says how to fix it, in aws_lambda_function terms; Message adds
	// what fits the surface the user is on.
	Remedy string
	// dataSourceRemedy replaces Remedy on the data sources, whose arguments
	// differ from the resource's.
	dataSourceRemedy string
	// raisable lists the quotas behind the limit that the account may have
	// raised, so the message says how to state them.
	raisable []ID
}

// Surface is where a finding is shown, which decides how its remedy is put.
type Surface int

const (
	// SurfaceDataSource: a lambdaquota data source, configured by the provider block.
	SurfaceDataSource Surface = iota
	// SurfaceFunction: a provider-defined function, which cannot see the
	// provider block and takes quotas in its options.
	SurfaceFunction
	// SurfacePlan: the saved-plan checker, which takes quotas as flags.
	SurfacePlan
	// SurfaceLint: the TFLint ruleset, which takes quotas in its plugin block.
	SurfaceLint
)

// Message is the finding's detail and remedy, as shown on a surface.
func (f Finding) Message(s Surface) string {
	remedy := f.Remedy
	if s == SurfaceDataSource && f.dataSourceRemedy != "" {
		remedy = f.dataSourceRemedy
	}
	hint := ""
	if len(f.raisable) > 0 {
		ids := make([]string, len(f.raisable))
		for i, id := range f.raisable {
			ids[i] = string(id)
		}
		list := strings.Join(ids, " and ")
		switch s {
		case SurfaceDataSource:
			hint = fmt.Sprintf("If your account's value differs, state it in the provider's quotas as %s.", list)
		case SurfaceFunction:
			hint = fmt.Sprintf("If your account's value differs, state it in the provider's quotas as %s, and give this function "+
				"the provider's values in its options: { quotas = data.lambdaquota_limits.<name>.quotas }.", list)
		case SurfacePlan:
			hint = fmt.Sprintf("If your account's value differs, pass it as --quota %s=VALUE.", ids[0])
		case SurfaceLint:
			hint = fmt.Sprintf(`If your account's value differs, state it in .tflint.hcl: plugin "lambdaquota" { quotas = { %s = VALUE } }.`, ids[0])
		}
	}
	return joinSentences(f.Detail, remedy, hint)
}

func (f Finding) String() string { return f.Summary + ": " + f.Message(SurfaceDataSource) }

// Result collects the findings of a check.
type Result struct {
	Findings []Finding
	// Undecided lists quotas that could not be checked because an input they
	// need is unknown until apply, and no certain violation was found for them.
	Undecided []ID
}

// Only is the result for the given quotas alone, with the findings that are
// no quota's (an input that cannot be measured): what a validator of one
// attribute reports.
func (r Result) Only(ids ...ID) Result {
	var out Result
	for _, f := range r.Findings {
		if f.Quota == "" || slices.Contains(ids, f.Quota) {
			out.Findings = append(out.Findings, f)
		}
	}
	for _, id := range r.Undecided {
		if slices.Contains(ids, id) {
			out.Undecided = append(out.Undecided, id)
		}
	}
	return out
}

// Errors returns the findings that fail a plan.
func (r Result) Errors() []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Kind.IsError() {
			out = append(out, f)
		}
	}
	return out
}

// Violation returns the violation of a quota, if any.
func (r Result) Violation(id ID) (Finding, bool) {
	for _, f := range r.Findings {
		if f.Kind == Violation && f.Quota == id {
			return f, true
		}
	}
	return Finding{}, false
}

// checker accumulates findings against a set of limits.
type checker struct {
	limits Limits
	res    Result
}

func (c *checker) undecided(ids ...ID) {
	c.res.Undecided = append(c.res.Undecided, ids...)
}

func (c *checker) add(f Finding) { c.res.Findings = append(c.res.Findings, f) }

// checkInput is how every check takes an input: an input that is set is
// checked, an unknown one leaves every quota it feeds undecided, and one
// left out is not checked.
func checkInput[T any](c *checker, v Value[T], feeds []ID, check func(Value[T])) {
	switch {
	case v.Unknown:
		c.undecided(feeds...)
	case v.Set:
		check(v)
	}
}

// leastWord qualifies an amount that is a lower bound in a sentence.
func leastWord(v Value[int64]) string {
	if v.Unknown {
		return "at least "
	}
	return ""
}

// violated reports whether a violation of the quota is already found.
func (c *checker) violated(id ID) bool {
	return slices.ContainsFunc(c.res.Findings, func(f Finding) bool { return f.Kind == Violation && f.Quota == id })
}

// invalid records an input that cannot be measured.
func (c *checker) invalid(attr string, index int, summary, format string, args ...any) {
	c.add(Finding{Kind: InvalidInput, Attribute: attr, Index: index, Summary: summary, Detail: fmt.Sprintf(format, args...)})
}

// skipped records an input that cannot be measured until apply.
func (c *checker) skipped(attr string, index int, summary, format string, args ...any) {
	c.add(Finding{Kind: Skipped, Attribute: attr, Index: index, Summary: summary, Detail: fmt.Sprintf(format, args...)})
}

// rule records a broken rule of the catalog: a pattern or a reserved name.
func (c *checker) rule(id ID, attr, detail string) {
	q := c.limits.Quota(id)
	c.add(Finding{Kind: Violation, Quota: id, Attribute: attr, Index: -1, Summary: q.Title,
		Detail: joinSentences(detail, fmt.Sprintf("This is the rule %q (%s).", q.Name, id)), Remedy: q.Remedy, dataSourceRemedy: q.DataSourceRemedy})
}

// atMost checks that a measured value does not exceed a max quota. what names
// the measured thing in a sentence ("the environment variables of function "api"").
func (c *checker) atMost(id ID, attr string, measured int64, what string) {
	c.atMostLimit(id, attr, measured, c.limits.Value(id), what, "")
}

// atMostLimit is atMost with a limit derived from the quota (such as the
// concurrency left after the unreserved floor) and an explanation of it.
// deps are the other quotas the limit is derived from.
func (c *checker) atMostLimit(id ID, attr string, measured, limit int64, what, limitNote string, deps ...ID) {
	q := c.limits.Quota(id)
	known, certain := c.certain(id, deps...)
	if measured > limit && (known || certain) {
		c.add(c.violation(q, attr, measured, limit, fmt.Sprintf("%s is %s, %s more than the %s allowed by the quota %q (%s)%s%s.",
			capitalize(what), measuredAmount(measured, q.Unit), excess(measured-limit, q.Unit), FormatAmount(limit, q.Unit),
			q.Name, id, limitNote, c.overrideNote(id)), deps...))
		return
	}
	if !known {
		c.undecided(id)
		return
	}
	c.nearLimit(q, attr, measured, limit, what)
}

// certain reports whether the limits of a quota and the quotas it depends
// on are known, and whether a violation of them is certain regardless.
func (c *checker) certain(id ID, deps ...ID) (known, certainIfViolated bool) {
	known, certainIfViolated = c.limits.Certain(id)
	for _, d := range deps {
		k, ci := c.limits.Certain(d)
		known, certainIfViolated = known && k, certainIfViolated && ci
	}
	return known, certainIfViolated
}

func (c *checker) violation(q Quota, attr string, measured, limit int64, detail string, deps ...ID) Finding {
	var raisable []ID
	for _, id := range append([]ID{q.ID}, deps...) {
		// A fixed minimum such as the unreserved floor follows from the
		// adjustable quota it depends on; name only what an account changes.
		if dq, _ := c.limits.catalog.Lookup(id); dq.Adjustable {
			raisable = append(raisable, id)
		}
	}
	return Finding{
		Kind: Violation, Quota: q.ID, Attribute: attr, Index: -1, Measured: measured, Limit: limit,
		Summary: q.Title, Detail: joinSentences(detail, measureNote(q)),
		Remedy: q.Remedy, dataSourceRemedy: q.DataSourceRemedy, raisable: raisable,
	}
}

// atLeast checks that a measured value does not fall below a min quota.
func (c *checker) atLeast(id ID, attr string, measured int64, what string) {
	q := c.limits.Quota(id)
	known, certain := c.certain(id)
	if measured < q.Value && (known || certain) {
		c.add(c.violation(q, attr, measured, q.Value, fmt.Sprintf("%s is %s, less than the minimum of %s set by the quota %q (%s)%s.",
			capitalize(what), measuredAmount(measured, q.Unit), FormatAmount(q.Value, q.Unit), q.Name, id, c.overrideNote(id))))
		return
	}
	if !known {
		c.undecided(id)
	}
}

func (c *checker) nearLimit(q Quota, attr string, measured, limit int64, what string) {
	pct := c.limits.WarnAtPercent
	if pct <= 0 || limit <= 0 || float64(measured) < float64(limit)*pct/100 {
		return
	}
	share := float64(measured) / float64(limit) * 100
	c.add(Finding{
		Kind: NearLimit, Quota: q.ID, Attribute: attr, Index: -1, Measured: measured, Limit: limit,
		Summary: "Lambda Quota Nearly Reached",
		Detail: fmt.Sprintf("%s is %s, %s%% of the %s allowed by the quota %q (%s); %s of headroom is left. This warning appears because warn_at_percent is %s.",
			capitalize(what), measuredAmount(measured, q.Unit), strconv.FormatFloat(math.Floor(share*10)/10, 'f', -1, 64),
			FormatAmount(limit, q.Unit), q.Name, q.ID, FormatAmount(limit-measured, q.Unit),
			strconv.FormatFloat(pct, 'f', -1, 64)),
	})
}

func (c *checker) overrideNote(id ID) string {
	q, _ := c.limits.catalog.Lookup(id)
	if _, ok := c.limits.overrides[id]; !ok {
		if v, ok := c.limits.applied[id]; ok && v != q.Value {
			return fmt.Sprintf(", the account's applied value in %s (AWS's default is %s)", snapshotName(c.limits.appliedSource), FormatAmount(q.Value, q.Unit))
		}
		return ""
	}
	return fmt.Sprintf(", as stated in your quotas (AWS's default is %s)", FormatAmount(q.Value, q.Unit))
}

func measureNote(q Quota) string {
	if q.Measure == "" {
		return ""
	}
	return "AWS counts " + q.Measure + "."
}

func joinSentences(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String()
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// FormatAmount writes a value with its unit: "4,097 bytes", "1 layer",
// "262,144,001 bytes (250 MB)", "80,530,636,800 bytes (75 GB)". Sizes use
// AWS's units, which are binary: 1 MB is 1,048,576 bytes. Sizes in MB of a
// GB or more, such as /tmp and memory, are left as AWS's consoles show them.
func FormatAmount(v int64, unit string) string {
	if (v == 1 || v == -1) && strings.HasSuffix(unit, "s") {
		unit = strings.TrimSuffix(unit, "s")
	}
	s := groupDigits(v) + " " + unit
	if unit == "bytes" {
		if h := humanBytes(v); h != "" {
			s += " (" + h + ")"
		}
	}
	return s
}

// humanBytes writes a size of a KB or more in the largest binary unit, with
// up to two decimals: "50 MB", "4.5 KB", "75 GB".
func humanBytes(v int64) string {
	a := math.Abs(float64(v))
	units := []struct {
		name string
		size float64
	}{{"TB", 1 << 40}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}}
	for _, u := range units {
		if a >= u.size {
			n := strconv.FormatFloat(math.Round(float64(v)/u.size*100)/100, 'f', -1, 64)
			return n + " " + u.name
		}
	}
	return ""
}

// excess writes by how much a value is over its limit, exactly, so that a
// difference too small to show in rounded units is still seen.
func excess(v int64, unit string) string {
	if unit == "bytes" {
		if v == 1 {
			return "1 byte"
		}
		return groupDigits(v) + " bytes"
	}
	return FormatAmount(v, unit)
}

// measuredAmount writes a measured value: with its unit for sizes and
// durations, bare for counts, whose subject already names the unit ("the
// number of layers is 6").
func measuredAmount(v int64, unit string) string {
	switch unit {
	case "bytes", "MB", "seconds", "characters":
		return FormatAmount(v, unit)
	}
	return groupDigits(v)
}

func groupDigits(v int64) string {
	s := strconv.FormatInt(v, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// ofName names a resource in a message ("of function \"api\""), or is empty
// when its name is not known or may not be shown.
func ofName(kind string, name Value[string]) string {
	if !name.IsKnown() || name.Opaque {
		return ""
	}
	return " of " + kind + " " + quoted(name)
}

// quoted writes a name for a message, unless it is sensitive.
func quoted(v Value[string]) string {
	switch {
	case v.Sensitive:
		return "(sensitive value)"
	case v.Opaque:
		return "(not shown)"
	}
	return strconv.Quote(v.V)
}

// named writes a value with what it is (function name "api"), or only what
// it is (the function name) when it may not be shown and is not known to
// be sensitive.
func named(what string, v Value[string]) string {
	if v.Opaque && !v.Sensitive {
		return "the " + what
	}
	return what + " " + quoted(v)
}

// identifier is a value AWS defines (a VPC or subnet id, a Region, a
// runtime), shown even where configuration strings are not: it says
// nothing the user wrote.
func identifier(v Value[string]) Value[string] {
	v.Opaque = false
	return v
}

// shownAs names a value inside a sentence (", \"x\","), or is empty when
// it may not be shown and is not known to be sensitive.
func shownAs(v Value[string]) string {
	if v.Opaque && !v.Sensitive {
		return ""
	}
	return ", " + quoted(v) + ","
}

// capitalise starts a sentence with a phrase.
func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
