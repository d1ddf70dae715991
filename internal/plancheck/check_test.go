package plancheck

import (
	"fmt"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/ziptest"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// change is one entry of resource_changes, written as a plan's JSON writes it.
func change(addr, typ, actions, after string, unknown ...string) string {
	u := "{}"
	if len(unknown) > 0 {
		u = unknown[0]
	}
	name := addr[strings.LastIndex(addr, ".")+1:]
	return fmt.Sprintf(`{"address":%q,"mode":"managed","type":%q,"name":%q,"change":{"actions":[%s],"before":null,"after":%s,"after_unknown":%s}}`,
		addr, typ, name, actions, after, u)
}

func checkPlan(t *testing.T, dir string, changes ...string) Report {
	t.Helper()
	p, err := Parse([]byte(`{"format_version":"1.2","resource_changes":[` + strings.Join(changes, ",") + `]}`))
	if err != nil {
		t.Fatal(err)
	}
	return Check(p, Options{Dir: dir, Limits: quota.DefaultLimits()})
}

// findings lists the report's items as "address: quota".
func findings(r Report) []string {
	var out []string
	for _, it := range r.Items {
		out = append(out, it.Address+": "+string(it.Quota))
	}
	return out
}

func wantFindings(t *testing.T, r Report, want ...string) {
	t.Helper()
	got := findings(r)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

const create, noop, del = `"create"`, `"no-op"`, `"delete"`

func TestCheckDeletedResourcesNoLongerCount(t *testing.T) {
	t.Parallel()
	fn := func(name string, reserved int) string {
		return fmt.Sprintf(`{"function_name":%q,"s3_bucket":"b","reserved_concurrent_executions":%d}`, name, reserved)
	}
	// 600 deployed and 301 new: over the 900 that leaves the floor of 100.
	wantFindings(t, checkPlan(t, "",
		change("aws_lambda_function.old", "aws_lambda_function", noop, fn("old", 600)),
		change("aws_lambda_function.new", "aws_lambda_function", create, fn("new", 301))), ": unreserved_concurrency_min")
	// The same 600 being deleted: it no longer counts.
	wantFindings(t, checkPlan(t, "",
		change("aws_lambda_function.old", "aws_lambda_function", del, "null"),
		change("aws_lambda_function.new", "aws_lambda_function", create, fn("new", 301))))
	// Deployed and unchanged alone: not checked again, even over the floor.
	wantFindings(t, checkPlan(t, "", change("aws_lambda_function.old", "aws_lambda_function", noop, fn("old", 950))))
}

func TestCheckUnknownValues(t *testing.T) {
	t.Parallel()
	env := func(size int) string {
		return fmt.Sprintf(`{"function_name":"f","s3_bucket":"b","environment":[{"variables":{"BIG":%q,"ARN":null}}]}`, strings.Repeat("x", size))
	}
	unknownARN := `{"environment":[{"variables":{"ARN":true}}]}`
	// {"ARN":"","BIG":"..."}: 19 bytes besides the value, counting the unknown ARN as empty.
	r := checkPlan(t, "", change("aws_lambda_function.f", "aws_lambda_function", create, env(4096-19+1), unknownARN))
	wantFindings(t, r, "aws_lambda_function.f: environment_variables_max_bytes")
	r = checkPlan(t, "", change("aws_lambda_function.f", "aws_lambda_function", create, env(4096-19), unknownARN))
	wantFindings(t, r)
	if len(r.Undecided) != 1 || r.Undecided[0].Address != "aws_lambda_function.f" || r.Undecided[0].Quotas[0] != quota.EnvironmentVariablesMaxBytes {
		t.Errorf("undecided = %+v, want the environment of aws_lambda_function.f", r.Undecided)
	}
}

func TestCheckNeverPrintsSensitiveValues(t *testing.T) {
	t.Parallel()
	p, err := Parse([]byte(`{"format_version":"1.2","resource_changes":[{"address":"aws_lambda_function.f","mode":"managed",
	"type":"aws_lambda_function","name":"f","change":{"actions":["create"],"after":{"function_name":"f","s3_bucket":"b",
	"environment":[{"variables":{"hunter2-key":"` + strings.Repeat("hunter2", 600) + `"}}]}, "after_unknown":{},
	"after_sensitive":{"environment":[{"variables":true}]}}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	r := Check(p, Options{Limits: quota.DefaultLimits()})
	// The key is malformed: the report says so without naming it.
	wantFindings(t, r, "aws_lambda_function.f: environment_variable_key_pattern", "aws_lambda_function.f: environment_variables_max_bytes")
	for _, f := range Formats {
		var b strings.Builder
		if err := Write(&b, f, &r, Meta{Limits: quota.DefaultLimits()}); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), "hunter2") {
			t.Errorf("the %s report prints a sensitive value", f)
		}
	}
}

func TestCheckLinksResources(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ziptest.WriteSized(t, dir, "fn.zip", 1000, 100<<20)
	ziptest.WriteSized(t, dir, "layer.zip", 1000, 151<<20)
	fn := `{"function_name":"api","filename":"fn.zip","timeout":60,"arn":"arn:aws:lambda:us-east-1:123456789012:function:api",` +
		`"layers":["arn:aws:lambda:us-east-1:123456789012:layer:deps:3"]}`
	layer := `{"layer_name":"deps","filename":"layer.zip","arn":"arn:aws:lambda:us-east-1:123456789012:layer:deps:3"}`
	queue := `{"name":"jobs","arn":"arn:aws:sqs:us-east-1:123456789012:jobs"}`
	mapping := func(source, fn string) string {
		return fmt.Sprintf(`{"event_source_arn":%q,"function_name":%q}`, source, fn)
	}
	perm := func(fn string) string {
		return fmt.Sprintf(`{"statement_id":"s","action":"lambda:InvokeFunction","principal":"s3.amazonaws.com","function_name":%q}`, fn)
	}
	r := checkPlan(t, dir,
		change("aws_lambda_layer_version.deps", "aws_lambda_layer_version", noop, layer),
		change("aws_lambda_function.api", "aws_lambda_function", `"update"`, fn),
		change("aws_sqs_queue.jobs", "aws_sqs_queue", noop, queue),
		// By ARN, to a queue of the plan whose 30-second default is under 60.
		change("aws_lambda_event_source_mapping.jobs", "aws_lambda_event_source_mapping", create,
			mapping("arn:aws:sqs:us-east-1:123456789012:jobs", "arn:aws:lambda:us-east-1:123456789012:function:api")),
		// To a queue outside the plan: its timeout is unknown, so undecided.
		change("aws_lambda_event_source_mapping.other", "aws_lambda_event_source_mapping", create,
			mapping("arn:aws:sqs:us-east-1:123456789012:other", "api")),
		// By partial ARN, grouped with the function's policy.
		change("aws_lambda_permission.p", "aws_lambda_permission", create, perm("123456789012:function:api")),
	)
	// 100 MB of the function and 151 MB of its layer, known by its ARN.
	wantFindings(t, r, "aws_lambda_event_source_mapping.jobs: sqs_visibility_timeout_min",
		"aws_lambda_function.api: unzipped_package_max_bytes")
	if d := r.Items[1].Detail; !strings.Contains(d, "layer") {
		t.Errorf("the unzipped total does not count the layer: %s", d)
	}
	undecided := map[string]bool{}
	for _, u := range r.Undecided {
		undecided[u.Address] = true
	}
	if !undecided["aws_lambda_event_source_mapping.other"] {
		t.Errorf("undecided = %+v, want the mapping to a queue outside the plan", r.Undecided)
	}
	if r.Checked["aws_lambda_permission"] != 1 || r.Counted["aws_sqs_queue"] != 1 {
		t.Errorf("checked %v, counted %v", r.Checked, r.Counted)
	}
}

func TestCheckBadInputIsAFinding(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	r := checkPlan(t, dir,
		change("aws_lambda_function.missing", "aws_lambda_function", create, `{"function_name":"missing","filename":"build/none.zip"}`),
		change("aws_lambda_function.shape", "aws_lambda_function", create, `{"function_name":"shape","s3_bucket":"b","memory_size":"lots"}`))
	// A package not built yet is a warning, as on the provider: it may be
	// built during apply.
	if len(r.Items) != 2 || r.Errors() != 1 || r.Items[0].Kind != quota.Skipped {
		t.Fatalf("items = %+v, want a warning and an error", r.Items)
	}
	if msg := r.Items[0].Message(quota.SurfacePlan); !strings.Contains(msg, dir+"/build/none.zip") {
		t.Errorf("the missing package is not named with --chdir's directory: %s", msg)
	}
	if r.Items[1].Kind != quota.InvalidInput || !strings.Contains(r.Items[1].Detail, "memory_size") {
		t.Errorf("a value of the wrong shape: %+v", r.Items[1])
	}
}

// A new EFS mount target is one more ENI in a VPC whose functions are all
// deployed: the VPC is checked.
func TestCheckNewMountTargetInADeployedVPC(t *testing.T) {
	t.Parallel()
	var changes []string
	for i := range 50 {
		changes = append(changes, change(fmt.Sprintf("aws_lambda_function.f%02d", i), "aws_lambda_function", noop,
			fmt.Sprintf(`{"function_name":"f%02d","s3_bucket":"b","vpc_config":[{"vpc_id":"vpc-1","subnet_ids":["s1","s2","s3","s4","s5"],"security_group_ids":["sg-%d"]}]}`, i, i)))
	}
	// 250 deployed ENIs: nothing to check.
	wantFindings(t, checkPlan(t, "", changes...))
	mount := func(actions string) string {
		return change("aws_efs_mount_target.m", "aws_efs_mount_target", actions, `{"file_system_id":"fs-1","subnet_id":"s1"}`)
	}
	// The same mount target deployed: AWS accepted it, so the plan changes nothing there.
	wantFindings(t, checkPlan(t, "", append(changes, mount(noop))...))
	wantFindings(t, checkPlan(t, "", append(changes, mount(create))...), "aws_lambda_function.f00: enis_per_vpc")
}
