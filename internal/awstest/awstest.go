// Package awstest is a test-only "aws" provider whose resources have the
// shape of the AWS provider's (v6): blocks as lists, and computed
// attributes (arn, version, vpc_config's vpc_id) that are unknown while a
// resource is being created and known once it exists. It lets acceptance
// tests plan and apply configurations written for the AWS provider with
// real Terraform and OpenTofu CLIs, without AWS.
//
// Computed values follow AWS's forms: ARNs in account 123456789012 in the
// resource's Region, built from the resource's name. Every resource has the
// AWS provider v6's region argument, planned as the provider's region
// (us-east-1 when the provider block sets none) unless the resource sets it. Subnet ids name their VPC,
// subnet-<vpc>-<n> being in vpc-<vpc>, which the subnet data source and
// functions' vpc_config.vpc_id report, as AWS reports the subnet's VPC.
package awstest

import (
	"context"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	dschema "github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	pschema "github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/boolplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/listplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// Server serves the provider over protocol 6.
func Server() (tfprotov6.ProviderServer, error) {
	s, err := providerserver.NewProtocol6WithError(&fakeAWSProvider{})()
	if err != nil {
		return nil, err
	}
	return &legacyServer{ProviderServer: s}, nil
}

type fakeAWSProvider struct{}

func (p *fakeAWSProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "aws"
}

func (p *fakeAWSProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	resp.Schema = pschema.Schema{Attributes: map[string]pschema.Attribute{"region": pschema.StringAttribute{Optional: true}},
		Blocks: map[string]pschema.Block{"default_tags": pschema.ListNestedBlock{NestedObject: pschema.NestedBlockObject{
			Attributes: map[string]pschema.Attribute{"tags": pschema.MapAttribute{ElementType: types.StringType, Optional: true}}}}}}
}

// configured is what resources take from the provider block: its Region,
// and its default_tags, which every taggable resource merges into tags_all
// (unknown while they are).
type configured struct {
	region      string
	defaultTags types.Map
}

// defaultRegion is the provider's region when its block sets none; the
// real provider would read it from the environment.
const defaultRegion = "us-east-1"

func (p *fakeAWSProvider) Configure(ctx context.Context, req provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	var region types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("region"), &region)...)
	r := defaultRegion
	if !region.IsNull() && !region.IsUnknown() {
		r = region.ValueString()
	}
	tags := types.MapNull(types.StringType)
	var blocks []struct {
		Tags types.Map `tfsdk:"tags"`
	}
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("default_tags"), &blocks)...)
	if len(blocks) > 0 {
		tags = blocks[0].Tags
	}
	resp.ResourceData, resp.DataSourceData = configured{region: r, defaultTags: tags}, r
}

func (p *fakeAWSProvider) DataSources(context.Context) []func() datasource.DataSource {
	return []func() datasource.DataSource{
		func() datasource.DataSource { return &subnetDataSource{} },
		func() datasource.DataSource { return &serviceQuotaDataSource{} },
	}
}

