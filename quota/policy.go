package quota

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Permission is one aws_lambda_permission: a statement of the function's
// resource-based policy.
type Permission struct {
	StatementID         Value[string]
	Action              Value[string]
	Principal           Value[string]
	SourceARN           Value[string]
	SourceAccount       Value[string]
	Qualifier           Value[string]
	PrincipalOrgID      Value[string]
	EventSourceToken    Value[string]
	FunctionURLAuthType Value[string]
	// InvokedViaFunctionURL limits the statement to calls through the
	// function's URL (a Bool condition), as a public function URL needs
	// beside its lambda:InvokeFunctionUrl statement since October 2025.
	InvokedViaFunctionURL Value[bool]
	// StatementIDPrefix is statement_id_prefix: while the statement id is
	// unknown, it is the prefix and a unique suffix.
	StatementIDPrefix Value[string]
}

// Policy is a function's resource-based policy, as its permissions build it.
type Policy struct {
	FunctionARN Value[string]
	Permissions Value[[]Permission]
	// FunctionName and Region give the ARN's least length while FunctionARN
	// is unknown, as it is for a function created in the same plan.
	FunctionName Value[string]
	Region       Value[string]
}

// UniqueSuffixLength is the length of the suffix the AWS provider adds to
// a name prefix (terraform-plugin-sdk's id.PrefixedUniqueId), and
// GeneratedStatementIDPrefix the prefix of a statement id it generates when
// the configuration sets neither statement_id nor statement_id_prefix.
const (
	UniqueSuffixLength         = 26
	GeneratedStatementIDPrefix = "terraform-"
)

// leastRegionLength is the length of the shortest Region name (us-east-1,
// eu-west-1): the least a Region the plan does not know yet takes.
const leastRegionLength = 9

// leastARN is the shortest a function's unknown ARN can be: the aws
// partition, a 12-digit account id, and the Region and name where known.
func leastARN(name, region Value[string]) string {
	r := strings.Repeat("x", leastRegionLength)
	if region.IsKnown() && region.V != "" {
		r = region.V
	}
	n := ""
	if name.IsKnown() {
		n = name.V
	}
	return "arn:aws:lambda:" + r + ":" + strings.Repeat("0", 12) + ":function:" + n
}

// PolicyReport is the outcome of CheckPolicy.
type PolicyReport struct {
	Result
	PolicyBytes    Value[int64]
	AvailableBytes Value[int64]
}

// The policy document Lambda stores and GetPolicy returns. Field order follows
// GetPolicy's output; the size does not depend on it.
type policyDocument struct {
	Version   string            `json:"Version"`
	ID        string            `json:"Id"`
	Statement []policyStatement `json:"Statement"`
}

type policyStatement struct {
	Sid       string                       `json:"Sid"`
	Effect    string                       `json:"Effect"`
	Principal any                          `json:"Principal"`
	Action    string                       `json:"Action"`
	Resource  string                       `json:"Resource"`
	Condition map[string]map[string]string `json:"Condition,omitempty"`
}

var accountID = regexp.MustCompile(`^[0-9]{12}$`)

// principal is how Lambda writes a permission's principal: a service for
// *.amazonaws.com names, the account's root ARN for an account id, "*" as is,
// and an ARN under "AWS".
func principal(p string) any {
	switch {
	case p == "*":
		return "*"
	case strings.HasSuffix(p, ".amazonaws.com") || strings.HasSuffix(p, ".amazonaws.com.cn"):
		return map[string]string{"Service": p}
	case accountID.MatchString(p):
		return map[string]string{"AWS": "arn:aws:iam::" + p + ":root"}
	default:
		return map[string]string{"AWS": p}
	}
}

