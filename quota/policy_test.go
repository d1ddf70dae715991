package quota_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

const testFunctionARN = "arn:aws:lambda:us-east-2:123456789012:function:my-function"

func TestPolicyJSONMatchesGetPolicyShape(t *testing.T) {
	t.Parallel()
	k := quota.Known[string]
	tests := map[string]struct {
		perm quota.Permission
		want string
	}{
		"sns with source arn": {
			quota.Permission{StatementID: k("sns"), Action: k("lambda:InvokeFunction"), Principal: k("sns.amazonaws.com"), SourceARN: k("arn:aws:sns:us-east-2:123456789012:lambda*")},
			`{"Version":"2012-10-17","Id":"default","Statement":[{"Sid":"sns","Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"lambda:InvokeFunction","Resource":"arn:aws:lambda:us-east-2:123456789012:function:my-function","Condition":{"ArnLike":{"AWS:SourceArn":"arn:aws:sns:us-east-2:123456789012:lambda*"}}}]}`,
		},
		"s3 with account and alias": {
			quota.Permission{StatementID: k("s3"), Action: k("lambda:InvokeFunction"), Principal: k("s3.amazonaws.com"), SourceARN: k("arn:aws:s3:::bucket"), SourceAccount: k("123456789012"), Qualifier: k("live")},
			`{"Version":"2012-10-17","Id":"default","Statement":[{"Sid":"s3","Effect":"Allow","Principal":{"Service":"s3.amazonaws.com"},"Action":"lambda:InvokeFunction","Resource":"arn:aws:lambda:us-east-2:123456789012:function:my-function:live","Condition":{"ArnLike":{"AWS:SourceArn":"arn:aws:s3:::bucket"},"StringEquals":{"AWS:SourceAccount":"123456789012"}}}]}`,
		},
		"cross-account": {
			quota.Permission{StatementID: k("xaccount"), Action: k("lambda:GetFunction"), Principal: k("210987654321")},
			`{"Version":"2012-10-17","Id":"default","Statement":[{"Sid":"xaccount","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::210987654321:root"},"Action":"lambda:GetFunction","Resource":"arn:aws:lambda:us-east-2:123456789012:function:my-function"}]}`,
		},
		"public function URL": {
			quota.Permission{StatementID: k("url"), Action: k("lambda:InvokeFunctionUrl"), Principal: k("*"), FunctionURLAuthType: k("NONE")},
			`{"Version":"2012-10-17","Id":"default","Statement":[{"Sid":"url","Effect":"Allow","Principal":"*","Action":"lambda:InvokeFunctionUrl","Resource":"arn:aws:lambda:us-east-2:123456789012:function:my-function","Condition":{"StringEquals":{"lambda:FunctionUrlAuthType":"NONE"}}}]}`,
		},
		// The urls-auth page's second statement of a public function URL,
		// as GetPolicy returns it since October 2025.
		"invoked via function URL": {
			quota.Permission{StatementID: k("invoke"), Action: k("lambda:InvokeFunction"), Principal: k("*"), InvokedViaFunctionURL: quota.Known(true)},
			`{"Version":"2012-10-17","Id":"default","Statement":[{"Sid":"invoke","Effect":"Allow","Principal":"*","Action":"lambda:InvokeFunction","Resource":"arn:aws:lambda:us-east-2:123456789012:function:my-function","Condition":{"Bool":{"lambda:InvokedViaFunctionUrl":"true"}}}]}`,
		},
		"invoked via function URL false": {
			quota.Permission{StatementID: k("invoke"), Action: k("lambda:InvokeFunction"), Principal: k("*"), InvokedViaFunctionURL: quota.Known(false)},
			`{"Version":"2012-10-17","Id":"default","Statement":[{"Sid":"invoke","Effect":"Allow","Principal":"*","Action":"lambda:InvokeFunction","Resource":"arn:aws:lambda:us-east-2:123456789012:function:my-function"}]}`,
		},
		"organization and token": {
			quota.Permission{StatementID: k("org"), Action: k("lambda:InvokeFunction"), Principal: k("*"), PrincipalOrgID: k("o-a1b2c3d4e5"), EventSourceToken: k("tok")},
			`{"Version":"2012-10-17","Id":"default","Statement":[{"Sid":"org","Effect":"Allow","Principal":"*","Action":"lambda:InvokeFunction","Resource":"arn:aws:lambda:us-east-2:123456789012:function:my-function","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5","lambda:EventSourceToken":"tok"}}}]}`,
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if got := string(quota.PolicyJSON(testFunctionARN, []quota.Permission{tc.perm})); got != tc.want {
				t.Fatalf("policy\n got %s\nwant %s", got, tc.want)
			}
			rep := quota.CheckPolicy(quota.DefaultLimits(), quota.Policy{FunctionARN: quota.Known(testFunctionARN), Permissions: quota.Known([]quota.Permission{tc.perm})})
			if rep.PolicyBytes != quota.Known(int64(len(tc.want))) {
				t.Fatalf("policy bytes = %+v, want %d", rep.PolicyBytes, len(tc.want))
			}
		})
	}
}

