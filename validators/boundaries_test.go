package validators_test

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/boundary"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
	"github.com/lambdaquota/terraform-provider-lambdaquota/validators"
)

// validate runs a validator on one argument of a boundary row and returns
// its diagnostics.
type validate func(v cty.Value) diag.Diagnostics

func int64Of(v cty.Value) types.Int64 {
	i, _ := v.AsBigFloat().Int64()
	return types.Int64Value(i)
}

func stringsOf(v cty.Value) []attr.Value {
	var out []attr.Value
	for _, e := range v.AsValueSlice() {
		out = append(out, types.StringValue(e.AsString()))
	}
	return out
}

func onInt64(v validator.Int64) validate {
	return func(x cty.Value) diag.Diagnostics {
		var resp validator.Int64Response
		v.ValidateInt64(context.Background(), validator.Int64Request{Path: path.Root("a"), ConfigValue: int64Of(x)}, &resp)
		return resp.Diagnostics
	}
}

func onString(v validator.String) validate {
	return func(x cty.Value) diag.Diagnostics {
		var resp validator.StringResponse
		v.ValidateString(context.Background(), validator.StringRequest{Path: path.Root("a"), ConfigValue: types.StringValue(x.AsString())}, &resp)
		return resp.Diagnostics
	}
}

func onList(v validator.List) validate {
	return func(x cty.Value) diag.Diagnostics {
		var resp validator.ListResponse
		v.ValidateList(context.Background(), validator.ListRequest{Path: path.Root("a"), ConfigValue: types.ListValueMust(types.StringType, stringsOf(x))}, &resp)
		return resp.Diagnostics
	}
}

func onMap(v validator.Map) validate {
	return func(x cty.Value) diag.Diagnostics {
		elems := map[string]attr.Value{}
		for k, e := range x.AsValueMap() {
			elems[k] = types.StringValue(e.AsString())
		}
		var resp validator.MapResponse
		v.ValidateMap(context.Background(), validator.MapRequest{Path: path.Root("a"), ConfigValue: types.MapValueMust(types.StringType, elems)}, &resp)
		return resp.Diagnostics
	}
}

// statementID is the first permission's statement id of a policy row.
func statementID(v validate) func(args map[string]cty.Value) diag.Diagnostics {
	return func(args map[string]cty.Value) diag.Diagnostics {
		return v(args["permissions"].AsValueSlice()[0].GetAttr("statement_id"))
	}
}

