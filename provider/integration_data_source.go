package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var _ datasource.DataSourceWithValidateConfig = &integrationDataSource{}

// integrationDataSource checks an API Gateway integration to a function
// from a module's inputs.
type integrationDataSource struct {
	checkingDataSource
}

// newIntegrationDataSource returns the lambdaquota_integration data source.
func newIntegrationDataSource() datasource.DataSource {
	return &integrationDataSource{checkingDataSource{
		measure: func(dc *decode.Decoder, cfg decode.Val, limits quota.Limits) (quota.Result, map[string]attr.Value) {
			return quota.CheckIntegration(limits, dc.IntegrationInputs(cfg)), nil
		},
	}}
}

func (d *integrationDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_integration"
}

func (d *integrationDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	str := func(desc string) schema.StringAttribute {
		return schema.StringAttribute{Optional: true, MarkdownDescription: desc}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Checks an API Gateway integration that invokes a Lambda function, from a module's inputs: its timeout " +
			"against the API's endpoint type (Regional and private REST APIs " + amount(quota.RESTIntegrationTimeoutMaxMs) + " unless " +
			"raised, edge-optimized " + amount(quota.EdgeIntegrationTimeoutMaxMs) + ", streamed " + amount(quota.StreamingIntegrationTimeoutMaxMs) +
			", HTTP APIs " + amount(quota.HTTPIntegrationTimeoutMaxMs) + ") and the routing to a tenant-isolated function. On real " +
			"resources, `check_integration` in a postcondition checks the same; `lambdaquota check` also counts each API's members.\n\n" + whenChecked,
		Attributes: map[string]schema.Attribute{
			"http": schema.BoolAttribute{Optional: true, MarkdownDescription: "Set for an HTTP API's integration (`aws_apigatewayv2_integration`)."},
			"endpoint_types": schema.ListAttribute{ElementType: types.StringType, Optional: true,
				MarkdownDescription: "The REST API's `endpoint_configuration.types`; null is AWS's default, edge-optimized."},
			"timeout_milliseconds":   schema.NumberAttribute{Optional: true, MarkdownDescription: "The integration's `timeout_milliseconds`."},
			"response_transfer_mode": str("`STREAM` for a streamed REST integration, which may run " + amount(quota.StreamingIntegrationTimeoutMaxMs) + "."),
			"request_parameters": schema.MapAttribute{ElementType: types.StringType, Optional: true,
				MarkdownDescription: "The REST integration's `request_parameters`, for `integration.request.header.X-Amz-Tenant-Id`."},
			"function_name":                  str("The function the integration invokes, named in messages."),
			"function_timeout":               schema.NumberAttribute{Optional: true, MarkdownDescription: "The function's `timeout`, in seconds."},
			"function_tenant_isolation_mode": str("The function's `tenancy_config.tenant_isolation_mode`."),
		},
	}
}
