package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

var _ function.Function = &packageSizeFunction{}

// packageSizeFunction measures a local .zip package.
type packageSizeFunction struct{}

// newPackageSizeFunction returns the package_size function.
func newPackageSizeFunction() function.Function {
	return &packageSizeFunction{}
}

var packageSizeType = map[string]attr.Type{"zipped_bytes": types.Int64Type, "unzipped_bytes": types.Int64Type}

func (f *packageSizeFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "package_size"
}

func (f *packageSizeFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary: "Zipped and unzipped size of a local .zip package",
		MarkdownDescription: "Returns `{ zipped_bytes, unzipped_bytes }` of a .zip file. The unzipped size is the sum of the entries' " +
			"uncompressed sizes in the zip's central directory: nothing is decompressed, so even an archive that claims terabytes " +
			"is measured at once. Fails when the file is missing, unreadable or not a valid zip.",
		Parameters: []function.Parameter{
			function.StringParameter{
				Name:                "filename",
				MarkdownDescription: "Path of the .zip file.",
				AllowUnknownValues:  true,
			},
		},
		Return: function.ObjectReturn{AttributeTypes: packageSizeType},
	}
}

func (f *packageSizeFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var filename types.String
	resp.Error = req.Arguments.Get(ctx, &filename)
	if resp.Error != nil {
		return
	}
	if filename.IsUnknown() {
		resp.Error = resp.Result.Set(ctx, types.ObjectUnknown(packageSizeType))
		return
	}
	info, err := quota.InspectZip(filename.ValueString())
	if err != nil {
		resp.Error = function.NewArgumentFuncError(0, "The package "+err.Error()+".")
		return
	}
	resp.Error = resp.Result.Set(ctx, types.ObjectValueMust(packageSizeType, map[string]attr.Value{
		"zipped_bytes":   types.Int64Value(info.ZippedBytes),
		"unzipped_bytes": types.Int64Value(info.UnzippedBytes),
	}))
}
