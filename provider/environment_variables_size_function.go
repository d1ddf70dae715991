package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var _ function.Function = &environmentVariablesSizeFunction{}

// environmentVariablesSizeFunction measures environment variables as AWS does.
type environmentVariablesSizeFunction struct{}

// newEnvironmentVariablesSizeFunction returns the environment_variables_size function.
func newEnvironmentVariablesSizeFunction() function.Function {
	return &environmentVariablesSizeFunction{}
}

func (f *environmentVariablesSizeFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "environment_variables_size"
}

func (f *environmentVariablesSizeFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary: "Size of Lambda environment variables as AWS measures them",
		MarkdownDescription: "Returns the number of bytes AWS counts against the " + amount(quota.EnvironmentVariablesMaxBytes) + " environment quota: the UTF-8 bytes of the " +
			"compact JSON of the map, quotes, colons, commas and escapes included. Unknown while any value is unknown.",
		Parameters: []function.Parameter{
			function.MapParameter{
				Name:                "variables",
				ElementType:         types.StringType,
				MarkdownDescription: "The environment variables, as in `environment { variables = ... }`.",
				AllowUnknownValues:  true,
			},
		},
		Return: function.Int64Return{},
	}
}

func (f *environmentVariablesSizeFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var vars types.Map
	resp.Error = req.Arguments.Get(ctx, &vars)
	if resp.Error != nil {
		return
	}
	v, err := decode.FromFramework(ctx, vars)
	if err != nil {
		resp.Error = function.NewArgumentFuncError(0, err.Error())
		return
	}
	env := (&decode.Decoder{}).StringMap(decode.New(v, "variables"))
	known := make(map[string]string, len(env.V))
	for k, v := range env.V {
		if v.Unknown {
			env.Unknown = true
		}
		known[k] = v.V
	}
	if env.Unknown {
		resp.Error = resp.Result.Set(ctx, types.Int64Unknown())
		return
	}
	resp.Error = resp.Result.Set(ctx, types.Int64Value(quota.EnvironmentSize(known)))
}
