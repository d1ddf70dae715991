package provider

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/ziptest"
)

// fn is a lambdaquota_function configuration with the given arguments.
func fn(args string) string {
	return "data \"lambdaquota_function\" \"test\" {\n" + args + "\n}\n"
}

// envOfBytes is an HCL map whose environment measures exactly n bytes.
func envOfBytes(n int) string {
	return fmt.Sprintf(`{ KK = "%s" }`, strings.Repeat("x", n-len(`{"KK":""}`)))
}

func hclList(n int, prefix string) string {
	items := make([]string, n)
	for i := range items {
		items[i] = fmt.Sprintf("%q", fmt.Sprintf("%s-%d", prefix, i))
	}
	return "[" + strings.Join(items, ", ") + "]"
}

// TestAccFunctionDataSourceBoundaries plans each per-function quota at its
// limit, which passes, and one over, which fails naming the quota.
func TestAccFunctionDataSourceBoundaries(t *testing.T) {
	cases := []struct {
		name, pass, fail, want string
	}{
		{"memory minimum", "memory_size = 128", "memory_size = 127", `Lambda Memory Too Small[\s\S]*127 MB, less than the minimum of 128 MB`},
		{"memory maximum", "memory_size = 10240", "memory_size = 10241", `Lambda Memory Too Large[\s\S]*10,241 MB[\s\S]*more than the 10,240 MB[\s\S]*function_memory_max_mb`},
		{"timeout minimum", "timeout = 1", "timeout = 0", `Lambda Timeout Too Short`},
		{"timeout maximum", "timeout = 900", "timeout = 901", `Lambda Timeout Too Long[\s\S]*901 seconds[\s\S]*more than the 900 seconds`},
		{"ephemeral minimum", "ephemeral_storage_size = 512", "ephemeral_storage_size = 511", `Lambda Ephemeral Storage Too Small`},
		{"ephemeral maximum", "ephemeral_storage_size = 10240", "ephemeral_storage_size = 10241", `Lambda Ephemeral Storage Too Large`},
		{"environment", "environment_variables = " + envOfBytes(4096), "environment_variables = " + envOfBytes(4097),
			`Lambda Environment Variables Too Large[\s\S]*4,097 bytes[\s\S]*more than the 4,096 bytes[\s\S]*environment_variables_max_bytes`},
		{"layers", "layers = " + hclList(5, "arn"), "layers = " + hclList(6, "arn"), `Too Many Lambda Layers[\s\S]*is 6[\s\S]*more than the 5 layers`},
		{"subnets", "subnet_ids = " + hclList(16, "subnet"), "subnet_ids = " + hclList(17, "subnet"), `Too Many Lambda VPC Subnets[\s\S]*function_subnets_max`},
		{"security groups", "security_group_ids = " + hclList(5, "sg"), "security_group_ids = " + hclList(6, "sg"), `Too Many Lambda Security Groups[\s\S]*function_security_groups_max`},
		{"architectures", `architectures = ["arm64"]`, `architectures = ["arm64", "x86_64"]`, `Too Many Lambda Architectures`},
		{"name", fmt.Sprintf("function_name = %q", strings.Repeat("n", 64)), fmt.Sprintf("function_name = %q", strings.Repeat("n", 65)), `Lambda Function Name Too Long[\s\S]*function_name_max_length`},
		{"handler", fmt.Sprintf("handler = %q", strings.Repeat("h", 128)), fmt.Sprintf("handler = %q", strings.Repeat("h", 129)), `Lambda Handler Too Long`},
		{"description", fmt.Sprintf("description = %q", strings.Repeat("d", 256)), fmt.Sprintf("description = %q", strings.Repeat("d", 257)), `Lambda Description Too Long`},
		{"reserved concurrency", "reserved_concurrent_executions = 900", "reserved_concurrent_executions = 901",
			`Lambda Reserved Concurrency Leaves Too Little Unreserved[\s\S]*unreserved floor of 100 executions`},
		{"container image", "package_type = \"Image\"\nimage_size_bytes = 10737418240", "package_type = \"Image\"\nimage_size_bytes = 10737418241", `Lambda Container Image Too Large`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			accTest(t,
				resource.TestStep{Config: fn(tc.fail), ExpectError: expectError(tc.want)},
				resource.TestStep{Config: fn(tc.pass)},
			)
		})
	}
}