// s3Triggers returns n S3 permissions, the last one's source ARN padded so
// that the policy measures exactly size bytes when size > 0.
func s3Triggers(n, size int) []quota.Permission {
	perms := make([]quota.Permission, n)
	for i := range perms {
		perms[i] = quota.Permission{
			StatementID: quota.Known(fmt.Sprintf("s3-%d", i)), Action: quota.Known("lambda:InvokeFunction"),
			Principal: quota.Known("s3.amazonaws.com"), SourceARN: quota.Known(fmt.Sprintf("arn:aws:s3:::bucket-%d", i)),
			SourceAccount: quota.Known("123456789012"),
		}
	}
	if size > 0 {
		pad := size - len(quota.PolicyJSON(testFunctionARN, perms))
		perms[n-1].SourceARN.V += strings.Repeat("x", pad)
	}
	return perms
}

func TestCheckPolicyBoundary(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		size      int
		violation bool
	}{{20480, false}, {20481, true}} {
		rep := quota.CheckPolicy(quota.DefaultLimits(), quota.Policy{FunctionARN: quota.Known(testFunctionARN), Permissions: quota.Known(s3Triggers(60, tc.size))})
		f, ok := rep.Violation(quota.ResourcePolicyMaxBytes)
		if ok != tc.violation || rep.PolicyBytes != quota.Known(int64(tc.size)) {
			t.Fatalf("size %d: violation %v, bytes %+v", tc.size, ok, rep.PolicyBytes)
		}
		if ok && (!strings.Contains(f.Detail, "20,481 bytes (20 KB), 1 byte more than the 20,480 bytes") || !strings.Contains(f.Detail, "with 60 statements (the largest: s3-59 (")) {
			t.Fatalf("detail = %q", f.Detail)
		}
		if !ok && rep.AvailableBytes != quota.Known[int64](0) {
			t.Fatalf("available = %+v", rep.AvailableBytes)
		}
	}
}

func TestCheckPolicyUnknowns(t *testing.T) {
	t.Parallel()
	l := quota.DefaultLimits()
	small := quota.CheckPolicy(l, quota.Policy{FunctionARN: quota.Unknown[string](), Permissions: quota.Known(s3Triggers(3, 0))})
	if len(small.Findings) != 0 || len(small.Undecided) != 1 || small.PolicyBytes.IsKnown() {
		t.Fatalf("small policy with unknown ARN must be undecided: %+v", small)
	}
	big := quota.CheckPolicy(l, quota.Policy{FunctionARN: quota.Unknown[string](), Permissions: quota.Known(s3Triggers(200, 0))})
	if f, ok := big.Violation(quota.ResourcePolicyMaxBytes); !ok || !strings.Contains(f.Detail, "counting only what is known before apply") {
		t.Fatalf("200 S3 triggers exceed the quota whatever the ARN: %+v", big.Findings)
	}
	if r := quota.CheckPolicy(l, quota.Policy{Permissions: quota.Unknown[[]quota.Permission]()}); len(r.Undecided) != 1 {
		t.Fatalf("unknown permissions: %+v", r)
	}
}

func BenchmarkCheckPolicy200(b *testing.B) {
	perms := s3Triggers(200, 0)
	b.ReportAllocs()
	for b.Loop() {
		quota.CheckPolicy(quota.DefaultLimits(), quota.Policy{FunctionARN: quota.Known(testFunctionARN), Permissions: quota.Known(perms)})
	}
}

func policyOf(perms ...quota.Permission) quota.Result {
	return quota.CheckPolicy(quota.DefaultLimits(), quota.Policy{FunctionARN: quota.Known("arn:aws:lambda:eu-west-1:123456789012:function:api"), Permissions: quota.Known(perms)}).Result
}

