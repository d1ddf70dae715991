package quota

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
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
}

// Policy is a function's resource-based policy, as its permissions build it.
type Policy struct {
	FunctionARN Value[string]
	Permissions Value[[]Permission]
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
// the shortest they can be (empty strings, "*" for the principal, absent
// conditions), so the size is a lower bound; complete says it is exact.
func statement(functionARN Value[string], p Permission) (st policyStatement, complete bool) {
	complete = functionARN.IsKnown() && !p.StatementID.Unknown && !p.Action.Unknown && !p.Principal.Unknown
	resource := functionARN.V
	if p.Qualifier.Unknown {
		complete = false
	} else if p.Qualifier.Set && p.Qualifier.V != "" {
		resource += ":" + p.Qualifier.V
	}
	st = policyStatement{Sid: p.StatementID.V, Effect: "Allow", Principal: "*", Action: p.Action.V, Resource: resource}
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

// PolicyJSON returns the estimated policy document for known permissions.
//
// It is an estimate: the document is rebuilt from the permissions the way
// Lambda writes them (see the tests, which compare it with documents of the
// shape GetPolicy returns), but Lambda may order or normalise some fields
// differently, and permissions added outside this configuration are not seen.
func PolicyJSON(functionARN string, perms []Permission) []byte {
	doc := policyDocument{Version: "2012-10-17", ID: "default", Statement: make([]policyStatement, len(perms))}
	for i, p := range perms {
		doc.Statement[i], _ = statement(Known(functionARN), p)
	}
	return compactJSON(doc)
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
	doc := policyDocument{Version: "2012-10-17", ID: "default", Statement: []policyStatement{}}
	type sized struct {
		sid   string
		bytes int
	}
	var sizes []sized
	complete := !p.FunctionARN.Unknown
	for i, perm := range p.Permissions.V {
		st, ok := statement(p.FunctionARN, perm)
		complete = complete && ok
		doc.Statement = append(doc.Statement, st)
		sid := st.Sid
		if sid == "" {
			sid = fmt.Sprintf("permissions[%d]", i)
		}
		sizes = append(sizes, sized{sid, len(compactJSON(st))})
	}
	size := int64(len(compactJSON(doc)))
	limit := l.Value(ResourcePolicyMaxBytes)
	if complete {
		rep.PolicyBytes, rep.AvailableBytes = Known(size), Known(limit-size)
	} else if size <= limit {
		c.undecided(ResourcePolicyMaxBytes)
		rep.Result = c.res
		return rep
	}
	slices.SortStableFunc(sizes, func(a, b sized) int { return b.bytes - a.bytes })
	var largest []string
	for _, s := range sizes[:min(3, len(sizes))] {
		largest = append(largest, fmt.Sprintf("%s (%s bytes)", s.sid, groupDigits(int64(s.bytes))))
	}
	what := fmt.Sprintf("the estimated resource-based policy of the function, with %d statements (the largest: %s)",
		len(sizes), strings.Join(largest, ", "))
	if !complete {
		what += ", counting only what is known before apply,"
	}
	c.atMost(ResourcePolicyMaxBytes, "permissions", size, what)
	rep.Result = c.res
	return rep
}