// statement builds a permission's statement. Unknown values are written as
// the shortest they can be (a prefixed statement id with its suffix, an ARN
// of its known parts, empty strings, "*" for the principal, absent
// conditions), so the size is a lower bound; complete says it is exact.
func statement(pol Policy, p Permission) (st policyStatement, complete bool) {
	functionARN := pol.FunctionARN
	complete = functionARN.IsKnown() && !p.StatementID.Unknown && !p.Action.Unknown && !p.Principal.Unknown
	resource := functionARN.V
	if functionARN.Unknown {
		resource = leastARN(pol.FunctionName, pol.Region)
	}
	sid := p.StatementID.V
	if p.StatementID.Unknown && p.StatementIDPrefix.IsKnown() {
		sid = p.StatementIDPrefix.V + strings.Repeat("0", UniqueSuffixLength)
	}
	if p.Qualifier.Unknown {
		complete = false
	} else if p.Qualifier.Set && p.Qualifier.V != "" {
		resource += ":" + p.Qualifier.V
	}
	st = policyStatement{Sid: sid, Effect: "Allow", Principal: "*", Action: p.Action.V, Resource: resource}
	if p.Principal.IsKnown() {
		st.Principal = principal(p.Principal.V)
	}
	conditions := []struct {
		v        Value[string]
		operator string
		key      string
	}{
		{p.SourceARN, "ArnLike", "AWS:SourceArn"},
		{p.SourceAccount, "StringEquals", "AWS:SourceAccount"},
		{p.PrincipalOrgID, "StringEquals", "aws:PrincipalOrgID"},
		{p.EventSourceToken, "StringEquals", "lambda:EventSourceToken"},
		{p.FunctionURLAuthType, "StringEquals", "lambda:FunctionUrlAuthType"},
	}
	switch v := p.InvokedViaFunctionURL; {
	case v.Unknown:
		complete = false
	case v.IsKnown() && v.V:
		// The AWS provider sends it only when true.
		st.Condition = map[string]map[string]string{"Bool": {"lambda:InvokedViaFunctionUrl": "true"}}
	}
	for _, cond := range conditions {
		switch {
		case cond.v.Unknown:
			complete = false
		case cond.v.Set && cond.v.V != "":
			if st.Condition == nil {
				st.Condition = map[string]map[string]string{}
			}
			if st.Condition[cond.operator] == nil {
				st.Condition[cond.operator] = map[string]string{}
			}
			st.Condition[cond.operator][cond.key] = cond.v.V
		}
	}
	return st, complete
}

