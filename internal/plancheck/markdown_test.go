package plancheck

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var updateMarkdown = flag.Bool("update", false, "rewrite the markdown goldens")

// markdownOf is a plan's markdown report.
func markdownOf(t *testing.T, changes ...string) string {
	t.Helper()
	// A fixed plan timestamp keeps the runtime lifecycle's verdict stable.
	p, err := tfplan.Parse([]byte(`{"format_version":"1.2","timestamp":"2026-12-07T10:00:00Z","resource_changes":[` + strings.Join(changes, ",") + `]}`))
	if err != nil {
		t.Fatal(err)
	}
	r := Check(p, Options{Limits: quota.DefaultLimits()})
	var b bytes.Buffer
	if err := Write(&b, "markdown", &r, Meta{Version: "test", Limits: quota.DefaultLimits()}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// render is the HTML GitHub-flavoured markdown makes of a report.
func render(t *testing.T, md string) string {
	t.Helper()
	var html bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert([]byte(md), &html); err != nil {
		t.Fatal(err)
	}
	return html.String()
}

func function(name string, env int, reserved int) string {
	return change("aws_lambda_function."+name, "aws_lambda_function", create, fmt.Sprintf(
		`{"function_name":%q,"s3_bucket":"b","region":"us-east-1","reserved_concurrent_executions":%d,"environment":[{"variables":{"KEY":%q}}]}`,
		name, reserved, strings.Repeat("v", env)))
}

// TestMarkdownReports: a pass, warnings and errors, each against its
// golden, rendered as tables by a GitHub-flavoured markdown renderer.
func TestMarkdownReports(t *testing.T) {
	t.Parallel()
	for name, tc := range map[string]struct {
		changes []string
		verdict string
		tables  int
	}{
		"pass":     {[]string{function("api", 100, 100)}, "every checked quota fits", 1},
		"warnings": {[]string{change("aws_lambda_function.legacy", "aws_lambda_function", create, `{"function_name":"legacy","s3_bucket":"b","region":"us-east-1","runtime":"python3.9"}`)}, "no quota fails, 1 warning", 2},
		"errors":   {[]string{function("api", 5000, 950), function("worker", 10, 10)}, "3 errors would fail the apply", 2},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			md := markdownOf(t, tc.changes...)
			if !strings.Contains(md, tc.verdict) {
				t.Errorf("verdict: %q", strings.SplitN(md, "\n", 2)[0])
			}
			if n := strings.Count(render(t, md), "<table>"); n != tc.tables {
				t.Errorf("%d tables rendered, want %d:\n%s", n, tc.tables, md)
			}
			golden := filepath.Join("testdata", "markdown-"+name+".md")
			if *updateMarkdown {
				if err := os.WriteFile(golden, []byte(md), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil || string(want) != md {
				t.Errorf("report differs from %s (go test ./internal/plancheck -run TestMarkdownReports -update):\n%s", golden, md)
			}
		})
	}
}

// A plan of 1,000 failing functions fits a pull-request comment: the rows
// that would pass GitHub's limit are counted, not listed.
func TestMarkdownReportFitsACommentAt1000Functions(t *testing.T) {
	t.Parallel()
	var changes []string
	for i := range 1000 {
		changes = append(changes, function(fmt.Sprintf("f%04d", i), 5000, 10))
	}
	md := markdownOf(t, changes...)
	if len(md) > MarkdownLimit {
		t.Fatalf("%d characters, over %d", len(md), MarkdownLimit)
	}
	if !strings.Contains(md, "findings are not listed") || !strings.Contains(render(t, md), "<table>") {
		t.Fatalf("no count of the findings left out, or no table:\n%s", md[len(md)-600:])
	}
}

// Sensitive values never appear in a markdown report.
func TestMarkdownReportNeverPrintsSensitiveValues(t *testing.T) {
	t.Parallel()
	secret := strings.Repeat("s3cr3t", 800)
	plan := fmt.Sprintf(`{"address":"aws_lambda_function.api","mode":"managed","type":"aws_lambda_function","name":"api","change":{"actions":["create"],"before":null,`+
		`"after":{"function_name":"api","s3_bucket":"b","environment":[{"variables":{"TOKEN":%q}}]},"after_unknown":{},`+
		`"after_sensitive":{"environment":[{"variables":{"TOKEN":true}}]}}}`, secret)
	if md := markdownOf(t, plan); strings.Contains(md, "s3cr3t") || !strings.Contains(md, "environment_variables_max_bytes") {
		t.Fatalf("%s", md)
	}
}

// With an account snapshot, the headroom of a VPC says what was in use
// and what the plan adds: 211 ENIs in use and 20 new pairs, 231 of 250.
func TestMarkdownHeadroomOfAVPC(t *testing.T) {
	t.Parallel()
	v := &quota.VPCInUse{Pairs: map[string]int64{}, MountTargets: map[string]bool{}}
	for i := range 211 {
		v.Pairs[quota.PairKey(fmt.Sprintf("in-use-%d", i), []string{"sg"})] = 1
	}
	snap := &quota.Snapshot{Source: "snap", Region: "us-east-1", ENIs: true, MountTargets: true, VPCs: map[string]*quota.VPCInUse{"vpc-a": v}}
	var changes []string
	for i := range 20 {
		changes = append(changes, change(fmt.Sprintf("aws_lambda_function.f%d", i), "aws_lambda_function", create, vpcFn(fmt.Sprintf("f%d", i), fmt.Sprintf("s%d", i))))
	}
	r := checkWithSnapshot(t, snap, changes...)
	var b bytes.Buffer
	if err := Write(&b, "markdown", &r, Meta{Version: "test", Limits: quota.DefaultLimits()}); err != nil {
		t.Fatal(err)
	}
	want := "| `enis_per_vpc` | VPC vpc-a | 231 ENIs | 20 ENIs | 250 ENIs | `██████████████████░░` 92% |"
	if !strings.Contains(b.String(), want) {
		t.Fatalf("no row %q in:\n%s", want, b.String())
	}
}

// A Region's headroom is against the account's own limits where its
// snapshot gives them: 5,000 executions of concurrency reserve up to 4,900.
func TestMarkdownHeadroomTakesTheSnapshotsLimits(t *testing.T) {
	t.Parallel()
	snap := reservedSnapshot(0, nil)
	snap.Settings.ConcurrentExecutions, snap.Settings.UnreservedConcurrentExecutions = 5000, 5000
	snap.Applied = map[quota.ID]int64{quota.ConcurrentExecutions: 5000}
	p, err := tfplan.Parse([]byte(`{"format_version":"1.2","resource_changes":[` +
		change("aws_lambda_function.f", "aws_lambda_function", create, reservingFn("f", 950)) + `]}`))
	if err != nil {
		t.Fatal(err)
	}
	// The catalog's defaults, as lambdaquota check keeps them with the
	// snapshots of several Regions: the Region's own values come from its
	// snapshot.
	r := Check(p, Options{Limits: quota.DefaultLimits(), Snapshots: []*quota.Snapshot{snap}})
	if r.Errors() != 0 {
		t.Fatalf("950 of 4,900 fails: %v", findings(r))
	}
	var b bytes.Buffer
	if err := Write(&b, "markdown", &r, Meta{Version: "test", Limits: quota.DefaultLimits()}); err != nil {
		t.Fatal(err)
	}
	if want := "| 950 executions |  | 4,900 executions |"; !strings.Contains(b.String(), want) {
		t.Fatalf("no %q in:\n%s", want, b.String())
	}
}
