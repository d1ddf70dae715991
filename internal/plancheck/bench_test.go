package plancheck

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// benchPlan writes a plan's JSON of n resources in the shape a CLI writes:
// n/2 functions being created, in ten VPCs, and one permission each.
func benchPlan(tb testing.TB, n int) string {
	tb.Helper()
	var b strings.Builder
	b.WriteString(`{"format_version":"1.2","terraform_version":"1.12.6","resource_changes":[`)
	for i := range n / 2 {
		if i > 0 {
			b.WriteByte(',')
		}
		name := fmt.Sprintf("fn-%05d", i)
		key, _ := json.Marshal(fmt.Sprintf("[%q]", name))
		fmt.Fprintf(&b, `{"address":"aws_lambda_function.fn%[3]s","mode":"managed","type":"aws_lambda_function","name":"fn","index":%[1]q,`+
			`"provider_name":"registry.opentofu.org/hashicorp/aws","change":{"actions":["create"],"before":null,"after":{"function_name":%[1]q,`+
			`"s3_bucket":"artifacts","handler":"index.handler","memory_size":512,"timeout":30,"description":null,"filename":null,`+
			`"layers":null,"package_type":null,"reserved_concurrent_executions":null,"environment":[{"variables":{"LOG_LEVEL":"info","TABLE":"orders-%[1]s"}}],`+
			`"ephemeral_storage":[],"capacity_provider_config":[],"vpc_config":[{"security_group_ids":["sg-%[1]s"],"subnet_ids":["subnet-bench-%[2]d"]}]},`+
			`"after_unknown":{"architectures":true,"arn":true,"environment":[{"variables":{}}],"ephemeral_storage":[],"capacity_provider_config":[],`+
			`"version":true,"vpc_config":[{"security_group_ids":[false],"subnet_ids":[false],"vpc_id":true}]},"before_sensitive":false,`+
			`"after_sensitive":{"environment":[{"variables":{}}],"ephemeral_storage":[],"capacity_provider_config":[],"vpc_config":[{"security_group_ids":[false],"subnet_ids":[false]}]}}},`,
			name, i%10, key[1:len(key)-1])
		fmt.Fprintf(&b, `{"address":"aws_lambda_permission.fn%[2]s","mode":"managed","type":"aws_lambda_permission","name":"fn","index":%[1]q,`+
			`"provider_name":"registry.opentofu.org/hashicorp/aws","change":{"actions":["create"],"before":null,"after":{"action":"lambda:InvokeFunction",`+
			`"event_source_token":null,"function_name":%[1]q,"function_url_auth_type":null,"principal":"s3.amazonaws.com","principal_org_id":null,`+
			`"qualifier":null,"source_account":null,"source_arn":"arn:aws:s3:::bucket-%[1]s","statement_id":"AllowS3"},"after_unknown":{"id":true},`+
			`"before_sensitive":false,"after_sensitive":{}}}`, name, key[1:len(key)-1])
	}
	b.WriteString(`]}`)
	path := filepath.Join(tb.TempDir(), "plan.json")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// BenchmarkCheckPlan measures reading and checking a 10,000-resource plan
// against the baseline any reader pays: decoding the same file with
// encoding/json, in the same run.
func BenchmarkCheckPlan(b *testing.B) {
	path := benchPlan(b, 10000)
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("baseline-json-decode", func(b *testing.B) {
		b.SetBytes(st.Size())
		for b.Loop() {
			raw, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			var v any
			if err := json.Unmarshal(raw, &v); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("check", func(b *testing.B) {
		b.SetBytes(st.Size())
		for b.Loop() {
			p, err := tfplan.ReadFile(path, nil)
			if err != nil {
				b.Fatal(err)
			}
			r := Check(p, Options{Limits: quota.DefaultLimits()})
			if len(r.Resources) != 10000 {
				b.Fatalf("%d resources checked", len(r.Resources))
			}
		}
	})
}
