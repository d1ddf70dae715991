package provider

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/ziptest"
)

func TestAccAccountDataSourceConcurrency(t *testing.T) {
	addr := "data.lambdaquota_account.test"
	account := func(provider, reserved string) string {
		return provider + "\ndata \"lambdaquota_account\" \"test\" {\n  reserved_concurrent_executions = " + reserved + "\n}\n"
	}
	accTest(t,
		resource.TestStep{
			Config:      account("", "[500, 401, -1]"),
			ExpectError: expectError(`Lambda Reserved Concurrency Leaves Too Little Unreserved[\s\S]*total reserved concurrency of the functions is 901[\s\S]*more than the 900 executions allowed[\s\S]*unreserved floor of 100 executions`),
		},
		resource.TestStep{
			Config:      account("", "[5, -2]"),
			ExpectError: expectError(`Invalid Reserved Concurrency[\s\S]*Entry 1 of reserved_concurrent_executions is -2`),
		},
		resource.TestStep{
			Config: account(`provider "lambdaquota" {
  quotas = { concurrent_executions = 2000 }
}`, "[500, 401, -1]"),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue(addr, "unreserved_concurrency", knownvalue.Int64Exact(1099)),
			},
		},
		resource.TestStep{
			Config: account(`provider "lambdaquota" {
  quotas = { unreserved_concurrency_min = 10 }
}`, "[500, 401, -1]"),
			ExpectError: expectError(`"unreserved_concurrency_min"\]: AWS derives it from concurrent_executions`),
		},
		resource.TestStep{
			Config: account("", "[500, 400, -1, null]"),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue(addr, "reserved_concurrency_total", knownvalue.Int64Exact(900)),
				stateValue(addr, "unreserved_concurrency", knownvalue.Int64Exact(100)),
			},
		},
	)
}

func TestAccAccountDataSourceCodeStorage(t *testing.T) {
	pkg := ziptest.WriteSized(t, t.TempDir(), "p.zip", 1000, 4000)
	account := func(existing int64) string {
		return fmt.Sprintf("data \"lambdaquota_account\" \"test\" {\n  package_filenames = [%q, %q]\n  existing_code_storage_bytes = %d\n}\n", pkg, pkg, existing)
	}
	const limit = 322122547200
	accTest(t,
		resource.TestStep{
			Config:      account(limit - 1999),
			ExpectError: expectError(`Lambda Code Storage Exceeded[\s\S]*322,122,547,201 bytes[\s\S]*L-2ACBD22F`),
		},
		resource.TestStep{
			Config: account(limit - 2000),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue("data.lambdaquota_account.test", "code_storage_bytes", knownvalue.Int64Exact(limit)),
			},
		},
	)
}

func TestAccConcurrencyFloor(t *testing.T) {
	account := func(concurrency int, reserved string) string {
		return fmt.Sprintf(`provider "lambdaquota" {
  quotas = { concurrent_executions = %d }
}

data "lambdaquota_account" "test" {
  reserved_concurrent_executions = %s
}
`, concurrency, reserved)
	}
	accTest(t,
		resource.TestStep{Config: account(10, "[1]"), ExpectError: expectError(`Leaves Too Little Unreserved[\s\S]*which leaves 0 executions: the account's 10 executions of concurrency less the unreserved floor of 10 executions`)},
		resource.TestStep{Config: account(50, "[0, 0, -1]"), ConfigStateChecks: []statecheck.StateCheck{
			stateValue("data.lambdaquota_account.test", "unreserved_concurrency", knownvalue.Int64Exact(50))}},
		resource.TestStep{Config: account(10, "[]"), ConfigStateChecks: []statecheck.StateCheck{
			stateValue("data.lambdaquota_account.test", "reserved_concurrency_total", knownvalue.Int64Exact(0))}},
	)
}