func (p *fakeAWSProvider) Resources(context.Context) []func() resource.Resource {
	return []func() resource.Resource{
		func() resource.Resource {
			return &fakeResource{name: "lambda_function", schema: fakeLambdaFunctionSchema()}
		},
		func() resource.Resource {
			// Layer versions are immutable: the AWS provider replaces one
			// on any change, and the new version has a new ARN.
			return &fakeResource{name: "lambda_layer_version", replaceOnChange: true, schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"layer_name":               schema.StringAttribute{Required: true},
				"description":              schema.StringAttribute{Optional: true},
				"license_info":             schema.StringAttribute{Optional: true},
				"filename":                 schema.StringAttribute{Optional: true},
				"s3_bucket":                schema.StringAttribute{Optional: true},
				"source_code_hash":         schema.StringAttribute{Optional: true, Computed: true},
				"compatible_runtimes":      schema.SetAttribute{ElementType: types.StringType, Optional: true},
				"compatible_architectures": schema.SetAttribute{ElementType: types.StringType, Optional: true},
				"arn":                      schema.StringAttribute{Computed: true},
				"version":                  schema.StringAttribute{Computed: true},
			}}}
		},
		func() resource.Resource {
			attrs := map[string]schema.Attribute{"function_name": schema.StringAttribute{Required: true}}
			for _, name := range []string{"source_arn", "source_account", "qualifier", "principal_org_id", "event_source_token", "function_url_auth_type"} {
				attrs[name] = schema.StringAttribute{Optional: true}
			}
			attrs["invoked_via_function_url"] = schema.BoolAttribute{Optional: true}
			attrs["action"] = schema.StringAttribute{Required: true}
			attrs["principal"] = schema.StringAttribute{Required: true}
			// Unknown at plan unless set: the provider makes it from
			// statement_id_prefix, or "terraform-", and a unique suffix.
			attrs["statement_id"] = schema.StringAttribute{Optional: true, Computed: true}
			attrs["statement_id_prefix"] = schema.StringAttribute{Optional: true, Computed: true}
			attrs["id"] = schema.StringAttribute{Computed: true}
			// Every argument of a permission forces a new one, as in the AWS provider.
			return &fakeResource{name: "lambda_permission", replaceOnChange: true, schema: schema.Schema{Attributes: attrs}}
		},
		func() resource.Resource {
			// The whole policy of a function or qualifier (PutResourcePolicy);
			// another resource_arn is another resource.
			return &fakeResource{name: "lambda_policy", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"resource_arn": schema.StringAttribute{Required: true, PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()}},
				"policy":       schema.StringAttribute{Required: true},
				"revision_id":  schema.StringAttribute{Computed: true},
			}}}
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
				// A new name is a new queue.
				"name": schema.StringAttribute{Optional: true, Computed: true,
					PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplaceIfConfigured()}},
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
			}, Blocks: map[string]schema.Block{
				"provisioned_poller_config": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
					"maximum_pollers":   schema.Int64Attribute{Optional: true, Computed: true},
					"minimum_pollers":   schema.Int64Attribute{Optional: true, Computed: true},
					"poller_group_name": schema.StringAttribute{Optional: true},
				}}},
				"self_managed_event_source": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
					"endpoints": schema.MapAttribute{ElementType: types.StringType, Required: true},
				}}},
			}}}
		},
		func() resource.Resource {
			return &fakeResource{name: "subnet", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"vpc_id":     schema.StringAttribute{Required: true},
				"cidr_block": schema.StringAttribute{Optional: true},
				"arn":        schema.StringAttribute{Computed: true},
				"id":         schema.StringAttribute{Computed: true},
			}}}
		},
		func() resource.Resource {
			return &fakeResource{name: "lambda_function_url", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"function_name":      schema.StringAttribute{Required: true},
				"authorization_type": schema.StringAttribute{Required: true},
				"qualifier":          schema.StringAttribute{Optional: true},
				"function_url":       schema.StringAttribute{Computed: true},
				"url_id":             schema.StringAttribute{Computed: true},
			}}}
		},
		func() resource.Resource {
			// As in the AWS provider, the scaling configuration is an
			// optional, computed list attribute, not a block.
			return &fakeResource{name: "lambda_capacity_provider", schema: schema.Schema{
				Attributes: map[string]schema.Attribute{
					"name": schema.StringAttribute{Required: true},
					"arn":  schema.StringAttribute{Computed: true},
					"capacity_provider_scaling_config": schema.ListNestedAttribute{Optional: true, Computed: true,
						NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
							"max_vcpu_count": schema.Int64Attribute{Optional: true},
							"scaling_mode":   schema.StringAttribute{Optional: true},
						}}},
				},
				Blocks: map[string]schema.Block{
					"permissions_config": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
						"capacity_provider_operator_role_arn": schema.StringAttribute{Required: true},
					}}},
					"vpc_config": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
						"subnet_ids":         schema.SetAttribute{ElementType: types.StringType, Required: true},
						"security_group_ids": schema.SetAttribute{ElementType: types.StringType, Required: true},
					}}},
				},
			}}
		},
		func() resource.Resource {
			return &fakeResource{name: "api_gateway_rest_api", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"name":             schema.StringAttribute{Required: true},
				"policy":           schema.StringAttribute{Optional: true, Computed: true},
				"execution_arn":    schema.StringAttribute{Computed: true},
				"root_resource_id": schema.StringAttribute{Computed: true},
				"id":               schema.StringAttribute{Computed: true},
			}, Blocks: map[string]schema.Block{
				"endpoint_configuration": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
					"types": schema.ListAttribute{ElementType: types.StringType, Required: true},
				}}},
			}}}
		},
		func() resource.Resource {
			return &fakeResource{name: "api_gateway_rest_api_policy", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"rest_api_id": schema.StringAttribute{Required: true},
				"policy":      schema.StringAttribute{Required: true},
				"id":          schema.StringAttribute{Computed: true},
			}}}
		},
		func() resource.Resource {
			return &fakeResource{name: "api_gateway_integration", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"rest_api_id":            schema.StringAttribute{Required: true},
				"resource_id":            schema.StringAttribute{Required: true},
				"http_method":            schema.StringAttribute{Required: true},
				"type":                   schema.StringAttribute{Required: true},
				"uri":                    schema.StringAttribute{Optional: true},
				"timeout_milliseconds":   schema.Int64Attribute{Optional: true},
				"response_transfer_mode": schema.StringAttribute{Optional: true, Computed: true},
				"request_parameters":     schema.MapAttribute{ElementType: types.StringType, Optional: true},
				"id":                     schema.StringAttribute{Computed: true},
			}}}
		},
		func() resource.Resource {
			return &fakeResource{name: "api_gateway_resource", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"rest_api_id": schema.StringAttribute{Required: true},
				"parent_id":   schema.StringAttribute{Required: true},
				"path_part":   schema.StringAttribute{Required: true},
				"id":          schema.StringAttribute{Computed: true},
			}}}
		},
		func() resource.Resource {
			return &fakeResource{name: "api_gateway_stage", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"rest_api_id":   schema.StringAttribute{Required: true},
				"stage_name":    schema.StringAttribute{Required: true},
				"deployment_id": schema.StringAttribute{Required: true},
				"id":            schema.StringAttribute{Computed: true},
			}}}
		},
		func() resource.Resource {
			return &fakeResource{name: "api_gateway_authorizer", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"rest_api_id":    schema.StringAttribute{Required: true},
				"name":           schema.StringAttribute{Required: true},
				"type":           schema.StringAttribute{Optional: true},
				"authorizer_uri": schema.StringAttribute{Optional: true},
				"id":             schema.StringAttribute{Computed: true},
			}}}
		},
		func() resource.Resource {
			return &fakeResource{name: "apigatewayv2_api", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"name":          schema.StringAttribute{Required: true},
				"protocol_type": schema.StringAttribute{Required: true},
				"execution_arn": schema.StringAttribute{Computed: true},
				"id":            schema.StringAttribute{Computed: true},
			}}}
		},
		func() resource.Resource {
			return &fakeResource{name: "apigatewayv2_integration", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"api_id":               schema.StringAttribute{Required: true},
				"integration_type":     schema.StringAttribute{Required: true},
				"integration_uri":      schema.StringAttribute{Optional: true},
				"timeout_milliseconds": schema.Int64Attribute{Optional: true, Computed: true},
				"id":                   schema.StringAttribute{Computed: true},
			}}}
		},
		func() resource.Resource {
			return &fakeResource{name: "apigatewayv2_route", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"api_id":    schema.StringAttribute{Required: true},
				"route_key": schema.StringAttribute{Required: true},
				"target":    schema.StringAttribute{Optional: true},
				"id":        schema.StringAttribute{Computed: true},
			}}}
		},
		func() resource.Resource {
			return &fakeResource{name: "apigatewayv2_stage", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"api_id": schema.StringAttribute{Required: true},
				"name":   schema.StringAttribute{Required: true},
				"id":     schema.StringAttribute{Computed: true},
			}}}
		},
		func() resource.Resource {
			return &fakeResource{name: "efs_mount_target", schema: schema.Schema{Attributes: map[string]schema.Attribute{
				"file_system_id": schema.StringAttribute{Required: true,
					PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()}},
				// A mount target moves to another subnet only as a new one.
				"subnet_id": schema.StringAttribute{Required: true,
					PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()}},
				"id":                   schema.StringAttribute{Computed: true},
				"network_interface_id": schema.StringAttribute{Computed: true},
			}}}
		},
	}
}

