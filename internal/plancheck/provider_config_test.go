package plancheck

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// configured writes a root module and returns its directory.
func configured(t *testing.T, tf string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(tf), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// quotasPlan is a plan whose provider block's quotas refer to refs, with
// variables and the data sources read during plan.
func quotasPlan(t *testing.T, refs, variables, data string) *tfplan.Plan {
	t.Helper()
	p, err := tfplan.Parse([]byte(`{"format_version":"1.2","resource_changes":[],"variables":` + variables +
		`,"prior_state":{"values":{"root_module":{"resources":[` + data + `]}}},` +
		`"configuration":{"provider_config":{"lambdaquota":{"name":"lambdaquota","full_name":"registry.terraform.io/lambdaquota/lambdaquota",` +
		`"expressions":{"quotas":{"references":` + refs + `}}}}}}`))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

const serviceQuota = `{"address":"data.aws_servicequotas_service_quota.concurrency","mode":"data","type":"aws_servicequotas_service_quota",` +
	`"name":"concurrency","values":{"quota_code":"L-B99A9384","service_code":"lambda","value":2000}}`

func TestProviderQuotasFromThePlan(t *testing.T) {
	t.Parallel()
	tests := map[string]struct {
		tf, refs, variables, data string
		id                        quota.ID
		want                      int64 // 0: unknown
		note                      string
	}{
		"a variable": {
			tf:   `provider "lambdaquota" { quotas = var.quotas }`,
			refs: `["var.quotas"]`, variables: `{"quotas":{"value":{"enis_per_vpc":1000}}}`,
			id: quota.ENIsPerVPC, want: 1000,
		},
		"a data source read during plan": {
			tf:   `provider "lambdaquota" { quotas = { concurrent_executions = data.aws_servicequotas_service_quota.concurrency.value } }`,
			refs: `["data.aws_servicequotas_service_quota.concurrency.value","data.aws_servicequotas_service_quota.concurrency"]`,
			data: serviceQuota, id: quota.ConcurrentExecutions, want: 2000,
		},
		"locals and functions": {
			tf: `locals { base = { concurrent_executions = 3000 } }
provider "lambdaquota" { quotas = merge(local.base, { enis_per_vpc = max(var.enis, 500) }) }`,
			refs: `["local.base","var.enis"]`, variables: `{"enis":{"value":300}}`, id: quota.ConcurrentExecutions, want: 3000,
		},
		"a data source read during apply": {
			tf:   `provider "lambdaquota" { quotas = { concurrent_executions = data.aws_servicequotas_service_quota.concurrency.value } }`,
			refs: `["data.aws_servicequotas_service_quota.concurrency.value","data.aws_servicequotas_service_quota.concurrency"]`,
			id:   quota.ConcurrentExecutions,
		},
		"a file edited since the plan": {
			tf:   `provider "lambdaquota" { quotas = var.other }`,
			refs: `["var.quotas"]`, variables: `{"quotas":{"value":{"enis_per_vpc":1000}},"other":{"value":{"enis_per_vpc":5000}}}`,
			id: quota.ENIsPerVPC, note: "are not the planned ones",
		},
		"a resource's attribute": {
			tf:   `provider "lambdaquota" { quotas = { enis_per_vpc = aws_servicequotas_service_quota.enis.value } }`,
			refs: `["aws_servicequotas_service_quota.enis.value","aws_servicequotas_service_quota.enis"]`,
			id:   quota.ENIsPerVPC,
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			p := quotasPlan(t, tc.refs, cmp.Or(tc.variables, "{}"), tc.data)
			limits, err := Limits(p, tfplan.NewSource(p, configured(t, tc.tf)), "", nil)
			if err != nil {
				t.Fatal(err)
			}
			known, _ := limits.Certain(tc.id)
			switch {
			case tc.want != 0 && (!known || limits.Value(tc.id) != tc.want):
				t.Errorf("%s = %d (known %v), want %d; note %q", tc.id, limits.Value(tc.id), known, tc.want, p.QuotasNote)
			case tc.want == 0 && known:
				t.Errorf("%s = %d, want unknown", tc.id, limits.Value(tc.id))
			case !strings.Contains(p.QuotasNote, tc.note):
				t.Errorf("note %q, want %q", p.QuotasNote, tc.note)
			}
		})
	}
}

func TestProviderQuotasFromThePlanNeverLoosen(t *testing.T) {
	t.Parallel()
	p := quotasPlan(t, `["var.quotas"]`, `{"quotas":{"value":{"environment_variables_max_bytes":8192}}}`, "")
	_, err := Limits(p, tfplan.NewSource(p, configured(t, `provider "lambdaquota" { quotas = var.quotas }`)), "", nil)
	if err == nil || !strings.Contains(err.Error(), "may only be lowered from 4096") {
		t.Errorf("err = %v; want a raised fixed quota refused", err)
	}
}

func TestProviderRegionFromVariable(t *testing.T) {
	t.Parallel()
	// Two functions of 600 each, planned without a region of their own
	// (the AWS provider before v6): they fit only in different Regions.
	fn := func(name string) string {
		return change("aws_lambda_function."+name, "aws_lambda_function", create,
			fmt.Sprintf(`{"function_name":%q,"s3_bucket":"b","reserved_concurrent_executions":600}`, name))
	}
	plan := func(region string) *tfplan.Plan {
		p, err := tfplan.Parse([]byte(`{"format_version":"1.2","resource_changes":[` + fn("a") + "," + fn("b") + `],` +
			`"variables":{"region":{"value":"` + region + `"}},"configuration":{"provider_config":{` +
			`"aws":{"name":"aws","full_name":"registry.terraform.io/hashicorp/aws","expressions":{"region":{"references":["var.region"]}}},` +
			`"aws.east":{"name":"aws","full_name":"registry.terraform.io/hashicorp/aws","alias":"east","expressions":{"region":{"constant_value":"us-east-1"}}}},` +
			`"root_module":{"resources":[{"address":"aws_lambda_function.a","provider_config_key":"aws","expressions":{}},` +
			`{"address":"aws_lambda_function.b","provider_config_key":"aws.east","expressions":{}}]}}}`))
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	dir := configured(t, `provider "aws" {
  region = var.region
}

provider "aws" {
  alias  = "east"
  region = "us-east-1"
}`)
	check := func(region string) Report {
		p := plan(region)
		return Check(p, Options{Dir: dir, Limits: quota.DefaultLimits()})
	}
	if r := check("eu-west-1"); len(r.Items) != 0 || len(r.Undecided) != 0 {
		t.Errorf("eu-west-1 and us-east-1: %v, undecided %v; want a fit", findings(r), r.Undecided)
	}
	wantFindings(t, check("us-east-1"), "aws_lambda_function.a: unreserved_concurrency_min")
	// Without the configuration the variable's Region is unknown: undecided.
	if r := Check(plan("eu-west-1"), Options{Dir: t.TempDir(), Limits: quota.DefaultLimits()}); len(r.Items) != 0 || len(r.Undecided) == 0 {
		t.Errorf("no configuration: %v, undecided %v; want undecided", findings(r), r.Undecided)
	}
}