func TestAccFunctionDataSourcePackages(t *testing.T) {
	dir := t.TempDir()
	zipAt := ziptest.WriteSized(t, dir, "at.zip", 52428800, 1000)
	zipOver := ziptest.WriteSized(t, dir, "over.zip", 52428801, 1000)
	half := ziptest.Write(t, dir, "half.zip", ziptest.Entry{Name: "a", Size: 131072000})
	unzOver := ziptest.Write(t, dir, "unz-over.zip", ziptest.Entry{Name: "a", Size: 262144001})
	corrupt := filepath.Join(dir, "corrupt.zip")
	if err := os.WriteFile(corrupt, []byte("PK but not really a zip"), 0o600); err != nil {
		t.Fatal(err)
	}
	truncated := filepath.Join(dir, "truncated.zip")
	if err := os.WriteFile(truncated, ziptest.Bytes(t, ziptest.Entry{Name: "a", Size: 10})[:40], 0o600); err != nil {
		t.Fatal(err)
	}
	addr := "data.lambdaquota_function.test"
	accTest(t,
		resource.TestStep{
			Config:      fn(fmt.Sprintf("filename = %q", zipOver)),
			ExpectError: expectError(`Lambda Deployment Package Too Large to Upload[\s\S]*52,428,801 bytes \(50 MB\)[\s\S]*more than the 52,428,800 bytes`),
		},
		resource.TestStep{
			Config:      fn(fmt.Sprintf("filename = %q", unzOver)),
			ExpectError: expectError(`Lambda Unzipped Code Too Large[\s\S]*unzipped size of the function code is 262,144,001 bytes`),
		},
		resource.TestStep{
			Config:      fn(fmt.Sprintf("filename = %q\nlayer_filenames = [%q]\nlayer_unzipped_bytes = 1", half, half)),
			ExpectError: expectError(`Lambda Unzipped Code Too Large[\s\S]*function code combined with its layers is 262,144,001 bytes`),
		},
		resource.TestStep{
			Config:      fn(fmt.Sprintf("filename = %q", corrupt)),
			ExpectError: expectError(`Invalid Lambda Package[\s\S]*The package is not a .zip file`),
		},
		resource.TestStep{
			Config:      fn(fmt.Sprintf("filename = %q", truncated)),
			ExpectError: expectError(`Invalid Lambda Package[\s\S]*The package is not a .zip file`),
		},
		resource.TestStep{
			Config:      fn(fmt.Sprintf("filename = %q", dir)),
			ExpectError: expectError(`Invalid Lambda Package[\s\S]*is a directory`),
		},
		resource.TestStep{
			Config: fn(fmt.Sprintf("filename = %q\nuploaded_via_s3 = true", zipOver)),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue(addr, "package_zipped_bytes", knownvalue.Int64Exact(52428801)),
			},
		},
		resource.TestStep{
			Config: fn(fmt.Sprintf("filename = %q\nlayer_filenames = [%q]", half, half)),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue(addr, "package_unzipped_bytes", knownvalue.Int64Exact(131072000)),
				stateValue(addr, "total_unzipped_bytes", knownvalue.Int64Exact(262144000)),
			},
		},
		resource.TestStep{
			Config: fn(fmt.Sprintf("filename = %q\nenvironment_variables = { A1 = \"xyz\", B2 = \"<&>\" }\nsubnet_ids = [\"a\", \"b\"]\nsecurity_group_ids = [\"sg\"]", zipAt)),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue(addr, "package_zipped_bytes", knownvalue.Int64Exact(52428800)),
				stateValue(addr, "environment_variables_bytes", knownvalue.Int64Exact(23)),
				stateValue(addr, "hyperplane_enis", knownvalue.Int64Exact(2)),
			},
		},
	)
}

func TestAccFunctionDataSourceMissingFileWarns(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "built-during-apply.zip")
	accTest(t, resource.TestStep{
		Config: fn(fmt.Sprintf("filename = %q\nmemory_size = 256", missing)),
		ConfigStateChecks: []statecheck.StateCheck{
			stateValue("data.lambdaquota_function.test", "package_zipped_bytes", knownvalue.Null()),
			stateValue("data.lambdaquota_function.test", "total_unzipped_bytes", knownvalue.Null()),
		},
	})
}