func fakeLambdaFunctionSchema() schema.Schema {
	return schema.Schema{
		Attributes: map[string]schema.Attribute{
			// A new name is a new function, as in the AWS provider.
			"function_name": schema.StringAttribute{Required: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()}},
			// role is required by the AWS provider; optional here, so that a
			// test's function needs only what it is about.
			"role":              schema.StringAttribute{Optional: true},
			"filename":          schema.StringAttribute{Optional: true},
			"s3_bucket":         schema.StringAttribute{Optional: true},
			"s3_key":            schema.StringAttribute{Optional: true},
			"s3_object_version": schema.StringAttribute{Optional: true},
			"image_uri":         schema.StringAttribute{Optional: true},
			"source_code_hash":  schema.StringAttribute{Optional: true, Computed: true},
			"handler":           schema.StringAttribute{Optional: true},
			"runtime":           schema.StringAttribute{Optional: true},
			"publish":           schema.BoolAttribute{Optional: true},
			"description":       schema.StringAttribute{Optional: true},
			// Zip and Image functions are created, never converted.
			"package_type": schema.StringAttribute{Optional: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplaceIfConfigured()}},
			"memory_size":                    schema.Int64Attribute{Optional: true},
			"timeout":                        schema.Int64Attribute{Optional: true},
			"reserved_concurrent_executions": schema.Int64Attribute{Optional: true},
			"layers":                         schema.ListAttribute{ElementType: types.StringType, Optional: true},
			"architectures":                  schema.ListAttribute{ElementType: types.StringType, Optional: true, Computed: true},
			"tags":                           schema.MapAttribute{ElementType: types.StringType, Optional: true},
			"tags_all":                       schema.MapAttribute{ElementType: types.StringType, Optional: true, Computed: true},
			"arn":                            schema.StringAttribute{Computed: true},
			"invoke_arn":                     schema.StringAttribute{Computed: true},
			"version":                        schema.StringAttribute{Computed: true},
		},
		Blocks: map[string]schema.Block{
			"environment": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
				"variables": schema.MapAttribute{ElementType: types.StringType, Optional: true},
			}}},
			"ephemeral_storage": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
				"size": schema.Int64Attribute{Optional: true, Computed: true},
			}}},
			"capacity_provider_config": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Blocks: map[string]schema.Block{
				"lambda_managed_instances_capacity_provider_config": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
					"capacity_provider_arn":                     schema.StringAttribute{Required: true},
					"execution_environment_memory_gib_per_vcpu": schema.Float64Attribute{Optional: true, Computed: true},
					"per_execution_environment_max_concurrency": schema.Int64Attribute{Optional: true, Computed: true},
				}}},
			}}},
			"snap_start": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
				"apply_on": schema.StringAttribute{Required: true},
			}}},
			"file_system_config": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
				"arn":              schema.StringAttribute{Required: true},
				"local_mount_path": schema.StringAttribute{Required: true},
			}}},
			// Tenancy is set when a function is created; recent releases also
			// replace a function when durable_config is added or removed.
			"logging_config": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
				"log_format":            schema.StringAttribute{Required: true},
				"log_group":             schema.StringAttribute{Optional: true, Computed: true},
				"application_log_level": schema.StringAttribute{Optional: true},
				"system_log_level":      schema.StringAttribute{Optional: true},
			}}},
			"tracing_config": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
				"mode": schema.StringAttribute{Required: true},
			}}},
			"tenancy_config": schema.ListNestedBlock{PlanModifiers: []planmodifier.List{listplanmodifier.RequiresReplace()},
				NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
					"tenant_isolation_mode": schema.StringAttribute{Required: true},
				}}},
			"durable_config": schema.ListNestedBlock{PlanModifiers: []planmodifier.List{addedOrRemoved()}, NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
				"execution_timeout": schema.Int64Attribute{Required: true},
				"retention_period":  schema.Int64Attribute{Optional: true},
			}}},
			"vpc_config": schema.ListNestedBlock{NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
				"subnet_ids":         schema.SetAttribute{ElementType: types.StringType, Required: true},
				"security_group_ids": schema.SetAttribute{ElementType: types.StringType, Required: true},
				// Kept at its prior value on an update, even when the
				// subnets move to another VPC: the next refresh reads the
				// new one.
				"vpc_id": schema.StringAttribute{Computed: true, PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			}}},
		},
	}
}

