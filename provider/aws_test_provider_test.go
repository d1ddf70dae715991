package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
)

// A test-only "aws" provider whose resources have the shape of the AWS
// provider's: blocks as lists, and computed attributes (arn, version,
// architectures) that are unknown while a resource is being created. It
// lets acceptance tests plan postconditions on `self` without AWS.

var testAccFactoriesWithAWS = map[string]func() (tfprotov6.ProviderServer, error){
	"lambdaquota": newTestServer,
	"aws":         providerserver.NewProtocol6WithError(&fakeAWSProvider{}),
}

type fakeAWSProvider struct{}

func (p *fakeAWSProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "aws"
}

func (p *fakeAWSProvider) Schema(context.Context, provider.SchemaRequest, *provider.SchemaResponse) {}

func (p *fakeAWSProvider) Configure(context.Context, provider.ConfigureRequest, *provider.ConfigureResponse) {
}

func (p *fakeAWSProvider) DataSources(context.Context) []func() datasource.DataSource { return nil }

func (p *fakeAWSProvider) Resources(context.Context) []func() resource.Resource {
	return []func() resource.Resource{
		func() resource.Resource {
			return &fakeResource{name: "lambda_function", schema: fakeLambdaFunctionSchema()}
		},
		func() resource.Resource {
			return &fakeResource{name: "lambda_layer_version", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"layer_name":               schema.StringAttribute{Required: true},
				"description":              schema.StringAttribute{Optional: true},
				"license_info":             schema.StringAttribute{Optional: true},
				"filename":                 schema.StringAttribute{Optional: true},
				"s3_bucket":                schema.StringAttribute{Optional: true},
				"compatible_runtimes":      schema.SetAttribute{ElementType: types.StringType, Optional: true},
				"compatible_architectures": schema.SetAttribute{ElementType: types.StringType, Optional: true},
				"arn":                      schema.StringAttribute{Computed: true},
				"version":                  schema.StringAttribute{Computed: true},
			}}}
		},
		func() resource.Resource {
			attrs := map[string]schema.Attribute{"function_name": schema.StringAttribute{Required: true}}
			for _, name := range []string{"statement_id", "action", "principal", "source_arn", "source_account", "qualifier",
				"principal_org_id", "event_source_token", "function_url_auth_type"} {
				attrs[name] = schema.StringAttribute{Optional: true}
			}
			attrs["id"] = schema.StringAttribute{Computed: true}
			return &fakeResource{name: "lambda_permission", schema: schema.Schema{Attributes: attrs}}
		},
		func() resource.Resource {
			return &fakeResource{name: "lambda_provisioned_concurrency_config", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"function_name":                     schema.StringAttribute{Required: true},
				"provisioned_concurrent_executions": schema.Int64Attribute{Required: true},
				"qualifier":                         schema.StringAttribute{Required: true},
				"id":                                schema.StringAttribute{Computed: true},
			}}}
		},
		func() resource.Resource {
			return &fakeResource{name: "sqs_queue", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"name":                       schema.StringAttribute{Optional: true},
				"visibility_timeout_seconds": schema.Int64Attribute{Optional: true},
				"arn":                        schema.StringAttribute{Computed: true},
				"id":                         schema.StringAttribute{Computed: true},
			}}}
		},
		func() resource.Resource {
			return &fakeResource{name: "lambda_event_source_mapping", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"event_source_arn": schema.StringAttribute{Optional: true},
				"function_name":    schema.StringAttribute{Required: true},
				"batch_size":       schema.Int64Attribute{Optional: true},
				"function_arn":     schema.StringAttribute{Computed: true},
				"uuid":             schema.StringAttribute{Computed: true},
				"id":               schema.StringAttribute{Computed: true},
			}}}
		},
		func() resource.Resource {
			return &fakeResource{name: "efs_mount_target", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"file_system_id": schema.StringAttribute{Required: true},
				"subnet_id":      schema.StringAttribute{Required: true},
				"id":             schema.StringAttribute{Computed: true},
			}}}
		},
	}
}

func fakeLambdaFunctionSchema() schema.Schema {
	return schema.Schema{
		Attributes: map[string]schema.Attribute{
			"function_name":                  schema.StringAttribute{Required: true},
			"filename":                       schema.StringAttribute{Optional: true},
			"s3_bucket":                      schema.StringAttribute{Optional: true},
			"handler":                        schema.StringAttribute{Optional: true},
			"description":                    schema.StringAttribute{Optional: true},
			"package_type":                   schema.StringAttribute{Optional: true},
			"memory_size":                    schema.Int64Attribute{Optional: true},
			"timeout":                        schema.Int64Attribute{Optional: true},
			"reserved_concurrent_executions": schema.Int64Attribute{Optional: true},
			"layers":                         schema.ListAttribute{ElementType: types.StringType, Optional: true},
			"architectures":                  schema.ListAttribute{ElementType: types.StringType, Optional: true, Computed: true},
			"arn":                            schema.StringAttribute{Computed: true},
			"version":                        schema.StringAttribute{Computed: true},
		},
		Blocks: map[string]schema.Block{
			"environment": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
				"variables": schema.MapAttribute{ElementType: types.StringType, Optional: true},
			}}},
			"ephemeral_storage": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
				"size": schema.Int64Attribute{Optional: true},
			}}},
			"capacity_provider_config": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Blocks: map[string]schema.Block{
				"lambda_managed_instances_capacity_provider_config": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
					"capacity_provider_arn":                     schema.StringAttribute{Required: true},
					"execution_environment_memory_gib_per_vcpu": schema.Float64Attribute{Optional: true},
					"per_execution_environment_max_concurrency": schema.Int64Attribute{Optional: true},
				}}},
			}}},
			"vpc_config": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
				"subnet_ids":         schema.SetAttribute{ElementType: types.StringType, Required: true},
				"security_group_ids": schema.SetAttribute{ElementType: types.StringType, Required: true},
			}}},
		},
	}
}

// fakeResource stores its plan as its state; computed values stay unknown
// at plan and become fixed strings at apply.
type fakeResource struct {
	name   string
	schema schema.Schema
}

func (r *fakeResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_" + r.name
}

func (r *fakeResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = r.schema
}

func (r *fakeResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	resp.State.Raw = req.Plan.Raw
	r.fillComputed(ctx, req.Plan, &resp.State, &resp.Diagnostics)
}

// fillComputed makes every computed value known, as AWS would on apply.
func (r *fakeResource) fillComputed(ctx context.Context, plan tfsdk.Plan, state *tfsdk.State, diags *diag.Diagnostics) {
	for name, a := range r.schema.Attributes {
		if s, ok := a.(schema.StringAttribute); ok && s.Computed && !s.Optional {
			diags.Append(state.SetAttribute(ctx, path.Root(name), "fake-"+name)...)
		}
	}
	if _, ok := r.schema.Attributes["architectures"]; ok {
		var arch types.List
		diags.Append(plan.GetAttribute(ctx, path.Root("architectures"), &arch)...)
		if arch.IsUnknown() {
			diags.Append(state.SetAttribute(ctx, path.Root("architectures"), []string{"x86_64"})...)
		}
	}
}

func (r *fakeResource) Read(context.Context, resource.ReadRequest, *resource.ReadResponse) {}

func (r *fakeResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	resp.State.Raw = req.Plan.Raw
	r.fillComputed(ctx, req.Plan, &resp.State, &resp.Diagnostics)
}

func (r *fakeResource) Delete(context.Context, resource.DeleteRequest, *resource.DeleteResponse) {}