// compactJSON encodes v as AWS stores it: compact, without HTML escaping.
func compactJSON(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// Encoding maps, strings and slices of them cannot fail.
	_ = enc.Encode(v)
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// CheckPolicy estimates the size of a function's resource-based policy and
// checks it against resource_policy_max_bytes, naming the largest statements.
func CheckPolicy(l Limits, p Policy) PolicyReport {
	c := &checker{limits: l}
	rep := PolicyReport{PolicyBytes: Unknown[int64](), AvailableBytes: Unknown[int64]()}
	if p.Permissions.Unknown {
		c.undecided(ResourcePolicyMaxBytes)
		rep.Result = c.res
		return rep
	}
	if !p.FunctionARN.Set && !p.FunctionARN.Unknown {
		c.invalid("function_arn", -1, "Missing Function ARN",
			"The function's ARN is not given, so the policy's Resource cannot be written. Give the ARN, or on lambdaquota_function_policy its region, account_id and function_name.")
		rep.Result = c.res
		return rep
	}
	c.statementIDs(p.Permissions.V)
	// Lambda keeps one policy for the unqualified function and one for each
	// version and alias; a permission whose qualifier is unknown could be in
	// any of them, so it is counted in none.
	groups := map[string]*policyGroup{}
	var order []string
	complete := !p.FunctionARN.Unknown
	for i, perm := range p.Permissions.V {
		if perm.Qualifier.Unknown {
			complete = false
			continue
		}
		st, ok := statement(p, perm)
		complete = complete && ok
		g := groups[perm.Qualifier.V]
		if g == nil {
			g = &policyGroup{qualifier: perm.Qualifier, doc: policyDocument{Version: "2012-10-17", ID: "default"}}
			groups[perm.Qualifier.V] = g
			order = append(order, perm.Qualifier.V)
		}
		g.doc.Statement = append(g.doc.Statement, st)
		// A statement is named by its id, unless that is unset, unknown or
		// sensitive.
		sid := st.Sid
		if sid == "" || !perm.StatementID.IsKnown() || perm.StatementID.Hidden() || perm.StatementIDPrefix.Hidden() {
			sid = fmt.Sprintf("permissions[%d]", i)
		}
		g.sizes = append(g.sizes, sizedStatement{sid, len(compactJSON(st))})
	}
	limit := l.Value(ResourcePolicyMaxBytes)
	largest := int64(len(compactJSON(policyDocument{Version: "2012-10-17", ID: "default", Statement: []policyStatement{}})))
	decided := complete
	for _, q := range order {
		g := groups[q]
		size := int64(len(compactJSON(g.doc)))
		largest = max(largest, size)
		if !complete && size <= limit {
			decided = false
			continue
		}
		what := g.describe()
		if !complete {
			what += ", counting only what is known before apply,"
		}
		c.atMost(ResourcePolicyMaxBytes, "permissions", size, what)
	}
	c.fanOutHint(p.Permissions.V)
	if decided {
		rep.PolicyBytes, rep.AvailableBytes = Known(largest), Known(limit-largest)
	} else {
		c.undecided(ResourcePolicyMaxBytes)
	}
	rep.Result = c.res
	return rep
}

type sizedStatement struct {
	sid   string
	bytes int
}

// policyGroup is the policy of one qualifier ("" for the unqualified function).
type policyGroup struct {
	qualifier Value[string]
	doc       policyDocument
	sizes     []sizedStatement
}

// describe names the policy and its largest statements for a message.
func (g *policyGroup) describe() string {
	sizes := slices.Clone(g.sizes)
	slices.SortStableFunc(sizes, func(a, b sizedStatement) int { return b.bytes - a.bytes })
	var largest []string
	for _, s := range sizes[:min(3, len(sizes))] {
		largest = append(largest, fmt.Sprintf("%s (%s bytes)", s.sid, groupDigits(int64(s.bytes))))
	}
	of := "the function"
	if g.qualifier.V != "" {
		of = named("qualifier", g.qualifier) + " of the function"
	}
	return fmt.Sprintf("the estimated resource-based policy of %s, with %d statements (the largest: %s)",
		of, len(sizes), strings.Join(largest, ", "))
}

// statementIDs checks each known statement id: 1 to 100 letters, digits,
// hyphens and underscores.
func (c *checker) statementIDs(perms []Permission) {
	for i, p := range perms {
		if !p.StatementID.IsKnown() {
			continue
		}
		id := p.StatementID.V
		c.atMost(PermissionStatementIDMaxLength, "statement_id", int64(utf8.RuneCountInString(id)), "the length of "+named("statement id", p.StatementID))
		if id == "" || strings.IndexFunc(id, func(r rune) bool { return !isNameRune(r) }) >= 0 {
			c.rule(PermissionStatementIDPattern, "statement_id", fmt.Sprintf(
				"The statement id of permission %d%s is not 1 or more letters, digits, hyphens and underscores.", i, shownAs(p.StatementID)))
		}
	}
}

// ResourcePolicy is an aws_lambda_policy (Lambda's PutResourcePolicy): one
// document that is the whole policy of a function, version or alias, in
// place of every permission's statement.
type ResourcePolicy struct {
	// ResourceARN names the function and qualifier; Document is the policy.
	ResourceARN Value[string]
	Document    Value[string]
}

// CheckResourcePolicy measures a whole policy document as Lambda keeps it,
// its compact JSON, against resource_policy_max_bytes.
func CheckResourcePolicy(l Limits, p ResourcePolicy) PolicyReport {
	c := &checker{limits: l}
	rep := PolicyReport{PolicyBytes: Unknown[int64](), AvailableBytes: Unknown[int64]()}
	checkInput(c, p.Document, []ID{ResourcePolicyMaxBytes}, func(doc Value[string]) {
		var compact bytes.Buffer
		if err := json.Compact(&compact, []byte(doc.V)); err != nil {
			c.invalid("policy", -1, "Invalid Lambda Resource Policy", "The policy document is not JSON, so AWS refuses it.")
			return
		}
		size := int64(compact.Len())
		what := "the policy document"
		if p.ResourceARN.IsKnown() {
			what += " of " + p.ResourceARN.V
		}
		c.atMost(ResourcePolicyMaxBytes, "policy", size, what+", as compact JSON,")
		rep.PolicyBytes, rep.AvailableBytes = Known(size), Known(l.Value(ResourcePolicyMaxBytes)-size)
	})
	rep.Result = c.res
	return rep
}

// fanOutHint adds, to a policy that is too large, how to collapse the
// statements that let one API Gateway API invoke the function, one per
// method or path: a single statement whose source_arn is the API's
// execution ARN with /*/* covers them all.
func (c *checker) fanOutHint(perms []Permission) {
	i := slices.IndexFunc(c.res.Findings, func(f Finding) bool { return f.Kind == Violation && f.Quota == ResourcePolicyMaxBytes })
	if i < 0 {
		return
	}
	byAPI := map[string]int{}
	for _, p := range perms {
		if !p.Principal.IsKnown() || p.Principal.V != "apigateway.amazonaws.com" || !p.SourceARN.IsKnown() || p.SourceARN.Hidden() {
			continue
		}
		// arn:aws:execute-api:REGION:ACCOUNT:API_ID/STAGE/METHOD/PATH
		if api, _, ok := strings.Cut(p.SourceARN.V, "/"); ok && strings.HasPrefix(api, "arn:aws:execute-api:") {
			byAPI[api]++
		}
	}
	for _, api := range slices.Sorted(maps.Keys(byAPI)) {
		if n := byAPI[api]; n > 1 {
			c.res.Findings[i].Detail += fmt.Sprintf(" %d of the statements let API Gateway invoke the function from %s, one "+
				"per stage, method or path: one permission with source_arn = \"%s/*/*\" covers them all.", n, api, api)
		}
	}
}