// addedOrRemoved replaces a resource when a block is added or removed.
func addedOrRemoved() planmodifier.List {
	return listplanmodifier.RequiresReplaceIf(func(_ context.Context, req planmodifier.ListRequest, resp *listplanmodifier.RequiresReplaceIfFuncResponse) {
		had := !req.StateValue.IsNull() && len(req.StateValue.Elements()) > 0
		has := !req.PlanValue.IsNull() && !req.PlanValue.IsUnknown() && len(req.PlanValue.Elements()) > 0
		resp.RequiresReplace = had != has
	}, "Adding or removing the block replaces the function.", "Adding or removing the block replaces the function.")
}

// fakeResource stores its plan as its state; computed values stay unknown
// at plan and become fixed strings at apply.
type fakeResource struct {
	name   string
	schema schema.Schema
	// replaceOnChange: every argument forces a replacement.
	replaceOnChange bool
	// region and defaultTags are the provider configuration's.
	region      string
	defaultTags types.Map
}

var (
	_ resource.ResourceWithConfigure  = &fakeResource{}
	_ resource.ResourceWithModifyPlan = &fakeResource{}
)

func (r *fakeResource) Configure(_ context.Context, req resource.ConfigureRequest, _ *resource.ConfigureResponse) {
	if c, ok := req.ProviderData.(configured); ok {
		r.region, r.defaultTags = c.region, c.defaultTags
	}
}

