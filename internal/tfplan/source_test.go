package tfplan

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLinkResolvesInstancesAndWrappers(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src := `
resource "aws_lambda_event_source_mapping" "literal" {
  function_name    = aws_lambda_function.this[0].arn
  event_source_arn = try(aws_sqs_queue.q["jobs"].arn, null)
}
resource "aws_lambda_event_source_mapping" "each" {
  for_each         = toset(["jobs"])
  function_name    = aws_lambda_function.one.arn
  event_source_arn = aws_sqs_queue.q[each.key].arn
}
resource "aws_lambda_event_source_mapping" "counted" {
  count         = 2
  function_name = aws_lambda_function.this[count.index].arn
}
resource "aws_lambda_event_source_mapping" "unkeyed" {
  function_name = aws_lambda_function.this.arn
}
resource "aws_lambda_function" "f" {
  layers = [aws_lambda_layer_version.a.arn, "arn:aws:lambda:us-east-1:123456789012:layer:x:1", replace(aws_lambda_layer_version.a.arn, "a", "a")]
}
resource "aws_lambda_function" "g" {
  layers = var.layers
}
`
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	refs := func(args map[string][]string) string {
		exprs := map[string]any{}
		for k, v := range args {
			exprs[k] = map[string]any{"references": v}
		}
		out, err := json.Marshal(exprs)
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	resource := func(addr string, counted bool, args map[string][]string) string {
		count := ""
		if counted {
			count = `,"count_expression":{"constant_value":2}`
		}
		return fmt.Sprintf(`{"address":%q,"expressions":%s%s}`, addr, refs(args), count)
	}
	config := `{"root_module":{"resources":[` + strings.Join([]string{
		resource("aws_lambda_event_source_mapping.literal", false, map[string][]string{
			"function_name":    {"aws_lambda_function.this[0].arn", "aws_lambda_function.this[0]", "aws_lambda_function.this"},
			"event_source_arn": {"aws_sqs_queue.q[\"jobs\"].arn", "aws_sqs_queue.q[\"jobs\"]", "aws_sqs_queue.q"}}),
		resource("aws_lambda_event_source_mapping.each", true, map[string][]string{
			"event_source_arn": {"aws_sqs_queue.q", "each.key"}}),
		resource("aws_lambda_event_source_mapping.counted", true, map[string][]string{
			"function_name": {"aws_lambda_function.this", "count.index"}}),
		resource("aws_lambda_event_source_mapping.unkeyed", false, map[string][]string{
			"function_name": {"aws_lambda_function.this.arn", "aws_lambda_function.this"}}),
		resource("aws_lambda_function.f", false, map[string][]string{
			"layers": {"aws_lambda_layer_version.a.arn", "aws_lambda_layer_version.a"}}),
		resource("aws_lambda_function.g", false, map[string][]string{"layers": {"var.layers"}}),
		resource("aws_lambda_function.this", true, nil),
		resource("aws_sqs_queue.q", true, nil),
	}, ",") + `]}}`
	p, err := Parse([]byte(`{"format_version":"1.2","resource_changes":[],"configuration":` + config + `}`))
	if err != nil {
		t.Fatal(err)
	}
	s := NewSource(p, dir)
	for _, tc := range []struct{ from, arg, want string }{
		{"aws_lambda_event_source_mapping.literal", "function_name", "aws_lambda_function.this[0]"},
		{"aws_lambda_event_source_mapping.literal", "event_source_arn", `aws_sqs_queue.q["jobs"]`},
		{`aws_lambda_event_source_mapping.each["jobs"]`, "event_source_arn", `aws_sqs_queue.q["jobs"]`},
		{"aws_lambda_event_source_mapping.counted[1]", "function_name", "aws_lambda_function.this[1]"},
		// Which instance is not proven.
		{"aws_lambda_event_source_mapping.unkeyed", "function_name", ""},
	} {
		if got := s.Link(Resource{Address: tc.from}, tc.arg); got != tc.want {
			t.Errorf("%s.%s links %q, want %q", tc.from, tc.arg, got, tc.want)
		}
	}
	if got := s.LinkElements(Resource{Address: "aws_lambda_function.f"}, "layers"); strings.Join(got, ",") != "aws_lambda_layer_version.a,," {
		t.Errorf("layers of f link %q; want the first element only", got)
	}
	if got := s.LinkElements(Resource{Address: "aws_lambda_function.g"}, "layers"); got != nil {
		t.Errorf("layers of g link %q; want nothing from a variable", got)
	}
}
