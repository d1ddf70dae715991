package decode_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// canary marks every string of the objects below: none may reach a message.
const canary = "CANARY"

func canaryStrings(prefix string, n int) cty.Value {
	vals := make([]cty.Value, n)
	for i := range vals {
		vals[i] = cty.StringVal(prefix + canary + strings.Repeat("x", i))
	}
	return cty.TupleVal(vals)
}

// canaryFunction is an aws_lambda_function whose every string holds the
// canary and breaks a rule that names it, marked sensitive as a whole.
func canaryFunction(name, file string) cty.Value {
	env := map[string]cty.Value{
		"AWS_REGION":         cty.StringVal(canary),
		canary + "-bad key":  cty.StringVal(canary),
		canary + "_BIG_BLOB": cty.StringVal(strings.Repeat(canary, 1000)),
	}
	return obj(map[string]cty.Value{
		"function_name": cty.StringVal(name + " " + canary + strings.Repeat("!", 70)),
		"handler":       cty.StringVal(canary + " handler.main"),
		"description":   cty.StringVal(strings.Repeat(canary, 60)),
		"package_type":  cty.StringVal(canary + "Type"),
		"filename":      cty.StringVal(file),
		"layers":        canaryStrings("arn:aws:lambda:us-east-1:123456789012:layer:", 6),
		"architectures": canaryStrings("arch-", 2),
		"memory_size":   cty.NumberIntVal(99999),
		"timeout":       cty.NumberIntVal(99999),
		"region":        cty.StringVal("region-" + canary),
		"environment":   cty.TupleVal([]cty.Value{obj(map[string]cty.Value{"variables": cty.ObjectVal(env)})}),
		"vpc_config": cty.TupleVal([]cty.Value{obj(map[string]cty.Value{
			"subnet_ids":         canaryStrings("subnet-", 17),
			"security_group_ids": canaryStrings("sg-", 6),
		})}),
		"reserved_concurrent_executions": cty.NumberIntVal(950),
	}).Mark("sensitive")
}

// messages are every text a finding shows, on every surface.
func messages(fs []quota.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Subject, f.Summary, f.String())
		for _, s := range []quota.Surface{quota.SurfaceDataSource, quota.SurfaceFunction, quota.SurfacePlan} {
			out = append(out, f.Message(s))
		}
	}
	return out
}

func TestSensitiveValuesAreNeverPrinted(t *testing.T) {
	t.Parallel()
	// Few ENIs, so that VPCs named by their subnets are reported too.
	limits, errs := quota.DefaultLimits().WithOverrides(map[string]float64{"enis_per_vpc": 5})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	none := decode.New(cty.NullVal(cty.DynamicPseudoType), "options")
	dc := &decode.Decoder{}
	var all []quota.Finding
	corrupt := filepath.Join(t.TempDir(), canary+".zip")
	if err := os.WriteFile(corrupt, []byte("PK\x03\x04 not a zip"), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := "/nonexistent/" + canary + ".zip"
	fn := dc.Function(decode.New(canaryFunction("one", corrupt), "function"), none)
	all = append(all, quota.CheckFunction(limits, fn).Findings...)
	fleet := dc.Fleet(decode.New(cty.TupleVal([]cty.Value{canaryFunction("a", missing), canaryFunction("b", corrupt)}), "functions"), none)
	all = append(all, quota.CheckFleet(limits, fleet).Findings...)
	all = append(all, quota.CheckVPC(limits, dc.VPC(decode.New(obj(map[string]cty.Value{
		"vpc_id": cty.StringVal("vpc-" + canary), "functions": cty.TupleVal([]cty.Value{canaryFunction("v", missing)}),
	}).Mark("sensitive"), "vpc"))).Findings...)
	perms := make([]cty.Value, 80)
	for i := range perms {
		perms[i] = obj(map[string]cty.Value{
			"function_name": cty.StringVal(canary), "statement_id": cty.StringVal(canary + " id " + strings.Repeat("x", 100+i)),
			"action": cty.StringVal("lambda:InvokeFunction"), "principal": cty.StringVal(canary + strings.Repeat("p", 200)),
			"qualifier": cty.StringVal(canary + "-live"), "source_arn": cty.StringVal("arn:" + canary),
		}).Mark("sensitive")
	}
	all = append(all, quota.CheckPolicy(limits, quota.Policy{FunctionARN: quota.Value[string]{V: "arn:" + canary, Set: true, Sensitive: true},
		Permissions: dc.Permissions(decode.New(cty.TupleVal(perms), "permissions"))}).Findings...)
	all = append(all, quota.CheckLayer(limits, dc.Layer(decode.New(obj(map[string]cty.Value{
		"layer_name": cty.StringVal(canary + " layer!"), "description": cty.StringVal(strings.Repeat(canary, 60)),
		"license_info": cty.StringVal(strings.Repeat(canary, 100)), "filename": cty.StringVal("/nonexistent/" + canary + ".zip"),
		"compatible_runtimes": canaryStrings("runtime-", 16), "compatible_architectures": canaryStrings("arch-", 3),
	}).Mark("sensitive"), "layer"))).Findings...)
	queue := decode.New(obj(map[string]cty.Value{"name": cty.StringVal(canary + "-queue"), "visibility_timeout_seconds": cty.NumberIntVal(30)}).Mark("sensitive"), "queue")
	mapping := decode.New(obj(map[string]cty.Value{"function_name": cty.StringVal(canary), "event_source_arn": cty.StringVal("arn:aws:sqs:us-east-1:1:" + canary + "-queue")}).Mark("sensitive"), "mapping")
	if e, ok := dc.EventSource(mapping, queue, decode.New(canaryFunction("q", corrupt), "function")); ok {
		all = append(all, quota.CheckEventSource(limits, e).Findings...)
	}
	vpcFindings := 0
	for _, f := range all {
		if f.Quota == quota.ENIsPerVPC {
			vpcFindings++
		}
	}
	if len(all) < 20 || vpcFindings < 2 {
		t.Fatalf("only %d findings; the canaries must break the rules that would name them", len(all))
	}
	for _, m := range messages(all) {
		if strings.Contains(m, canary) {
			t.Errorf("a sensitive value is printed: %q", m)
		}
	}
	for _, e := range dc.Errors() {
		if strings.Contains(e.Error(), canary) {
			t.Errorf("a decoding error prints a sensitive value: %q", e.Error())
		}
	}
}
