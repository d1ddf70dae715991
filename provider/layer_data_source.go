package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var _ datasource.DataSourceWithConfigure = &LayerDataSource{}

// LayerDataSource checks one Lambda layer version.
type LayerDataSource struct {
	limitsFromProvider
}

// LayerDataSourceModel mirrors aws_lambda_layer_version's argument names.
type LayerDataSourceModel struct {
	LayerName               types.String `tfsdk:"layer_name"`
	Filename                types.String `tfsdk:"filename"`
	UploadedViaS3           types.Bool   `tfsdk:"uploaded_via_s3"`
	CompatibleRuntimes      types.List   `tfsdk:"compatible_runtimes"`
	CompatibleArchitectures types.List   `tfsdk:"compatible_architectures"`
	ZippedBytes             types.Int64  `tfsdk:"zipped_bytes"`
	UnzippedBytes           types.Int64  `tfsdk:"unzipped_bytes"`
}

// NewLayerDataSource returns the lambdaquota_layer data source.
func NewLayerDataSource() datasource.DataSource {
	return &LayerDataSource{}
}

func (d *LayerDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_layer"
}

func (d *LayerDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Checks one Lambda layer version: its .zip against the 50 MB direct-upload and 250 MB unzipped quotas, and its " +
			"compatible runtimes and architectures. Arguments are named like `aws_lambda_layer_version`'s.",
		Attributes: map[string]schema.Attribute{
			"layer_name": schema.StringAttribute{Optional: true, MarkdownDescription: "The layer's name, for messages."},
			"filename": schema.StringAttribute{Optional: true,
				MarkdownDescription: "Path of the local .zip package, measured from its central directory. A file that does not exist yet gives a warning."},
			"uploaded_via_s3": schema.BoolAttribute{Optional: true,
				MarkdownDescription: "Set when the package is uploaded through S3 (`s3_bucket`), where the 50 MB direct-upload limit does not apply."},
			"compatible_runtimes":      schema.ListAttribute{ElementType: types.StringType, Optional: true, MarkdownDescription: "At most 15 runtimes."},
			"compatible_architectures": schema.ListAttribute{ElementType: types.StringType, Optional: true, MarkdownDescription: "At most 2 architectures."},
			"zipped_bytes":             schema.Int64Attribute{Computed: true, MarkdownDescription: "Size of the zip file."},
			"unzipped_bytes":           schema.Int64Attribute{Computed: true, MarkdownDescription: "Unzipped size, from the zip's central directory."},
		},
	}
}

func (d *LayerDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m LayerDataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	rep := quota.CheckLayer(d.limits(), quota.Layer{
		Name:                    stringValue(m.LayerName),
		Filename:                stringValue(m.Filename),
		UploadedViaS3:           boolValue(m.UploadedViaS3),
		CompatibleRuntimes:      stringList(m.CompatibleRuntimes),
		CompatibleArchitectures: stringList(m.CompatibleArchitectures),
	})
	d.report(&resp.Diagnostics, rep.Result)
	if resp.Diagnostics.HasError() {
		return
	}
	m.ZippedBytes = measured(rep.ZippedBytes)
	m.UnzippedBytes = measured(rep.UnzippedBytes)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