// TestBoundariesThroughValidators runs the validator of each quota that one
// argument decides on its boundary row: nothing at the limit, an error one
// past it.
func TestBoundariesThroughValidators(t *testing.T) {
	t.Parallel()
	l := quota.DefaultLimits()
	arg := func(name string, v validate) func(map[string]cty.Value) diag.Diagnostics {
		return func(args map[string]cty.Value) diag.Diagnostics { return v(args[name]) }
	}
	byQuota := map[quota.ID]func(map[string]cty.Value) diag.Diagnostics{
		quota.FunctionMemoryMinMB:               arg("memory_size", onInt64(validators.MemorySize(l))),
		quota.FunctionMemoryMaxMB:               arg("memory_size", onInt64(validators.MemorySize(l))),
		quota.FunctionTimeoutMinSeconds:         arg("timeout", onInt64(validators.Timeout(l))),
		quota.FunctionTimeoutMaxSeconds:         arg("timeout", onInt64(validators.Timeout(l))),
		quota.EphemeralStorageMinMB:             arg("ephemeral_storage_size", onInt64(validators.EphemeralStorageSize(l))),
		quota.EphemeralStorageMaxMB:             arg("ephemeral_storage_size", onInt64(validators.EphemeralStorageSize(l))),
		quota.LMIFunctionMemoryMinMB:            arg("memory_size", onInt64(validators.ManagedInstancesMemorySize(l))),
		quota.LMIFunctionMemoryMaxMB:            arg("memory_size", onInt64(validators.ManagedInstancesMemorySize(l))),
		quota.LMIFunctionTimeoutMaxSeconds:      arg("timeout", onInt64(validators.ManagedInstancesTimeout(l))),
		quota.EnvironmentVariablesMaxBytes:      arg("environment_variables", onMap(validators.EnvironmentVariablesSize(l))),
		quota.EnvironmentVariableKeyPattern:     arg("environment_variables", onMap(validators.EnvironmentVariableKeys(l))),
		quota.EnvironmentVariableReservedKeys:   arg("environment_variables", onMap(validators.EnvironmentVariableKeys(l))),
		quota.FunctionLayersMax:                 arg("layers", onList(validators.LayerCount(l))),
		quota.FunctionSubnetsMax:                arg("subnet_ids", onList(validators.SubnetCount(l))),
		quota.FunctionSecurityGroupsMax:         arg("security_group_ids", onList(validators.SecurityGroupCount(l))),
		quota.FunctionNameMaxLength:             arg("function_name", onString(validators.FunctionName(l))),
		quota.HandlerMaxLength:                  arg("handler", onString(validators.Handler(l))),
		quota.HandlerPattern:                    arg("handler", onString(validators.Handler(l))),
		quota.DescriptionMaxLength:              arg("description", onString(validators.Description(l))),
		quota.LayerDescriptionMaxLength:         arg("description", onString(validators.LayerDescription(l))),
		quota.LayerLicenseMaxLength:             arg("license_info", onString(validators.LayerLicense(l))),
		quota.PermissionStatementIDMaxLength:    statementID(onString(validators.StatementID(l))),
		quota.PermissionStatementIDPattern:      statementID(onString(validators.StatementID(l))),
		quota.CapacityProviderMaxVCPUMin:        arg("max_vcpu_count", onInt64(validators.CapacityProviderMaxVCPUCount(l))),
		quota.DurableExecutionTimeoutMinSeconds: arg("durable_execution_timeout", onInt64(validators.DurableExecutionTimeout(l))),
		quota.DurableExecutionTimeoutMaxSeconds: arg("durable_execution_timeout", onInt64(validators.DurableExecutionTimeout(l))),
		quota.DurableRetentionPeriodMinDays:     arg("durable_retention_period", onInt64(validators.DurableRetentionPeriod(l))),
		quota.DurableRetentionPeriodMaxDays:     arg("durable_retention_period", onInt64(validators.DurableRetentionPeriod(l))),
		quota.CapacityProviderMaxVCPUMax:        arg("max_vcpu_count", onInt64(validators.CapacityProviderMaxVCPUCount(l))),
		quota.FunctionTagsMax:                   arg("tags", onMap(validators.Tags(l))),
		quota.TagKeyMaxLength:                   arg("tags", onMap(validators.Tags(l))),
		quota.TagValueMaxLength:                 arg("tags", onMap(validators.Tags(l))),
		quota.TagKeyReserved:                    arg("tags", onMap(validators.Tags(l))),
	}
	seen := 0
	for _, r := range boundary.Rows(t) {
		run, ok := byQuota[r.Quota]
		if !ok {
			if withoutValidator[r.Quota] == "" && kindsWithoutValidators[r.Kind] == "" {
				t.Errorf("%s has no validator and no reason in withoutValidator", r.Quota)
			}
			continue
		}
		if withoutValidator[r.Quota] != "" {
			t.Errorf("%s has a validator and a reason not to have one", r.Quota)
		}
		seen++
		t.Run(r.Name(), func(t *testing.T) {
			t.Parallel()
			if d := run(r.At); d.HasError() {
				t.Errorf("at the limit: %v", d)
			}
			if d := run(r.Past); !d.HasError() {
				t.Errorf("one past the limit: no error")
			}
		})
	}
	if seen != len(byQuota) {
		t.Errorf("%d of the %d validated quotas have a boundary row", seen, len(byQuota))
	}
}