// TestAccFunctionDataSourceOverridesAndVariables checks values from variables
// fail at plan against the provider's effective limits.
func TestAccFunctionDataSourceOverridesAndVariables(t *testing.T) {
	cfg := func(memory int) string {
		return fmt.Sprintf(`provider "lambdaquota" {
  quotas = { function_memory_max_mb = 3008 }
}

variable "memory" {
  type    = number
  default = %d
}

`, memory) + fn("memory_size = var.memory")
	}
	accTest(t,
		resource.TestStep{Config: cfg(3009), ExpectError: expectError(`3,009 MB[\s\S]*more than the 3,008 MB allowed[\s\S]*AWS's default is 10,240 MB`)},
		resource.TestStep{Config: cfg(3008)},
	)
}

// TestAccFunctionDataSourceUnknownNotGuessed feeds a value that is unknown
// until apply: the plan must not fail on it.
func TestAccFunctionDataSourceUnknownNotGuessed(t *testing.T) {
	accTest(t, resource.TestStep{
		Config: `resource "terraform_data" "later" {
  input = "x"
}

data "lambdaquota_function" "test" {
  memory_size           = 512
  environment_variables = { KK = terraform_data.later.output }
  layers                = [terraform_data.later.id, "b", "c"]
}
`,
		ExternalProviders:  map[string]resource.ExternalProvider{},
		PlanOnly:           true,
		ExpectNonEmptyPlan: true,
	})
}

func TestAccEnvironmentKeysAndHandler(t *testing.T) {
	accTest(t,
		resource.TestStep{Config: fn(`environment_variables = { AWS_REGION = "eu-west-1", LAMBDA_TASK_ROOT = "/x", TZ = "UTC" }`),
			ExpectError: expectError(`Reserved Lambda Environment Variable[\s\S]*"AWS_REGION", "LAMBDA_TASK_ROOT"`)},
		resource.TestStep{Config: fn(`environment_variables = { "1BAD" = "x", "A" = "y" }`), ExpectError: expectError(`Invalid Lambda Environment Variable Key[\s\S]*The environment variables have 2 keys, which do not match`)},
		resource.TestStep{Config: fn(`handler = "index.handler "`), ExpectError: expectError(`Invalid Lambda Handler[\s\S]*white space at character 14`)},
		resource.TestStep{Config: fn(`handler = "index.handler"
environment_variables = { TZ = "Europe/Paris", AWS_LAMBDA_EXEC_WRAPPER = "/opt/wrapper", LANG = "C.UTF-8", PATH = "/usr/bin", NODE_OPTIONS = "--enable-source-maps" }`),
			ConfigStateChecks: []statecheck.StateCheck{stateValue("data.lambdaquota_function.test", "environment_variables_bytes", knownvalue.NotNull())}},
	)
}

// Terraform drops an argument a nested object's schema does not declare
// without a word, so a flat name the decoder reads but the schema lacks
// would never reach the checks: lambdaquota_function and lambdaquota_layer
// declare every row of the attribute table that the data sources take,
// each with its prose.
func TestDataSourcesTakeEveryFlatArgument(t *testing.T) {
	for typ, prose := range map[string]map[string]string{"aws_lambda_function": functionArgumentDescriptions(),
		"aws_lambda_layer_version": layerArgumentDescriptions(), "aws_lambda_permission": permissionArgumentDescriptions()} {
		rows := decode.AttributesOf(typ)
		args := flatArguments(typ, prose)
		if typ == "aws_lambda_permission" {
			// Each permission is an object of lambdaquota_function_policy's
			// permissions: only its prose is declared.
			args = map[string]schema.Attribute{}
			for name := range prose {
				args[name] = nil
			}
		}
		for _, a := range rows.Arguments {
			_, declared := args[a.Name]
			switch {
			case a.DataSource && !declared:
				t.Errorf("%s: no data-source argument %q, which the checks read", typ, a.Name)
			case a.DataSource && prose[a.Name] == "":
				t.Errorf("%s: the data-source argument %q has no description", typ, a.Name)
			case !a.DataSource && prose[a.Name] != "":
				t.Errorf("%s: %q is described, and the data sources do not take it", typ, a.Name)
			}
		}
		for name := range prose {
			if _, ok := rows.Argument(name); !ok {
				t.Errorf("%s: %q is described, and is no row of the attribute table", typ, name)
			}
		}
	}
}
