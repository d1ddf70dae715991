package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
	"github.com/lambdaquota/terraform-provider-lambdaquota/validators"
)

var _ datasource.DataSourceWithConfigure = &FunctionDataSource{}

// FunctionDataSource checks one Lambda function's configuration.
type FunctionDataSource struct {
	limitsFromProvider
}

// FunctionDataSourceModel mirrors aws_lambda_function's argument names.
type FunctionDataSourceModel struct {
	FunctionName                 types.String `tfsdk:"function_name"`
	PackageType                  types.String `tfsdk:"package_type"`
	MemorySize                   types.Number `tfsdk:"memory_size"`
	Timeout                      types.Number `tfsdk:"timeout"`
	EphemeralStorageSize         types.Number `tfsdk:"ephemeral_storage_size"`
	EnvironmentVariables         types.Map    `tfsdk:"environment_variables"`
	Layers                       types.List   `tfsdk:"layers"`
	Filename                     types.String `tfsdk:"filename"`
	UploadedViaS3                types.Bool   `tfsdk:"uploaded_via_s3"`
	LayerFilenames               types.List   `tfsdk:"layer_filenames"`
	LayerUnzippedBytes           types.Number `tfsdk:"layer_unzipped_bytes"`
	ImageSizeBytes               types.Number `tfsdk:"image_size_bytes"`
	ReservedConcurrentExecutions types.Number `tfsdk:"reserved_concurrent_executions"`
	SubnetIDs                    types.List   `tfsdk:"subnet_ids"`
	SecurityGroupIDs             types.List   `tfsdk:"security_group_ids"`
	Architectures                types.List   `tfsdk:"architectures"`
	Handler                      types.String `tfsdk:"handler"`
	Description                  types.String `tfsdk:"description"`

	EnvironmentVariablesBytes types.Int64 `tfsdk:"environment_variables_bytes"`
	PackageZippedBytes        types.Int64 `tfsdk:"package_zipped_bytes"`
	PackageUnzippedBytes      types.Int64 `tfsdk:"package_unzipped_bytes"`
	TotalUnzippedBytes        types.Int64 `tfsdk:"total_unzipped_bytes"`
	HyperplaneENIs            types.Int64 `tfsdk:"hyperplane_enis"`
}

// NewFunctionDataSource returns the lambdaquota_function data source.
func NewFunctionDataSource() datasource.DataSource {
	return &FunctionDataSource{}
}

func (d *FunctionDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_function"
}