// ModifyPlan plans region as the AWS provider v6 does: the resource's own,
// else the provider's, known at plan. tags_all is the provider's
// default_tags merged with tags, known when both are.
func (r *fakeResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() || r.region == "" {
		return
	}
	if _, ok := r.schema.Attributes["tags_all"]; ok {
		var tags types.Map
		resp.Diagnostics.Append(req.Plan.GetAttribute(ctx, path.Root("tags"), &tags)...)
		all := types.MapUnknown(types.StringType)
		if !tags.IsUnknown() && !r.defaultTags.IsUnknown() {
			merged := map[string]attr.Value{}
			maps.Copy(merged, r.defaultTags.Elements())
			maps.Copy(merged, tags.Elements())
			known := true
			for _, v := range merged {
				known = known && !v.IsUnknown()
			}
			if known {
				all = types.MapValueMust(types.StringType, merged)
			}
		}
		resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("tags_all"), all)...)
	}
	var region types.String
	resp.Diagnostics.Append(req.Plan.GetAttribute(ctx, path.Root("region"), &region)...)
	if region.IsUnknown() {
		var configured types.String
		resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("region"), &configured)...)
		if configured.IsNull() {
			resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("region"), r.region)...)
		}
	}
}

func (r *fakeResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_" + r.name
}

