package validators

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var (
	_ validator.Map                  = environmentVariablesSizeValidator{}
	_ function.MapParameterValidator = environmentVariablesSizeValidator{}
)

type environmentVariablesSizeValidator struct {
	limits quota.Limits
}

func (v environmentVariablesSizeValidator) Description(_ context.Context) string {
	return "value must take at most " + itoa(v.limits.Value(quota.EnvironmentVariablesMaxBytes)) + " bytes as AWS measures environment variables"
}

func (v environmentVariablesSizeValidator) MarkdownDescription(ctx context.Context) string {
	return v.Description(ctx)
}

func (v environmentVariablesSizeValidator) ValidateMap(ctx context.Context, req validator.MapRequest, resp *validator.MapResponse) {
	if env, ok := stringMapOf(ctx, req.ConfigValue); ok {
		addFindings(&resp.Diagnostics, req.Path, quota.CheckEnvironmentVariables(v.limits, env))
	}
}

func (v environmentVariablesSizeValidator) ValidateParameterMap(ctx context.Context, req function.MapParameterValidatorRequest, resp *function.MapParameterValidatorResponse) {
	if env, ok := stringMapOf(ctx, req.Value); ok {
		resp.Error = funcError(req.ArgumentPosition, quota.CheckEnvironmentVariables(v.limits, env))
	}
}

// EnvironmentVariablesSize returns a validator which ensures that a map of
// Lambda environment variables takes at most environment_variables_max_bytes
// of limits, measured as AWS does: the UTF-8 bytes of the map's compact JSON,
// quotes and escapes included. It works on Map attributes of strings and
// function parameters. Null (unconfigured) and unknown (known after apply)
// values are skipped; a map with some unknown values fails only when its known
// part is already too large.
func EnvironmentVariablesSize(limits quota.Limits) environmentVariablesSizeValidator {
	return environmentVariablesSizeValidator{limits: limits}
}