// kindsWithoutValidators are the boundary rows' kinds whose quotas no one
// attribute decides, so that no validator of one attribute can check them.
var kindsWithoutValidators = map[boundary.Kind]string{
	boundary.Account:           "the account's shared concurrency and code storage: every function of the Region counts",
	boundary.VPC:               "ENIs per VPC: every function and mount target in the VPC counts",
	boundary.Functions:         "shared by a fleet of functions",
	boundary.EventSource:       "a queue's visibility timeout against the timeout of the function it triggers",
	boundary.FunctionURL:       "a function URL against its function's tenancy",
	boundary.CapacityProviders: "the number of capacity providers in a Region",
	boundary.FunctionUpdate:    "a function as deployed against an in-place update of it",
	boundary.RuntimeChange:     "whether the plan creates or updates the function, and on what day",
	boundary.PollerGroup:       "the mappings of a poller group in a Region together",
	boundary.Integration:       "an integration against its API's endpoint type and the function it invokes",
	boundary.RESTAPI:           "an API's members together",
	boundary.HTTPAPI:           "an API's members together",
	boundary.ManagedKafka:      "the Kafka mappings to Lambda Managed Instances functions in a Region together",
}

// withoutValidator are the single-resource quotas with no validator, each
// with why: a validator sees one attribute of one resource.
var withoutValidator = map[quota.ID]string{
	quota.ZippedPackageMaxBytes:                 "measured on the .zip file a path names, which a validator of a string cannot read as such",
	quota.UnzippedPackageMaxBytes:               "the package plus every layer: several attributes",
	quota.ContainerImageMaxBytes:                "a declared image size, which is no attribute of aws_lambda_function",
	quota.FunctionArchitecturesMax:              "the AWS provider validates architectures itself",
	quota.LMIMemoryGiBPerVCPUMin:                "a fractional number on Lambda Managed Instances only; the capacity provider decides which applies",
	quota.LMIMemoryGiBPerVCPUMax:                "a fractional number on Lambda Managed Instances only; the capacity provider decides which applies",
	quota.LMIEnvironmentConcurrencyMin:          "applies on Lambda Managed Instances only, which another attribute decides",
	quota.LMIEnvironmentConcurrencyMax:          "applies on Lambda Managed Instances only, which another attribute decides",
	quota.UnreservedConcurrencyMin:              "the account's floor: every reservation of the Region counts",
	quota.ConcurrentExecutions:                  "the account's concurrency: every reservation of the Region counts",
	quota.ProvisionedConcurrencyWithinReserved:  "provisioned against reserved concurrency: two resources",
	quota.SnapStartRuntime:                      "SnapStart and the runtime: two attributes",
	quota.SnapStartEphemeralStorage:             "SnapStart and /tmp: two attributes",
	quota.SnapStartFileSystem:                   "SnapStart and Amazon EFS: two attributes",
	quota.SnapStartProvisionedConcurrency:       "SnapStart and provisioned concurrency: two resources",
	quota.TenantIsolationSnapStart:              "tenant isolation and SnapStart: two attributes",
	quota.TenantIsolationProvisionedConcurrency: "tenant isolation and provisioned concurrency: two resources",
	quota.ResourcePolicyMaxBytes:                "the policy of every permission on a function together",
	quota.LayerCompatibleRuntimesMax:            "the AWS provider validates compatible_runtimes itself",
	quota.LayerCompatibleArchitecturesMax:       "the AWS provider validates compatible_architectures itself",
	quota.SQSPollersMin:                         "its range depends on the mapping's source, another attribute",
	quota.SQSPollersMax:                         "its range depends on the mapping's source, another attribute",
	quota.KafkaPollersMin:                       "its range depends on the mapping's source, another attribute",
	quota.KafkaPollersMax:                       "its range depends on the mapping's source, another attribute",
}