// Schema keeps identifiers known across updates, as the AWS provider does:
// they are unknown only while a resource is created or replaced.
func (r *fakeResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = r.schema
	attrs := make(map[string]schema.Attribute, len(r.schema.Attributes)+1)
	// A resource moves to another Region only as a new one.
	attrs["region"] = schema.StringAttribute{Optional: true, Computed: true,
		PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplaceIfConfigured()}}
	for name, a := range r.schema.Attributes {
		switch s := a.(type) {
		case schema.StringAttribute:
			if s.Computed && !s.Optional && name != "version" {
				s.PlanModifiers = []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
			} else if r.replaceOnChange && (s.Optional || s.Required) {
				s.PlanModifiers = append(slices.Clone(s.PlanModifiers), stringplanmodifier.RequiresReplaceIfConfigured())
			}
			a = s
		case schema.SetAttribute:
			if r.replaceOnChange {
				s.PlanModifiers = append(slices.Clone(s.PlanModifiers), setplanmodifier.RequiresReplace())
			}
			a = s
		case schema.BoolAttribute:
			if r.replaceOnChange {
				s.PlanModifiers = append(slices.Clone(s.PlanModifiers), boolplanmodifier.RequiresReplace())
			}
			a = s
		}
		attrs[name] = a
	}
	resp.Schema.Attributes = attrs
}

func (r *fakeResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	resp.State.Raw = req.Plan.Raw
	r.fillComputed(ctx, req.Plan, &resp.State, &resp.Diagnostics)
}

// fillComputed makes every computed value known, as AWS would on apply.
func (r *fakeResource) fillComputed(ctx context.Context, plan tfsdk.Plan, state *tfsdk.State, diags *diag.Diagnostics) {
	name := ""
	for _, attr := range []string{"function_name", "layer_name", "name", "cidr_block"} {
		var v types.String
		if _, ok := r.schema.Attributes[attr]; ok {
			diags.Append(plan.GetAttribute(ctx, path.Root(attr), &v)...)
			name = v.ValueString()
			break
		}
	}
	var region types.String
	diags.Append(plan.GetAttribute(ctx, path.Root("region"), &region)...)
	for attr, a := range r.schema.Attributes {
		if s, ok := a.(schema.StringAttribute); ok && s.Computed && !s.Optional {
			diags.Append(state.SetAttribute(ctx, path.Root(attr), r.computed(ctx, plan, attr, name, region.ValueString(), diags))...)
		}
	}
	if r.name == "lambda_permission" {
		var id, prefix types.String
		diags.Append(plan.GetAttribute(ctx, path.Root("statement_id"), &id)...)
		diags.Append(plan.GetAttribute(ctx, path.Root("statement_id_prefix"), &prefix)...)
		if id.IsUnknown() {
			p := "terraform-"
			if !prefix.IsNull() {
				p = prefix.ValueString()
			}
			// terraform-plugin-sdk's id.PrefixedUniqueId: 26 characters.
			diags.Append(state.SetAttribute(ctx, path.Root("statement_id"), p+"20261207120000000000000001")...)
		}
	}
	if _, ok := r.schema.Blocks["vpc_config"]; ok && r.name == "lambda_function" {
		var subnets []string
		var vpc types.String
		diags.Append(plan.GetAttribute(ctx, path.Root("vpc_config").AtListIndex(0).AtName("subnet_ids"), &subnets)...)
		diags.Append(plan.GetAttribute(ctx, path.Root("vpc_config").AtListIndex(0).AtName("vpc_id"), &vpc)...)
		if len(subnets) > 0 && vpc.IsUnknown() {
			diags.Append(state.SetAttribute(ctx, path.Root("vpc_config").AtListIndex(0).AtName("vpc_id"), SubnetVPC(subnets[0]))...)
		}
	}
	// A computed list the configuration leaves out is empty once applied.
	for attr, a := range r.schema.Attributes {
		if l, ok := a.(schema.ListNestedAttribute); ok && l.Computed {
			var v types.List
			diags.Append(plan.GetAttribute(ctx, path.Root(attr), &v)...)
			if v.IsUnknown() {
				diags.Append(state.SetAttribute(ctx, path.Root(attr), types.ListNull(l.NestedObject.Type()))...)
			}
		}
	}
	if _, ok := r.schema.Attributes["architectures"]; ok {
		var arch types.List
		diags.Append(plan.GetAttribute(ctx, path.Root("architectures"), &arch)...)
		if arch.IsUnknown() {
			diags.Append(state.SetAttribute(ctx, path.Root("architectures"), []string{"x86_64"})...)
		}
	}
	raw, err := tftypes.Transform(state.Raw, fillUnknown)
	if err != nil {
		diags.AddError("fill computed values", err.Error())
		return
	}
	state.Raw = raw
}