func s3Permissions(n int, qualifier string) []quota.Permission {
	out := make([]quota.Permission, n)
	for i := range out {
		out[i] = quota.Permission{
			StatementID: quota.Known("s3-" + qualifier + "-" + strings.Repeat("x", i%10)), Action: quota.Known("lambda:InvokeFunction"),
			Principal: quota.Known("s3.amazonaws.com"), SourceARN: quota.Known("arn:aws:s3:::uploads-bucket-number-" + strings.Repeat("9", i%7)),
			Qualifier: quota.Known(qualifier),
		}
	}
	return out
}

// TestPolicyStatementsFromConditions: function URL, organisation and
// event-source-token permissions write their conditions into the statement.
func TestPolicyStatementsFromConditions(t *testing.T) {
	t.Parallel()
	base := quota.Permission{StatementID: quota.Known("url"), Action: quota.Known("lambda:InvokeFunctionUrl"), Principal: quota.Known("*")}
	with := base
	with.FunctionURLAuthType = quota.Known("NONE")
	with.PrincipalOrgID = quota.Known("o-abc")
	with.EventSourceToken = quota.Known("token")
	doc := string(quota.PolicyJSON("arn", []quota.Permission{with}))
	for _, want := range []string{`"lambda:FunctionUrlAuthType":"NONE"`, `"aws:PrincipalOrgID":"o-abc"`, `"lambda:EventSourceToken":"token"`} {
		if !strings.Contains(doc, want) {
			t.Errorf("policy %s lacks %s", doc, want)
		}
	}
	if len(quota.PolicyJSON("arn", []quota.Permission{with})) <= len(quota.PolicyJSON("arn", []quota.Permission{base})) {
		t.Error("conditions did not grow the policy")
	}
}

// Permissions on a function created in the same plan, with ids from
// statement_id_prefix (terraform-aws-modules/lambda's allowed_triggers):
// the ARN and ids are unknown, but their least lengths decide the policy.
func TestCheckPolicyLowerBoundsOfUnknownIDsAndARN(t *testing.T) {
	t.Parallel()
	k := quota.Known[string]
	perm := func(i int) quota.Permission {
		return quota.Permission{StatementID: quota.Unknown[string](), StatementIDPrefix: k("AllowTrigger"),
			Action: k("lambda:InvokeFunction"), Principal: k("events.amazonaws.com"),
			SourceARN: k(fmt.Sprintf("arn:aws:events:eu-west-1:123456789012:rule/nightly-report-%03d", i))}
	}
	// The least document: each id the prefix and 26 characters, the ARN
	// with a 12-digit account.
	least := func(n int) (int, []quota.Permission) {
		perms := make([]quota.Permission, n)
		known := make([]quota.Permission, n)
		for i := range perms {
			perms[i] = perm(i)
			known[i] = perm(i)
			known[i].StatementID = k("AllowTrigger" + strings.Repeat("x", quota.UniqueSuffixLength))
		}
		return len(quota.PolicyJSON("arn:aws:lambda:eu-west-1:210987654321:function:reports", known)), perms
	}
	n := 1
	for size, _ := least(n); size <= 20480; size, _ = least(n) {
		n++
	}
	check := func(n int) quota.PolicyReport {
		_, perms := least(n)
		return quota.CheckPolicy(quota.DefaultLimits(), quota.Policy{FunctionARN: quota.Unknown[string](),
			Permissions: quota.Known(perms), FunctionName: k("reports"), Region: k("eu-west-1")})
	}
	over := check(n)
	if f, ok := over.Violation(quota.ResourcePolicyMaxBytes); !ok || !strings.Contains(f.Detail, "counting only what is known before apply") ||
		strings.Contains(f.Detail, "AllowTriggerxx") || strings.Contains(f.Detail, "AllowTrigger0") {
		t.Fatalf("%d permissions: %+v; want a violation on the least size, naming no unknown id", n, over.Findings)
	}
	if under := check(n - 1); len(under.Findings) != 0 || !slices.Contains(under.Undecided, quota.ResourcePolicyMaxBytes) {
		t.Errorf("%d permissions: findings %v, undecided %v; want undecided", n-1, under.Findings, under.Undecided)
	}
	// Without the prefix's least length, 2,000 fewer bytes or so: the same
	// count is undecided.
	_, perms := least(n)
	for i := range perms {
		perms[i].StatementIDPrefix = quota.Null[string]()
	}
	if r := quota.CheckPolicy(quota.DefaultLimits(), quota.Policy{FunctionARN: quota.Unknown[string](), Permissions: quota.Known(perms),
		FunctionName: k("reports"), Region: k("eu-west-1")}); len(r.Findings) != 0 {
		t.Errorf("ids of unknown length: %v; want undecided", r.Findings)
	}
}