func (d *FunctionDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	// Validators enforce AWS's values when the configuration is validated,
	// before the provider is configured; Read enforces the effective limits.
	defaults := quota.DefaultLimits()
	resp.Schema = schema.Schema{
		MarkdownDescription: "Checks one Lambda function's configuration against every per-function quota: memory, timeout, " +
			"`/tmp`, the 4 KB environment as AWS measures it, the 50 MB direct-upload zip, the 250 MB unzipped total of code " +
			"plus layers, container image size, layers, VPC subnets and security groups, name, handler and description length, " +
			"and reserved concurrency against the account's unreserved floor. Arguments are named like `aws_lambda_function`'s, " +
			"so the same locals can feed both. Literal values fail at `validate`; values from variables and locals fail at `plan`.",
		Attributes: map[string]schema.Attribute{
			"function_name": schema.StringAttribute{Optional: true, MarkdownDescription: "The function's name: 1 to 64 letters, digits, hyphens and underscores.",
				Validators: []validator.String{validators.FunctionName(defaults)}},
			"package_type": schema.StringAttribute{Optional: true, MarkdownDescription: "`Zip` (the default) or `Image`.",
				Validators: []validator.String{stringvalidator.OneOf(quota.PackageTypeZip, quota.PackageTypeImage)}},
			"memory_size": schema.NumberAttribute{Optional: true, MarkdownDescription: "Memory in MB: 128 to 10240.",
				Validators: []validator.Number{wholeNumber(validators.MemorySize(defaults))}},
			"timeout": schema.NumberAttribute{Optional: true, MarkdownDescription: "Timeout in seconds: 1 to 900.",
				Validators: []validator.Number{wholeNumber(validators.Timeout(defaults))}},
			"ephemeral_storage_size": schema.NumberAttribute{Optional: true, MarkdownDescription: "`/tmp` size in MB (`ephemeral_storage.size`): 512 to 10240.",
				Validators: []validator.Number{wholeNumber(validators.EphemeralStorageSize(defaults))}},
			"environment_variables": schema.MapAttribute{ElementType: types.StringType, Optional: true,
				MarkdownDescription: "The function's environment variables (`environment.variables`). AWS allows 4096 bytes, counted as the compact JSON of the map.",
				Validators:          []validator.Map{validators.EnvironmentVariablesSize(defaults)}},
			"layers": schema.ListAttribute{ElementType: types.StringType, Optional: true, MarkdownDescription: "Layer version ARNs: at most 5.",
				Validators: []validator.List{validators.LayerCount(defaults)}},
			"filename": schema.StringAttribute{Optional: true,
				MarkdownDescription: "Path of the local .zip package. Its size is read from the zip's central directory, without decompressing. " +
					"A file that does not exist yet (built during apply) gives a warning and skips the size checks."},
			"uploaded_via_s3": schema.BoolAttribute{Optional: true,
				MarkdownDescription: "Set when the package is uploaded through S3 (`s3_bucket`), where the 50 MB direct-upload limit does not apply; the 250 MB unzipped limit still does."},
			"layer_filenames": schema.ListAttribute{ElementType: types.StringType, Optional: true,
				MarkdownDescription: "Local .zip packages of the function's layers, counted into the unzipped total."},
			"layer_unzipped_bytes": schema.NumberAttribute{Optional: true, Validators: []validator.Number{wholeNumber()},
				MarkdownDescription: "Declared unzipped size, in bytes, of layers that are not local files, counted into the unzipped total."},
			"image_size_bytes": schema.NumberAttribute{Optional: true, Validators: []validator.Number{wholeNumber()},
				MarkdownDescription: "Declared uncompressed size of the container image, in bytes, when `package_type` is `Image`: at most 10 GB."},
			"reserved_concurrent_executions": schema.NumberAttribute{Optional: true, Validators: []validator.Number{wholeNumber()},
				MarkdownDescription: "Reserved concurrency; `-1` reserves none. It must leave the account's unreserved floor: at most 900 with the default quotas (1000 less 100)."},
			"subnet_ids": schema.ListAttribute{ElementType: types.StringType, Optional: true, MarkdownDescription: "VPC subnet IDs (`vpc_config.subnet_ids`): at most 16.",
				Validators: []validator.List{validators.SubnetCount(defaults)}},
			"security_group_ids": schema.ListAttribute{ElementType: types.StringType, Optional: true, MarkdownDescription: "VPC security group IDs (`vpc_config.security_group_ids`): at most 5.",
				Validators: []validator.List{validators.SecurityGroupCount(defaults)}},
			"architectures": schema.ListAttribute{ElementType: types.StringType, Optional: true, MarkdownDescription: "Instruction set: one of `x86_64` or `arm64`."},
			"handler": schema.StringAttribute{Optional: true, MarkdownDescription: "The handler: at most 128 characters.",
				Validators: []validator.String{validators.Handler(defaults)}},
			"description": schema.StringAttribute{Optional: true, MarkdownDescription: "The description: at most 256 characters.",
				Validators: []validator.String{validators.Description(defaults)}},

			"environment_variables_bytes": schema.Int64Attribute{Computed: true, MarkdownDescription: "Size of the environment variables as AWS measures it."},
			"package_zipped_bytes":        schema.Int64Attribute{Computed: true, MarkdownDescription: "Size of the `filename` zip; null when there is none or it cannot be read."},
			"package_unzipped_bytes":      schema.Int64Attribute{Computed: true, MarkdownDescription: "Unzipped size of the `filename` zip, from its central directory."},
			"total_unzipped_bytes":        schema.Int64Attribute{Computed: true, MarkdownDescription: "Unzipped size of the function code plus its layers."},
			"hyperplane_enis":             schema.Int64Attribute{Computed: true, MarkdownDescription: "Hyperplane ENIs this function needs in its VPC: one per distinct subnet, when it has security groups."},
		},
	}
}

func (d *FunctionDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m FunctionDataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	rep := quota.CheckFunction(d.limits(), quota.Function{
		Name:                         stringValue(m.FunctionName),
		PackageType:                  stringValue(m.PackageType),
		MemorySize:                   numberValue(m.MemorySize),
		Timeout:                      numberValue(m.Timeout),
		EphemeralStorageSize:         numberValue(m.EphemeralStorageSize),
		EnvironmentVariables:         stringMapValue(m.EnvironmentVariables),
		Layers:                       stringList(m.Layers),
		Filename:                     stringValue(m.Filename),
		UploadedViaS3:                boolValue(m.UploadedViaS3),
		LayerFilenames:               stringList(m.LayerFilenames),
		LayerUnzippedBytes:           numberValue(m.LayerUnzippedBytes),
		ImageSizeBytes:               numberValue(m.ImageSizeBytes),
		ReservedConcurrentExecutions: numberValue(m.ReservedConcurrentExecutions),
		SubnetIDs:                    stringList(m.SubnetIDs),
		SecurityGroupIDs:             stringList(m.SecurityGroupIDs),
		Architectures:                stringList(m.Architectures),
		Handler:                      stringValue(m.Handler),
		Description:                  stringValue(m.Description),
	})
	d.report(&resp.Diagnostics, rep.Result)
	if resp.Diagnostics.HasError() {
		return
	}
	m.EnvironmentVariablesBytes = measured(rep.EnvironmentVariablesBytes)
	m.PackageZippedBytes = measured(rep.PackageZippedBytes)
	m.PackageUnzippedBytes = measured(rep.PackageUnzippedBytes)
	m.TotalUnzippedBytes = measured(rep.TotalUnzippedBytes)
	m.HyperplaneENIs = measured(rep.HyperplaneENIs)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