// computedDefaults are what AWS reports for a computed number the
// configuration leaves out: 512 MB of /tmp, and Managed Instances' 2 GiB
// per vCPU and one request per execution environment (values within their
// quotas).
var computedDefaults = map[string]float64{"size": 512, "execution_environment_memory_gib_per_vcpu": 2,
	"per_execution_environment_max_concurrency": 1}

// fillUnknown gives every value still unknown after apply a known one, as
// AWS reports every attribute of an object it has made.
func fillUnknown(p *tftypes.AttributePath, v tftypes.Value) (tftypes.Value, error) {
	if v.IsKnown() {
		return v, nil
	}
	name := "value"
	if steps := p.Steps(); len(steps) > 0 {
		if a, ok := steps[len(steps)-1].(tftypes.AttributeName); ok {
			name = string(a)
		}
	}
	switch t := v.Type(); {
	case t.Is(tftypes.String):
		return tftypes.NewValue(t, "fake-"+name), nil
	case t.Is(tftypes.Number):
		return tftypes.NewValue(t, big.NewFloat(computedDefaults[name])), nil
	case t.Is(tftypes.Bool):
		return tftypes.NewValue(t, false), nil
	}
	return tftypes.NewValue(v.Type(), nil), nil
}

// computed is the value AWS gives a computed attribute.
func (r *fakeResource) computed(ctx context.Context, plan tfsdk.Plan, attr, name, region string, diags *diag.Diagnostics) string {
	prefix := "arn:aws:lambda:" + region + ":123456789012:"
	switch {
	case r.name == "lambda_function" && attr == "arn":
		return prefix + "function:" + name
	case r.name == "lambda_function" && attr == "invoke_arn":
		return "arn:aws:apigateway:" + region + ":lambda:path/2015-03-31/functions/" + prefix + "function:" + name + "/invocations"
	case r.name == "lambda_capacity_provider" && attr == "arn":
		return prefix + "capacity-provider:" + name
	case r.name == "lambda_layer_version" && attr == "arn":
		return prefix + "layer:" + name + ":1"
	case r.name == "sqs_queue" && attr == "arn":
		return "arn:aws:sqs:" + region + ":123456789012:" + name
	case r.name == "lambda_event_source_mapping" && attr == "function_arn":
		var fn types.String
		diags.Append(plan.GetAttribute(ctx, path.Root("function_name"), &fn)...)
		return prefix + "function:" + fn.ValueString()
	case r.name == "subnet" && attr == "id":
		var vpc types.String
		diags.Append(plan.GetAttribute(ctx, path.Root("vpc_id"), &vpc)...)
		return fmt.Sprintf("subnet-%s-%s", strings.TrimPrefix(vpc.ValueString(), "vpc-"), strings.NewReplacer(".", "", "/", "").Replace(name))
	case attr == "version":
		return "1"
	}
	return "fake-" + r.name + "-" + attr + "-" + name
}

// SubnetVPC is the VPC of a subnet named by the package's convention:
// subnet-<vpc>-<n> is in vpc-<vpc>.
func SubnetVPC(subnet string) string {
	rest := strings.TrimPrefix(subnet, "subnet-")
	vpc, _, _ := strings.Cut(rest, "-")
	return "vpc-" + vpc
}

// Read refreshes what AWS reports afresh: a function's VPC is its subnets'.
func (r *fakeResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	if _, ok := r.schema.Blocks["vpc_config"]; !ok || r.name != "lambda_function" {
		return
	}
	var subnets []string
	at := path.Root("vpc_config").AtListIndex(0)
	if diags := req.State.GetAttribute(ctx, at.AtName("subnet_ids"), &subnets); diags.HasError() || len(subnets) == 0 {
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, at.AtName("vpc_id"), SubnetVPC(subnets[0]))...)
}

