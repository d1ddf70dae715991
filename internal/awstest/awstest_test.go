package awstest

import (
	"context"
	"maps"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/boundary"
)

// TestSchemaHoldsWhatChecksRead: every argument and block that a check
// reads of an aws_lambda_function (every boundary row's, in the AWS
// provider's shape) is in this provider's schema, so that configurations
// written for the AWS provider plan here.
func TestSchemaHoldsWhatChecksRead(t *testing.T) {
	t.Parallel()
	var resp resource.SchemaResponse
	(&fakeResource{name: "lambda_function", schema: fakeLambdaFunctionSchema()}).Schema(context.Background(), resource.SchemaRequest{}, &resp)
	flat := map[string]cty.Value{}
	for _, r := range boundary.Rows(t) {
		if r.Kind == boundary.Function {
			maps.Copy(flat, r.Past)
			maps.Copy(flat, r.At)
		}
	}
	for _, k := range []string{"image_size_bytes", "layer_filenames", "layer_unzipped_bytes", "provisioned_concurrent_executions"} {
		delete(flat, k) // given by options, or another resource
	}
	resources, ok := boundary.AWS(boundary.Function, flat)
	if !ok {
		t.Fatal("no AWS shape")
	}
	for name, v := range resources[0].Values {
		if _, ok := resp.Schema.Attributes[name]; ok {
			continue
		}
		b, ok := resp.Schema.Blocks[name].(schema.ListNestedBlock)
		if !ok {
			t.Errorf("aws_lambda_function has no %s", name)
			continue
		}
		for inner := range v.AsValueSlice()[0].AsValueMap() {
			_, attr := b.NestedObject.Attributes[inner]
			_, block := b.NestedObject.Blocks[inner]
			if !attr && !block {
				t.Errorf("aws_lambda_function's %s has no %s", name, inner)
			}
		}
	}
}
