package validators

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var (
	_ validator.Map                  = mapQuotaValidator{}
	_ function.MapParameterValidator = mapQuotaValidator{}
)

// mapQuotaValidator checks a map of environment variables. Values that are
// numbers or bools count as Terraform converts them; null values are left
// out; a map with unknown values fails only when its known part already does.
type mapQuotaValidator struct {
	limits      quota.Limits
	check       func(quota.Limits, quota.StringMap) quota.Result
	description func(quota.Limits) string
}

func (v mapQuotaValidator) Description(_ context.Context) string { return v.description(v.limits) }

func (v mapQuotaValidator) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v mapQuotaValidator) ValidateMap(ctx context.Context, req validator.MapRequest, resp *validator.MapResponse) {
	if env, ok := stringMapOf(ctx, req.ConfigValue); ok {
		addFindings(&resp.Diagnostics, req.Path, v.check(v.limits, env))
	}
}

func (v mapQuotaValidator) ValidateParameterMap(ctx context.Context, req function.MapParameterValidatorRequest, resp *function.MapParameterValidatorResponse) {
	if env, ok := stringMapOf(ctx, req.Value); ok {
		resp.Error = funcError(req.ArgumentPosition, v.check(v.limits, env))
	}
}

// EnvironmentVariablesSize returns a validator which ensures that a map of
// Lambda environment variables takes at most environment_variables_max_bytes
// of limits, measured as AWS does: the UTF-8 bytes of the map's compact JSON,
// quotes and escapes included. It works on Map attributes of strings and
// function parameters. Null (unconfigured) and unknown (known after apply)
// values are skipped; a map with some unknown values fails only when its known
// part is already too large.
func EnvironmentVariablesSize(limits quota.Limits) mapQuotaValidator {
	return mapQuotaValidator{limits: limits, check: onFunction(func(f *quota.Function, m quota.StringMap) { f.EnvironmentVariables = m }, quota.EnvironmentVariablesMaxBytes), description: func(l quota.Limits) string {
		return "value must take at most " + itoa(l.Value(quota.EnvironmentVariablesMaxBytes)) + " bytes as AWS measures environment variables"
	}}
}

// EnvironmentVariableKeys returns a validator which ensures that the keys of
// a map of Lambda environment variables match [a-zA-Z]([a-zA-Z0-9_])+ and are
// not among the keys Lambda reserves (AWS_REGION, LAMBDA_TASK_ROOT, ...). It
// works on Map attributes of strings and function parameters. Null
// (unconfigured) and unknown (known after apply) maps are skipped.
func EnvironmentVariableKeys(limits quota.Limits) mapQuotaValidator {
	return mapQuotaValidator{limits: limits, check: onFunction(func(f *quota.Function, m quota.StringMap) { f.EnvironmentVariables = m },
		quota.EnvironmentVariableKeyPattern, quota.EnvironmentVariableReservedKeys), description: func(quota.Limits) string {
		return "keys must match [a-zA-Z]([a-zA-Z0-9_])+ and not be reserved by Lambda"
	}}
}