func (r *fakeResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	resp.State.Raw = req.Plan.Raw
	r.fillComputed(ctx, req.Plan, &resp.State, &resp.Diagnostics)
}

func (r *fakeResource) Delete(context.Context, resource.DeleteRequest, *resource.DeleteResponse) {}

// subnetDataSource is data "aws_subnet": id and vpc_id are optional filters
// and computed, as in the AWS provider; it finds the subnet named by id.
type subnetDataSource struct{}

func (d *subnetDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_subnet"
}

func (d *subnetDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = dschema.Schema{Attributes: map[string]dschema.Attribute{
		"id":         dschema.StringAttribute{Optional: true, Computed: true},
		"vpc_id":     dschema.StringAttribute{Optional: true, Computed: true},
		"cidr_block": dschema.StringAttribute{Optional: true, Computed: true},
		"arn":        dschema.StringAttribute{Computed: true},
	}}
}

func (d *subnetDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var id types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("id"), &id)...)
	if id.ValueString() == "" {
		resp.Diagnostics.AddError("no matching EC2 Subnet found", "The test provider finds subnets by id.")
		return
	}
	resp.State.Raw = req.Config.Raw
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("vpc_id"), SubnetVPC(id.ValueString()))...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("cidr_block"), "10.0.0.0/24")...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("arn"), "arn:aws:ec2:us-east-1:123456789012:subnet/"+id.ValueString())...)
}

// AppliedQuotas are this fake account's Lambda quotas as Service Quotas
// reports them, by quota code, each raised above AWS's default.
var AppliedQuotas = map[string]struct{ Default, Value float64 }{
	"L-B99A9384": {1000, 2000},                 // concurrent executions
	"L-9FEE3D26": {250, 500},                   // elastic network interfaces per VPC
	"L-2ACBD22F": {322122547200, 644245094400}, // function and layer storage, 300 GB raised to 600 GB
}

// serviceQuotaDataSource is data "aws_servicequotas_service_quota", with
// the AWS provider's arguments and attributes; it knows AppliedQuotas.
type serviceQuotaDataSource struct{}

func (d *serviceQuotaDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_servicequotas_service_quota"
}

func (d *serviceQuotaDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = dschema.Schema{Attributes: map[string]dschema.Attribute{
		"service_code":  dschema.StringAttribute{Required: true},
		"quota_code":    dschema.StringAttribute{Optional: true, Computed: true},
		"quota_name":    dschema.StringAttribute{Optional: true, Computed: true},
		"region":        dschema.StringAttribute{Optional: true, Computed: true},
		"adjustable":    dschema.BoolAttribute{Computed: true},
		"arn":           dschema.StringAttribute{Computed: true},
		"default_value": dschema.Float64Attribute{Computed: true},
		"global_quota":  dschema.BoolAttribute{Computed: true},
		"id":            dschema.StringAttribute{Computed: true},
		"service_name":  dschema.StringAttribute{Computed: true},
		"value":         dschema.Float64Attribute{Computed: true},
	}}
}

func (d *serviceQuotaDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var service, code types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("service_code"), &service)...)
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("quota_code"), &code)...)
	q, ok := AppliedQuotas[code.ValueString()]
	if service.ValueString() != "lambda" || !ok {
		resp.Diagnostics.AddError("reading Service Quotas Service Quota", "The test provider knows Lambda's quotas by code: "+
			"L-B99A9384, L-9FEE3D26 and L-2ACBD22F.")
		return
	}
	arn := "arn:aws:servicequotas:" + defaultRegion + ":123456789012:lambda/" + code.ValueString()
	resp.State.Raw = req.Config.Raw
	for name, v := range map[string]any{"quota_name": code.ValueString(), "region": defaultRegion, "adjustable": true, "arn": arn,
		"global_quota": false, "id": arn, "service_name": "AWS Lambda", "value": q.Value, "default_value": q.Default} {
		resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root(name), v)...)
	}
}
