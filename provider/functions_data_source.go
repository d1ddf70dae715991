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

var _ datasource.DataSourceWithValidateConfig = &functionsDataSource{}

// functionsDataSource checks a fleet of functions in one data source.
type functionsDataSource struct {
	checkingDataSource
}

// functionResultType is the type of one function's measurements.
var functionResultType = func() types.ObjectType {
	attrs := make(map[string]attr.Type, len(functionMeasurements))
	for name := range functionMeasurements {
		attrs[name] = types.Int64Type
	}
	return types.ObjectType{AttrTypes: attrs}
}()

func newFunctionsDataSource() *functionsDataSource {
	return &functionsDataSource{checkingDataSource{
		computed: []string{"results", "lambda_enis", "reserved_concurrency_total", "code_storage_bytes"},
		measure: func(dc *decode.Decoder, cfg decode.Val, limits quota.Limits) (quota.Result, map[string]attr.Value) {
			functions := cfg.Get("functions")
			rep := quota.CheckFleet(limits, dc.Fleet(functions, cfg))
			results := make(map[string]attr.Value, len(rep.Functions))
			// A map's members come in key order.
			for i, key := range functions.Keys() {
				if i < len(rep.Functions) {
					results[key] = types.ObjectValueMust(functionResultType.AttrTypes, functionReportValues(rep.Functions[i]))
				}
			}
			reserved, storage := rep.Totals()
			enis := quota.Known[int64](0)
			for _, v := range rep.VPCs {
				enis.V += v.LambdaENIs.V
				enis.Unknown = enis.Unknown || v.LambdaENIs.Unknown
			}
			return rep.Result, map[string]attr.Value{
				"results":                    types.MapValueMust(functionResultType, results),
				"lambda_enis":                measured(enis),
				"reserved_concurrency_total": measured(reserved),
				"code_storage_bytes":         measured(storage),
			}
		},
	}}
}

func (d *functionsDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_functions"
}

func (d *functionsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	results := make(map[string]schema.Attribute, len(functionMeasurements))
	for name, desc := range functionMeasurements {
		results[name] = schema.Int64Attribute{Computed: true, MarkdownDescription: desc}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Checks a fleet of Lambda functions in one data source: every per-function quota of " +
			"`lambdaquota_function` on each function, named by its key, and the checks the fleet shares: Hyperplane ENIs " +
			"per VPC (functions that share a subnet are certainly in one VPC), and in each Region (each function's `region`) " +
			"the reserved and provisioned concurrency total against the unreserved floor and code storage. One data source for a fleet costs a plan far less than " +
			"one per function: see the Large stacks guide.\n\n" + whenChecked,
		Attributes: map[string]schema.Attribute{
			"functions": objectsArgument("The functions by key: a map or object whose values each take the arguments of "+
				"[`lambdaquota_function`](function), or `aws_lambda_function` resources (a `for_each` map of them). A misspelt "+
				"argument is an error, with the name meant.", nil),
			"efs_mount_targets": schema.NumberAttribute{Optional: true,
				MarkdownDescription: "EFS mount targets in each VPC the fleet uses: one ENI each."},
			"other_enis": schema.NumberAttribute{Optional: true,
				MarkdownDescription: "Other ENIs that count against Lambda's quota in each VPC the fleet uses, such as pairs held by published versions."},
			"existing_code_storage_bytes": schema.NumberAttribute{Optional: true,
				MarkdownDescription: "Code storage already used in the Region, in bytes, to which the fleet's local packages are added."},
			"snapshot": snapshotArgument("what the rest of its account spends counts beside the fleet: the ENIs and EFS mount " +
				"targets in use in each VPC (a pair in use costs nothing new), the reservations and the stored code, less the $LATEST " +
				"packages of the fleet's functions that `list-functions` shows deployed; its applied quotas replace the defaults. " +
				"What a deployed function reserves today is not in the snapshot, so with deployed functions the floor is checked " +
				"only when the fleet alone breaks it; `lambdaquota check --account` reads it from the saved plan's prior state. " +
				"Functions whose `region` is not set are taken to be in the snapshot's Region. Not with `existing_code_storage_bytes`."),
			"results": schema.MapNestedAttribute{Computed: true, MarkdownDescription: "Each function's measurements, by key.",
				NestedObject: schema.NestedAttributeObject{Attributes: results}},
			"lambda_enis":                schema.Int64Attribute{Computed: true, MarkdownDescription: "Hyperplane ENIs the fleet needs, over all its VPCs."},
			"reserved_concurrency_total": schema.Int64Attribute{Computed: true, MarkdownDescription: "Sum of the fleet's reserved and provisioned concurrency, over every Region; the floor is checked in each Region on its own."},
			"code_storage_bytes":         schema.Int64Attribute{Computed: true, MarkdownDescription: "Code storage of the fleet's local packages, plus the existing code when given, over every Region; the quota is checked in each Region on its own."},
		},
	}
}
