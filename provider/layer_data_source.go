package provider

import (
	"context"
	"maps"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var _ datasource.DataSourceWithValidateConfig = &layerDataSource{}

// layerDataSource checks one Lambda layer version.
type layerDataSource struct {
	checkingDataSource
}

// newLayerDataSource returns the lambdaquota_layer data source.
func newLayerDataSource() datasource.DataSource {
	return &layerDataSource{checkingDataSource{
		computed: []string{"zipped_bytes", "unzipped_bytes"},
		measure: func(dc *decode.Decoder, cfg decode.Val, limits quota.Limits) (quota.Result, map[string]attr.Value) {
			rep := quota.CheckLayer(limits, dc.Layer(cfg))
			return rep.Result, map[string]attr.Value{"zipped_bytes": measured(rep.ZippedBytes), "unzipped_bytes": measured(rep.UnzippedBytes)}
		},
	}}
}

func (d *layerDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_layer"
}

func (d *layerDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Checks one Lambda layer version against " + everyQuota(quota.CategoryLayer, "layer") + ", and its .zip " +
			"against the " + amount(quota.ZippedPackageMaxBytes) + " direct-upload and " + amount(quota.UnzippedPackageMaxBytes) +
			" unzipped quotas. Arguments are named like `aws_lambda_layer_version`'s.\n\n" + whenChecked,
		Attributes: layerArguments(),
	}
}

// layerArguments are lambdaquota_layer's arguments, named like
// aws_lambda_layer_version's, and its measurements.
func layerArguments() map[string]schema.Attribute {
	attrs := flatArguments("aws_lambda_layer_version", layerArgumentDescriptions())
	maps.Copy(attrs, map[string]schema.Attribute{
		"zipped_bytes":   schema.Int64Attribute{Computed: true, MarkdownDescription: "Size of the zip file."},
		"unzipped_bytes": schema.Int64Attribute{Computed: true, MarkdownDescription: "Unzipped size, from the zip's central directory."},
	})
	return attrs
}

// layerArgumentDescriptions are the prose of lambdaquota_layer's arguments.
func layerArgumentDescriptions() map[string]string {
	return map[string]string{
		"layer_name":               "The layer's name, for messages.",
		"filename":                 "Path of the local .zip package, measured from its central directory. A file that does not exist yet gives a warning.",
		"uploaded_via_s3":          "Set when the package is uploaded through S3 (`s3_bucket`), where the direct-upload limit does not apply.",
		"compatible_runtimes":      "At most " + number(quota.LayerCompatibleRuntimesMax) + " runtimes.",
		"compatible_architectures": "At most " + number(quota.LayerCompatibleArchitecturesMax) + " architectures.",
		"description":              "The layer version's description: at most " + amount(quota.LayerDescriptionMaxLength) + ".",
		"license_info":             "The layer version's license: at most " + amount(quota.LayerLicenseMaxLength) + ".",
	}
}