// policyCases are the policy category's cases, by quota.
func policyCases() map[quota.ID][]quotaCase {
	return map[quota.ID][]quotaCase{
		quota.ResourcePolicyMaxBytes: {
			{"a whole policy of 20,480 bytes", wholePolicy(20480, false), passes},
			{"a whole policy of 20,481 bytes", wholePolicy(20481, false), fails},
			{"20,480 bytes once compact, written indented", wholePolicy(20480, true), passes},
			{"an unknown whole policy", quota.CheckResourcePolicy(quota.DefaultLimits(), quota.ResourcePolicy{Document: quota.Unknown[string]()}).Result, waits},
			{"45 on each of two qualifiers", policyOf(append(s3Permissions(45, "live"), s3Permissions(45, "blue")...)...), passes},
			{"90 on one qualifier", policyOf(s3Permissions(90, "live")...), fails},
			{"an unknown list", quota.CheckPolicy(quota.DefaultLimits(), quota.Policy{FunctionARN: quota.Known("arn:aws:lambda:eu-west-1:123456789012:function:api"),
				Permissions: quota.Unknown[[]quota.Permission]()}).Result, waits}},
		quota.PermissionStatementIDMaxLength: {{"100", policyOf(quota.Permission{StatementID: quota.Known(strings.Repeat("s", 100))}), passes},
			{"101", policyOf(quota.Permission{StatementID: quota.Known(strings.Repeat("s", 101))}), fails}},
		quota.PermissionStatementIDPattern: {{"AllowS3", policyOf(quota.Permission{StatementID: quota.Known("AllowS3")}), passes},
			{"a dot", policyOf(quota.Permission{StatementID: quota.Known("s3.uploads")}), fails},
			{"empty", policyOf(quota.Permission{StatementID: quota.Known("")}), fails}},
	}
}

// wholePolicy is an aws_lambda_policy's document of size bytes as compact
// JSON, written indented when indent is set.
func wholePolicy(size int, indent bool) quota.Result {
	doc := func(pad int) string {
		return `{"Version":"2012-10-17","Statement":[{"Sid":"s","Effect":"Allow","Principal":{"Service":"s3.amazonaws.com"},` +
			`"Action":"lambda:InvokeFunction","Resource":"` + testFunctionARN + `","Condition":{"ArnLike":{"AWS:SourceArn":"arn:aws:s3:::` +
			strings.Repeat("b", pad) + `"}}}]}`
	}
	d := doc(size - len(doc(0)))
	if indent {
		var b bytes.Buffer
		_ = json.Indent(&b, []byte(d), "", "  ")
		d = b.String()
	}
	return quota.CheckResourcePolicy(quota.DefaultLimits(), quota.ResourcePolicy{Document: quota.Known(d)}).Result
}

// Many API Gateway statements of one API push a policy over: the finding
// says how to collapse them into one.
func TestPolicyFindingSaysHowToCollapseAnAPIsStatements(t *testing.T) {
	t.Parallel()
	var perms []quota.Permission
	for i := range 120 {
		perms = append(perms, quota.Permission{StatementID: quota.Known(fmt.Sprintf("api-%03d", i)), Action: quota.Known("lambda:InvokeFunction"),
			Principal: quota.Known("apigateway.amazonaws.com"),
			SourceARN: quota.Known(fmt.Sprintf("arn:aws:execute-api:eu-west-1:123456789012:a1b2c3/prod/GET/orders/%03d", i))})
	}
	res := policyOf(perms...)
	f, ok := res.Violation(quota.ResourcePolicyMaxBytes)
	if !ok || !strings.Contains(f.Detail, `120 of the statements let API Gateway invoke the function from arn:aws:execute-api:eu-west-1:123456789012:a1b2c3`) ||
		!strings.Contains(f.Detail, `source_arn = "arn:aws:execute-api:eu-west-1:123456789012:a1b2c3/*/*"`) {
		t.Fatalf("%+v", res.Findings)
	}
}
