package plancheck

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"

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
	p, err := tfplan.Parse([]byte(`{"format_version":"1.2","resource_changes":[` + strings.Join(changes, ",") + `]}`))
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
		change("aws_lambda_function.new", "aws_lambda_function", create, fn("new", 301))), "aws_lambda_function.new: unreserved_concurrency_min")
	// The same 600 being deleted: it no longer counts after apply, and
	// while it still does, it only may (order warnings are tested below).
	r := checkPlan(t, "",
		change("aws_lambda_function.old", "aws_lambda_function", del, "null"),
		change("aws_lambda_function.new", "aws_lambda_function", create, fn("new", 301)))
	if r.Errors() != 0 {
		t.Errorf("errors: %v", findings(r))
	}
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
	p, err := tfplan.Parse([]byte(`{"format_version":"1.2","resource_changes":[{"address":"aws_lambda_function.f","mode":"managed",
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

// regionalFn is an aws_lambda_function as the AWS provider v6 plans it,
// with its region.
func regionalFn(name, region string, reserved int) string {
	return fmt.Sprintf(`{"function_name":%q,"region":%q,"s3_bucket":"b","reserved_concurrent_executions":%d}`, name, region, reserved)
}

func TestCheckConcurrencyPerRegion(t *testing.T) {
	t.Parallel()
	east1 := change("aws_lambda_function.east1", "aws_lambda_function", create, regionalFn("e1", "us-east-1", 450))
	east2 := change("aws_lambda_function.east2", "aws_lambda_function", create, regionalFn("e2", "us-east-1", 450))
	west1 := change("aws_lambda_function.west1", "aws_lambda_function", create, regionalFn("w1", "eu-west-1", 450))
	west2 := change("aws_lambda_function.west2", "aws_lambda_function", create, regionalFn("w2", "eu-west-1", 450))
	// 900 in each of two Regions: each leaves its floor of 100.
	wantFindings(t, checkPlan(t, "", east1, east2, west1, west2))
	// 950 in one Region does not, and the finding names both functions.
	r := checkPlan(t, "", east1, change("aws_lambda_function.east2", "aws_lambda_function", create, regionalFn("e2", "us-east-1", 500)), west1)
	wantFindings(t, r, "aws_lambda_function.east1: unreserved_concurrency_min")
	if it := r.Items[0]; strings.Join(it.Related, ",") != "aws_lambda_function.east2" || !strings.Contains(it.Detail, "in Region us-east-1") {
		t.Errorf("related = %v, detail = %q; want east2 named and the Region in the detail", it.Related, it.Detail)
	}
}

func TestCheckUnknownRegionIsNeverSummedAway(t *testing.T) {
	t.Parallel()
	unknownRegion := func(name string, reserved int) string {
		return change("aws_lambda_function."+name, "aws_lambda_function", create,
			fmt.Sprintf(`{"function_name":%q,"s3_bucket":"b","reserved_concurrent_executions":%d}`, name, reserved), `{"region":true}`)
	}
	east := change("aws_lambda_function.east", "aws_lambda_function", create, regionalFn("east", "us-east-1", 600))
	// 600 known in us-east-1 and 400 in a Region unknown until apply: it
	// may be us-east-1, so the floor is undecided, not passed.
	r := checkPlan(t, "", east, unknownRegion("later", 400))
	wantFindings(t, r)
	if len(r.Undecided) == 0 {
		t.Fatalf("no undecided quota; want the floor undecided")
	}
	// 950 alone is over the floor in whichever Region it lands.
	wantFindings(t, checkPlan(t, "", east, unknownRegion("later", 950)), "aws_lambda_function.later: unreserved_concurrency_min")
}

func TestCheckProviderRegionWhenPlanHasNone(t *testing.T) {
	t.Parallel()
	fn := func(addr, provider string) string {
		return fmt.Sprintf(`{"address":%q,"provider_config_key":%q,"expressions":{}}`, addr, provider)
	}
	plan := `{"format_version":"1.2","resource_changes":[` +
		change("aws_lambda_function.a", "aws_lambda_function", create, `{"function_name":"a","s3_bucket":"b","reserved_concurrent_executions":600}`) + "," +
		change("aws_lambda_function.b", "aws_lambda_function", create, `{"function_name":"b","s3_bucket":"b","reserved_concurrent_executions":600}`) +
		`],"configuration":{"provider_config":{"aws":{"name":"aws","full_name":"registry.terraform.io/hashicorp/aws","expressions":{"region":{"constant_value":"us-east-1"}}},` +
		`"aws.west":{"name":"aws","full_name":"registry.terraform.io/hashicorp/aws","alias":"west","expressions":{"region":{"constant_value":"us-west-2"}}}},` +
		`"root_module":{"resources":[` + fn("aws_lambda_function.a", "aws") + "," + fn("aws_lambda_function.b", "%s") + `]}}}`
	check := func(provider string) Report {
		p, err := tfplan.Parse([]byte(fmt.Sprintf(plan, provider)))
		if err != nil {
			t.Fatal(err)
		}
		return Check(p, Options{Limits: quota.DefaultLimits()})
	}
	// 600 + 600 under one provider configuration's Region fails; under two it fits.
	wantFindings(t, check("aws"), "aws_lambda_function.a: unreserved_concurrency_min")
	wantFindings(t, check("aws.west"))
}

func TestCheckSameNameInTwoRegionsHasTwoPolicies(t *testing.T) {
	t.Parallel()
	perm := func(addr, region string, n int) string {
		return change(addr, "aws_lambda_permission", create, fmt.Sprintf(
			`{"function_name":"api","region":%q,"statement_id":"s%d%s","action":"lambda:InvokeFunction","principal":%q}`,
			region, n, strings.Repeat("x", 90), strings.Repeat("p", 200)))
	}
	var east, both, oneRegion []string
	for i := range 40 {
		east = append(east, perm(fmt.Sprintf("aws_lambda_permission.e%d", i), "us-east-1", i))
		oneRegion = append(oneRegion, perm(fmt.Sprintf("aws_lambda_permission.e%d", i), "us-east-1", i),
			perm(fmt.Sprintf("aws_lambda_permission.w%d", i), "us-east-1", i))
		both = append(both, perm(fmt.Sprintf("aws_lambda_permission.e%d", i), "us-east-1", i))
		both = append(both, perm(fmt.Sprintf("aws_lambda_permission.w%d", i), "eu-west-1", i))
	}
	one := checkPlan(t, "", east...)
	if len(one.Items) != 0 {
		t.Fatalf("40 permissions on api in one Region: %v; want a fit, so that the next case tests Regions", findings(one))
	}
	// 80 on one function's policy are over 20 KB; on two Regions' functions, not.
	wantFindings(t, checkPlan(t, "", oneRegion...), "aws_lambda_permission.e0: resource_policy_max_bytes")
	wantFindings(t, checkPlan(t, "", both...))
}

// replaceAPI is aws_lambda_function.api replaced in resource_changes:
// createFirst for create_before_destroy.
func replaceAPI(createFirst bool, before, after string) string {
	actions := `"delete","create"`
	if createFirst {
		actions = `"create","delete"`
	}
	return fmt.Sprintf(`{"address":"aws_lambda_function.api","mode":"managed","type":"aws_lambda_function","name":"api","change":{"actions":[%s],"before":%s,"after":%s,"after_unknown":{}}}`,
		actions, before, after)
}

func TestCheckReplacementHoldsOldAndNew(t *testing.T) {
	t.Parallel()
	fn := func(reserved int, bucket string) string {
		return fmt.Sprintf(`{"function_name":"api","s3_bucket":%q,"reserved_concurrent_executions":%d}`, bucket, reserved)
	}
	// create_before_destroy: 700 old and 700 new at once, over the 900 a
	// 1,000 account can reserve.
	r := checkPlan(t, "", replaceAPI(true, fn(700, "old"), fn(700, "new")))
	wantFindings(t, r, "aws_lambda_function.api: unreserved_concurrency_min")
	if it := r.Items[0]; it.Kind != quota.Violation || !strings.Contains(it.Detail, "create_before_destroy") || !strings.Contains(it.Detail, "is 1,400") {
		t.Errorf("item = %+v; want a violation of 1,400 that says why", it)
	}
	// Delete, then create: the old one's reservation is freed first.
	wantFindings(t, checkPlan(t, "", replaceAPI(false, fn(700, "old"), fn(700, "new"))))
	// 450 and 450 at once fit.
	wantFindings(t, checkPlan(t, "", replaceAPI(true, fn(450, "old"), fn(450, "new"))))
	// An unrelated new function counts at the moment only once it exists,
	// which it may not yet: 450 + 450 at once, plus 100 new, is not certain.
	wantFindings(t, checkPlan(t, "", replaceAPI(true, fn(450, "old"), fn(450, "new")),
		change("aws_lambda_function.other", "aws_lambda_function", create, `{"function_name":"other","s3_bucket":"b","reserved_concurrent_executions":100}`)))
}

func TestCheckDestroyBesideCreateWarnsOfOrder(t *testing.T) {
	t.Parallel()
	fn := func(name string, reserved int) string {
		return fmt.Sprintf(`{"function_name":%q,"s3_bucket":"b","reserved_concurrent_executions":%d}`, name, reserved)
	}
	deleted := fmt.Sprintf(`{"address":"aws_lambda_function.old","mode":"managed","type":"aws_lambda_function","name":"old","change":{"actions":["delete"],"before":%s,"after":null}}`, fn("old", 600))
	// 600 destroyed and 400 created: 400 after apply, 1,000 if the create
	// runs first. A warning, never an error.
	r := checkPlan(t, "", deleted, change("aws_lambda_function.new", "aws_lambda_function", create, fn("new", 400)))
	wantFindings(t, r, "aws_lambda_function.new: unreserved_concurrency_min")
	if it := r.Items[0]; it.Kind != quota.OrderDependent || it.Kind.IsError() || !strings.Contains(it.Detail, "fits only if the destroy") {
		t.Errorf("item = %+v; want an order-dependent warning", it)
	}
	// 600 destroyed and 300 created fit in any order.
	wantFindings(t, checkPlan(t, "", deleted, change("aws_lambda_function.new", "aws_lambda_function", create, fn("new", 300))))
	// Lowering one reservation while raising another: the same race.
	r = checkPlan(t, "", fmt.Sprintf(`{"address":"aws_lambda_function.a","mode":"managed","type":"aws_lambda_function","name":"a","change":{"actions":["update"],"before":%s,"after":%s,"after_unknown":{}}}`,
		fn("a", 800), fn("a", 100)), change("aws_lambda_function.b", "aws_lambda_function", create, fn("b", 500)))
	if len(r.Items) != 1 || r.Items[0].Kind != quota.OrderDependent || r.Errors() != 0 {
		t.Errorf("items = %+v; want one order-dependent warning", r.Items)
	}
}

func TestNaturalCompareOrdersIndices(t *testing.T) {
	t.Parallel()
	got := []string{`x[10]`, `x[9]`, `x["b"]`, `x[100]`, `x[2]`, `module.a[10].f`, `module.a[9].f`, `x["a"]`, `x[09]`}
	slices.SortFunc(got, naturalCompare)
	want := []string{`module.a[9].f`, `module.a[10].f`, `x["a"]`, `x["b"]`, `x[2]`, `x[9]`, `x[09]`, `x[10]`, `x[100]`}
	if !slices.Equal(got, want) {
		t.Errorf("sorted %q, want %q", got, want)
	}
}

func TestReportsNeverPrintSensitiveValues(t *testing.T) {
	t.Parallel()
	const canary = "CANARY"
	fn := fmt.Sprintf(`{"function_name":"f","region":"%[1]s-1","handler":"%[1]s handler","package_type":"%[1]sType","filename":"/nonexistent/%[1]s.zip",`+
		`"reserved_concurrent_executions":950,"environment":[{"variables":{"AWS_REGION":"%[1]s","%[1]s-key":"%[1]s"}}],`+
		`"vpc_config":[{"subnet_ids":["subnet-%[1]s"],"security_group_ids":["sg-%[1]s"]}]}`, canary)
	perm := fmt.Sprintf(`{"function_name":"f","region":"%[1]s-1","statement_id":"%[1]s id","qualifier":"%[1]s","action":"lambda:InvokeFunction","principal":"%[1]s"}`, canary)
	p, err := tfplan.Parse([]byte(`{"format_version":"1.2","resource_changes":[` +
		`{"address":"aws_lambda_function.f","mode":"managed","type":"aws_lambda_function","name":"f","change":{"actions":["create"],"before":null,"after":` + fn +
		`,"after_unknown":{"arn":true},"after_sensitive":true}},` +
		`{"address":"aws_lambda_permission.p","mode":"managed","type":"aws_lambda_permission","name":"p","change":{"actions":["create"],"before":null,"after":` + perm +
		`,"after_unknown":{},"after_sensitive":{"statement_id":true,"qualifier":true,"principal":true,"region":true}}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	r := Check(p, Options{Limits: quota.DefaultLimits()})
	if len(r.Items) < 6 || !slices.ContainsFunc(r.Items, func(it Item) bool { return it.Quota == quota.PermissionStatementIDPattern }) {
		t.Fatalf("only %d findings: %v; the canaries must break the rules that would name them", len(r.Items), findings(r))
	}

	for _, format := range Formats {
		var b strings.Builder
		if err := Write(&b, format, &r, Meta{Version: "test", PlanFile: "plan.json", Limits: quota.DefaultLimits()}); err != nil {
			t.Fatal(err)
		}
		if i := strings.Index(b.String(), canary); i >= 0 {
			t.Errorf("%s report prints a sensitive value: ...%s...", format, b.String()[max(0, i-150):min(len(b.String()), i+50)])
		}
	}
}

func TestLocationsAreRelativeToRepositoryRoot(t *testing.T) {
	t.Parallel()
	repo := t.TempDir()
	for _, d := range []string{".git", "infra/app"} {
		if err := os.MkdirAll(filepath.Join(repo, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(repo, "infra/app/main.tf"), []byte("resource \"aws_lambda_function\" \"api\" {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// An absolute --chdir, as CI jobs pass it.
	l := tfplan.NewLocator(tfplan.NewSource(&tfplan.Plan{Modules: map[string]string{}}, filepath.Join(repo, "infra/app")))
	if loc, ok := l.Find("aws_lambda_function.api"); !ok || loc.File != "infra/app/main.tf" || loc.Line != 1 {
		t.Errorf("location = %+v, %v; want infra/app/main.tf line 1", loc, ok)
	}
}

func TestProviderWarnAtPercentIsRead(t *testing.T) {
	t.Parallel()
	plan := func(pct string) *tfplan.Plan {
		p, err := tfplan.Parse([]byte(`{"format_version":"1.2","resource_changes":[` +
			change("aws_lambda_function.f", "aws_lambda_function", create, `{"function_name":"f","s3_bucket":"b","reserved_concurrent_executions":500}`) +
			`],"configuration":{"provider_config":{"lambdaquota":{"name":"lambdaquota","full_name":"registry.terraform.io/lambdaquota/lambdaquota",` +
			`"expressions":{"warn_at_percent":{"constant_value":` + pct + `}}}}}}`))
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	limits, err := Limits(plan("50"), nil, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	// 500 of the 900 reservable is 55%: a warning at 50, none at 60.
	if r := Check(plan("50"), Options{Limits: limits}); len(r.Items) != 1 || r.Items[0].Kind != quota.NearLimit {
		t.Errorf("items = %v; want one near-limit warning", findings(r))
	}
	if limits, _ = Limits(plan("60"), nil, "", nil); len(Check(plan("60"), Options{Limits: limits}).Items) != 0 {
		t.Errorf("a warning at 60%%")
	}
	if _, err := Limits(plan("150"), nil, "", nil); err == nil || !strings.Contains(err.Error(), "at most 100, got 150") {
		t.Errorf("err = %v; want 150 refused", err)
	}
}

func TestCheckReplacementHoldsBothNetworkPairs(t *testing.T) {
	t.Parallel()
	// 249 deployed functions, each with its own security group in one
	// subnet of vpc-1: 249 ENIs. The replaced one moves to a new group.
	var changes []string
	for i := range 249 {
		changes = append(changes, change(fmt.Sprintf("aws_lambda_function.f%d", i), "aws_lambda_function", noop,
			fmt.Sprintf(`{"function_name":"f%d","s3_bucket":"b","vpc_config":[{"subnet_ids":["subnet-1"],"security_group_ids":["sg-%d"],"vpc_id":"vpc-1"}]}`, i, i)))
	}
	net := func(sg string) string {
		return fmt.Sprintf(`{"function_name":"api","s3_bucket":"b","vpc_config":[{"subnet_ids":["subnet-1"],"security_group_ids":[%q],"vpc_id":"vpc-1"}]}`, sg)
	}
	// Old pair and new pair at once: 251.
	r := checkPlan(t, "", append(slices.Clone(changes), replaceAPI(true, net("sg-old"), net("sg-new")))...)
	if it, ok := itemOf(r, quota.ENIsPerVPC); !ok || it.Kind != quota.Violation || !strings.Contains(it.Detail, "is 251") {
		t.Errorf("items = %v; want 251 ENIs while both exist", findings(r))
	}
	// Destroy first: the new pair alone after the old is gone, 250.
	r = checkPlan(t, "", append(slices.Clone(changes), replaceAPI(false, net("sg-old"), net("sg-new")))...)
	if r.Errors() != 0 {
		t.Errorf("destroy first: %v", findings(r))
	}
}

// itemOf is the report's first item of a quota.
func itemOf(r Report, id quota.ID) (Item, bool) {
	for _, it := range r.Items {
		if it.Quota == id {
			return it, true
		}
	}
	return Item{}, false
}

func TestCheckMovedFunctionCountsInItsNewVPCOnly(t *testing.T) {
	t.Parallel()
	inVPC := func(name, vpc, subnet, sg string) string {
		return fmt.Sprintf(`{"function_name":%q,"s3_bucket":"b","vpc_config":[{"subnet_ids":[%q],"security_group_ids":[%q],"vpc_id":%q}]}`,
			name, subnet, sg, vpc)
	}
	deployed := func(vpc string, n int) []string {
		var out []string
		for i := range n {
			name := fmt.Sprintf("%s-%d", vpc, i)
			out = append(out, change("aws_lambda_function."+strings.ReplaceAll(name, "-", "_"), "aws_lambda_function", noop,
				inVPC(name, vpc, "subnet-"+vpc, "sg-"+name)))
		}
		return out
	}
	// The AWS provider plans the moved function's vpc_id at its prior value.
	moved := fmt.Sprintf(`{"address":"aws_lambda_function.moved","mode":"managed","type":"aws_lambda_function","name":"moved",`+
		`"change":{"actions":["update"],"before":%s,"after":%s,"after_unknown":{}}}`,
		inVPC("moved", "a", "subnet-a", "sg-moved"), inVPC("moved", "a", "subnet-b", "sg-moved"))
	// 125 in vpc a, 124 in vpc b and the one moved from a to b: 125 each,
	// with the old pair in a until it is released, 126.
	r := checkPlan(t, "", append(append(deployed("a", 125), deployed("b", 124)...), moved)...)
	if len(r.Items) != 0 {
		t.Errorf("moved into a VPC with room: %v", findings(r))
	}
	// Into a VPC that holds 250 already: 251 there, and only there.
	r = checkPlan(t, "", append(append(deployed("a", 125), deployed("b", 250)...), moved)...)
	it, ok := itemOf(r, quota.ENIsPerVPC)
	if !ok || r.Errors() != 1 || !strings.Contains(it.Detail, "is 251") || slices.ContainsFunc(it.Related, func(a string) bool { return strings.HasPrefix(a, "aws_lambda_function.a_") }) {
		t.Errorf("moved into a full VPC: %v, %+v; want 251 ENIs in vpc b alone", findings(r), it)
	}
}

// A provider block's nested block (default_tags) is recorded as a list of
// its arguments' expressions, as Terraform's jsonconfig writes it; the
// configuration is still read, and the function's tags_all counted.
func TestCheckReadsAProviderBlockWithDefaultTags(t *testing.T) {
	t.Parallel()
	tags := func(n int) string {
		var kv []string
		for i := range n {
			kv = append(kv, fmt.Sprintf(`"t%02d":"x"`, i))
		}
		return "{" + strings.Join(kv, ",") + "}"
	}
	plan := func(n int) string {
		return `{"format_version":"1.2","resource_changes":[` +
			change("aws_lambda_function.a", "aws_lambda_function", create, `{"function_name":"a","s3_bucket":"b","tags":{},"tags_all":`+tags(n)+`}`) +
			`],"configuration":{"provider_config":{"aws":{"name":"aws","full_name":"registry.terraform.io/hashicorp/aws",` +
			`"expressions":{"region":{"constant_value":"us-east-1"},"default_tags":[{"tags":{"constant_value":` + tags(n) + `}}]}}}}}`
	}
	for n, want := range map[int][]string{50: nil, 51: {"aws_lambda_function.a: function_tags_max"}} {
		p, err := tfplan.Parse([]byte(plan(n)))
		if err != nil {
			t.Fatal(err)
		}
		if p.ProviderRegions["aws"] != quota.Known("us-east-1") {
			t.Fatalf("region = %+v", p.ProviderRegions["aws"])
		}
		wantFindings(t, Check(p, Options{Limits: quota.DefaultLimits()}), want...)
	}
}

// A function URL with authorization_type NONE makes the AWS provider add
// FunctionURLAllowPublicAccess to the function's policy: it counts, on the
// URL's qualifier; an AWS_IAM URL adds nothing, and one whose type is
// unknown leaves the size undecided.
func TestCheckPublicFunctionURLAddsAStatement(t *testing.T) {
	t.Parallel()
	const arn = "arn:aws:lambda:us-east-1:123456789012:function:api"
	urlPerm := quota.Permission{StatementID: quota.Known("FunctionURLAllowPublicAccess"), Action: quota.Known("lambda:InvokeFunctionUrl"),
		Principal: quota.Known("*"), FunctionURLAuthType: quota.Known("NONE")}
	perm := func(pad int) quota.Permission {
		return quota.Permission{StatementID: quota.Known("s3"), Action: quota.Known("lambda:InvokeFunction"), Principal: quota.Known("s3.amazonaws.com"),
			SourceARN: quota.Known("arn:aws:s3:::" + strings.Repeat("b", pad))}
	}
	// The padding that makes the permission and the URL's statement exactly total bytes.
	padFor := func(total int) int {
		rep := quota.CheckPolicy(quota.DefaultLimits(), quota.Policy{FunctionARN: quota.Known(arn), Permissions: quota.Known([]quota.Permission{perm(0), urlPerm})})
		return total - int(rep.PolicyBytes.V)
	}
	plan := func(pad int, auth string) []string {
		return []string{
			change("aws_lambda_function.api", "aws_lambda_function", noop, `{"function_name":"api","arn":"`+arn+`","region":"us-east-1"}`),
			change("aws_lambda_permission.s3", "aws_lambda_permission", create, fmt.Sprintf(
				`{"function_name":"api","region":"us-east-1","statement_id":"s3","action":"lambda:InvokeFunction","principal":"s3.amazonaws.com","source_arn":"arn:aws:s3:::%s"}`,
				strings.Repeat("b", pad))),
			change("aws_lambda_function_url.api", "aws_lambda_function_url", create,
				`{"function_name":"api","region":"us-east-1","authorization_type":`+auth+`,"qualifier":null}`, `{"authorization_type":`+map[bool]string{true: "true", false: "false"}[auth == "null"]+`}`),
		}
	}
	wantFindings(t, checkPlan(t, "", plan(padFor(20480), `"NONE"`)...))
	wantFindings(t, checkPlan(t, "", plan(padFor(20481), `"NONE"`)...), "aws_lambda_function.api: resource_policy_max_bytes")
	wantFindings(t, checkPlan(t, "", plan(padFor(20481), `"AWS_IAM"`)...))
	unknown := checkPlan(t, "", plan(padFor(20481), "null")...)
	wantFindings(t, unknown)
	if !slices.ContainsFunc(unknown.Undecided, func(u Undecided) bool { return slices.Contains(u.Quotas, quota.ResourcePolicyMaxBytes) }) {
		t.Fatalf("an unknown authorization type: undecided %v, want the policy size", unknown.Undecided)
	}
}

// Adding durable_config in place fails at apply; a replacement creates a
// new function, where it may be set, and stays silent.
func TestCheckCreateOnlySettingsOnUpdateNotReplacement(t *testing.T) {
	t.Parallel()
	before := `{"function_name":"api","s3_bucket":"b","durable_config":[]}`
	after := `{"function_name":"api","s3_bucket":"b","durable_config":[{"execution_timeout":120,"retention_period":14}]}`
	update := fmt.Sprintf(`{"address":"aws_lambda_function.api","mode":"managed","type":"aws_lambda_function","name":"api",`+
		`"change":{"actions":["update"],"before":%s,"after":%s,"after_unknown":{}}}`, before, after)
	wantFindings(t, checkPlan(t, "", update), "aws_lambda_function.api: create_only_settings")
	wantFindings(t, checkPlan(t, "", replaceAPI(false, before, after)))
	wantFindings(t, checkPlan(t, "", replaceAPI(true, before, after)))
}
