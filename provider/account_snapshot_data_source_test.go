package provider

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/snapshot/snapshottest"
)

// accountSnapshot writes an account snapshot of us-east-1: reserved
// executions reserved of 1,000, Lambda ENIs on subnets sFROM... sTO-1 with
// security group sg in vpc-a, the deployed function orders, and an applied
// ENI quota when enis > 0.
func accountSnapshot(t *testing.T, reserved, from, to, enis int) string {
	t.Helper()
	return snapshottest.Write(t, snapshottest.Account{Reserved: reserved, Subnets: snapshottest.Subnets("s", from, to), VPC: "vpc-a",
		ENIQuota: enis, Functions: map[string]int64{"orders": 5 << 20}})
}

func snapshotBlock(dir string) string {
	return fmt.Sprintf("data \"lambdaquota_account_snapshot\" \"account\" {\n  path = %q\n  region = \"us-east-1\"\n}\n", dir)
}

func TestAccAccountSnapshotDataSource(t *testing.T) {
	dir, err := filepath.Abs("../examples/guides/account-snapshot/snapshot")
	if err != nil {
		t.Fatal(err)
	}
	addr := "data.lambdaquota_account_snapshot.account"
	vpc := tfjsonpath.New("vpcs").AtMapKey("vpc-0abc0000000000001")
	accTest(t,
		resource.TestStep{
			Config: fmt.Sprintf("data \"lambdaquota_account_snapshot\" \"account\" {\n  path = %q\n}\n", dir),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue(addr, "region", knownvalue.StringExact("us-east-1")),
				stateValue(addr, "account_id", knownvalue.StringExact("111122223333")),
				stateValue(addr, "reserved_concurrent_executions", knownvalue.Int64Exact(250)),
				stateValue(addr, "code_storage_bytes", knownvalue.Int64Exact(1073741824)),
				stateValue(addr, "function_names", knownvalue.ListExact([]knownvalue.Check{knownvalue.StringExact("orders"), knownvalue.StringExact("thumbnails")})),
				statecheck.ExpectKnownValue(addr, tfjsonpath.New("quotas").AtMapKey("enis_per_vpc"), knownvalue.Int64Exact(500)),
				statecheck.ExpectKnownValue(addr, tfjsonpath.New("quotas").AtMapKey("code_storage_max_bytes"), knownvalue.Int64Exact(80530636800)),
				statecheck.ExpectKnownValue(addr, vpc.AtMapKey("lambda_enis"), knownvalue.Int64Exact(2)),
				statecheck.ExpectKnownValue(addr, vpc.AtMapKey("total_enis"), knownvalue.Int64Exact(3)),
			},
		},
		resource.TestStep{
			Config:      fmt.Sprintf("data \"lambdaquota_account_snapshot\" \"account\" {\n  path = %q\n  region = \"eu-west-1\"\n}\n", dir),
			ExpectError: expectError(`Unreadable Account Snapshot[\s\S]*is in Region us-east-1, but the Region given says eu-west-1`),
		},
		resource.TestStep{
			Config:      fmt.Sprintf("data \"lambdaquota_account_snapshot\" \"account\" {\n  path = %q\n}\n", filepath.Join(dir, "..", "main.tf")),
			ExpectError: expectError(`Unreadable Account Snapshot[\s\S]*main.tf cannot be read: the file is not JSON: take each output with --output json`),
		},
	)
}

// 200 functions on pairs of their own, in a VPC where 60 other pairs hold
// an ENI each: 260 of 250.
func TestAccVPCDataSourceSnapshot(t *testing.T) {
	vpc := func(dir string) string {
		return snapshotBlock(dir) + `
data "lambdaquota_vpc" "test" {
  vpc_id    = "vpc-a"
  functions = [for i in range(200) : { subnet_ids = ["s${i}"], security_group_ids = ["sg"] }]
  snapshot  = data.lambdaquota_account_snapshot.account
}
`
	}
	addr := "data.lambdaquota_vpc.test"
	accTest(t,
		resource.TestStep{
			Config:      vpc(accountSnapshot(t, 0, 1000, 1060, 0)),
			ExpectError: expectError(`Too Many Network Interfaces in VPC[\s\S]*VPC "vpc-a": 60 ENIs already in use from the snapshot[\s\S]*200 ENIs for Lambda's subnet and security-group pairs not in use yet[\s\S]*is 260[\s\S]*more than the 250 ENIs`),
		},
		resource.TestStep{
			Config: vpc(accountSnapshot(t, 0, 170, 230, 0)),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue(addr, "lambda_enis", knownvalue.Int64Exact(170)),
				stateValue(addr, "total_enis", knownvalue.Int64Exact(230)),
				stateValue(addr, "available_enis", knownvalue.Int64Exact(20)),
			},
		},
		resource.TestStep{
			Config: vpc(accountSnapshot(t, 0, 1000, 1060, 1000)),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue(addr, "total_enis", knownvalue.Int64Exact(260)),
				stateValue(addr, "available_enis", knownvalue.Int64Exact(740)),
			},
		},
	)
}

func TestAccAccountDataSourceSnapshot(t *testing.T) {
	account := func(dir string, reserved int) string {
		return snapshotBlock(dir) + fmt.Sprintf(`
data "lambdaquota_account" "test" {
  reserved_concurrent_executions = [%d]
  snapshot                       = data.lambdaquota_account_snapshot.account
}
`, reserved)
	}
	dir := accountSnapshot(t, 250, 0, 0, 0)
	accTest(t,
		resource.TestStep{
			Config:      account(dir, 700),
			ExpectError: expectError(`Lambda Reserved Concurrency Leaves Too Little Unreserved[\s\S]*with the 250 executions reserved elsewhere in the account, from the snapshot[\s\S]*is 950`),
		},
		resource.TestStep{
			Config: snapshotBlock(dir) + `
data "lambdaquota_account" "test" {
  existing_code_storage_bytes = 100
  snapshot                    = data.lambdaquota_account_snapshot.account
}
`,
			ExpectError: expectError(`existing_code_storage_bytes: must not be set with a snapshot`),
		},
		resource.TestStep{
			Config:            account(dir, 600),
			ConfigStateChecks: []statecheck.StateCheck{stateValue("data.lambdaquota_account.test", "reserved_concurrency_total", knownvalue.Int64Exact(850))},
		},
	)
}

func TestAccFunctionsDataSourceSnapshot(t *testing.T) {
	fleet := func(dir string, n int) string {
		return snapshotBlock(dir) + fmt.Sprintf(`
data "lambdaquota_functions" "test" {
  functions = { for i in range(%d) : "f${i}" => { function_name = "f${i}", reserved_concurrent_executions = 100, subnet_ids = ["s${i}"], security_group_ids = ["sg"], vpc_id = "vpc-a" } }
  snapshot  = data.lambdaquota_account_snapshot.account
}
`, n)
	}
	// 244 pairs in use: 6 new functions fit at 250 ENIs and 850 reserved, 7 fail both.
	dir := accountSnapshot(t, 250, 100, 344, 0)
	accTest(t,
		resource.TestStep{
			Config: fleet(dir, 7),
			ExpectError: expectError(`Too Many Network Interfaces in VPC[\s\S]*244 ENIs already in use from the snapshot[\s\S]*is 251[\s\S]*` +
				`Lambda Reserved Concurrency Leaves Too Little Unreserved[\s\S]*250 executions reserved elsewhere[\s\S]*is 950`),
		},
		resource.TestStep{
			Config: fleet(dir, 6),
			ConfigStateChecks: []statecheck.StateCheck{
				stateValue("data.lambdaquota_functions.test", "lambda_enis", knownvalue.Int64Exact(6)),
				stateValue("data.lambdaquota_functions.test", "reserved_concurrency_total", knownvalue.Int64Exact(850)),
			},
		},
	)
}

// What a deployed function reserves today is not in the snapshot: its
// reservation may be any part of the account's, so the floor is decided
// only when the fleet alone breaks it.
func TestAccFunctionsDataSourceSnapshotDeployedFunction(t *testing.T) {
	fleet := func(dir string, reserved int) string {
		return snapshotBlock(dir) + fmt.Sprintf(`
data "lambdaquota_functions" "test" {
  functions = { orders = { function_name = "orders", reserved_concurrent_executions = %d } }
  snapshot  = data.lambdaquota_account_snapshot.account
}
`, reserved)
	}
	dir := accountSnapshot(t, 250, 0, 0, 0)
	accTest(t,
		resource.TestStep{Config: fleet(dir, 901), ExpectError: expectError(`Lambda Reserved Concurrency Leaves Too Little Unreserved`)},
		resource.TestStep{
			// 250 elsewhere and 700 would fail, but orders may hold all 250
			// today: undecided, so the total is not known.
			Config:            fleet(dir, 700),
			ConfigStateChecks: []statecheck.StateCheck{stateValue("data.lambdaquota_functions.test", "reserved_concurrency_total", knownvalue.Null())},
		},
	)
}

// check_functions over aws_lambda_function resources: the snapshot places
// their subnet in vpc-a, where 60 pairs are in use.
func TestAccCheckFunctionsSnapshot(t *testing.T) {
	fleet := func(dir string) string {
		return snapshotBlock(dir) + `
resource "aws_lambda_function" "fleet" {
  for_each      = toset([for i in range(200) : "fn-${i}"])
  function_name = each.key
  vpc_config {
    subnet_ids         = ["s1000"]
    security_group_ids = ["sg-${each.key}"]
  }
}

resource "terraform_data" "fleet_check" {
  lifecycle {
    precondition {
      condition     = provider::lambdaquota::check_functions(aws_lambda_function.fleet, { snapshot = data.lambdaquota_account_snapshot.account })
      error_message = "The fleet breaks a Lambda quota."
    }
  }
}
`
	}
	funcTest(t,
		resource.TestStep{Config: fleet(accountSnapshot(t, 0, 1000, 1060, 0)),
			ExpectError: expectError(`Too Many Network Interfaces in VPC: The network interfaces in VPC "vpc-a": 60 ENIs already in use[\s\S]*is 260`)},
		fleetPlan(fleet(accountSnapshot(t, 0, 1000, 1060, 1000))),
	)
}

// An unfiltered describe-network-interfaces shows EFS mount targets' ENIs
// (type efs, or interface with EFS's description); each counts once, also
// when describe-mount-targets lists it.
func TestAccAccountSnapshotDataSourceCountsEFSENIs(t *testing.T) {
	dir := snapshottest.Write(t, snapshottest.Account{Subnets: snapshottest.Subnets("s", 0, 240), VPC: "vpc-a",
		EFSENIs: 3, LegacyEFSENIs: 3, MountTargets: 2})
	vpc := tfjsonpath.New("vpcs").AtMapKey("vpc-a")
	addr := "data.lambdaquota_account_snapshot.account"
	accTest(t, resource.TestStep{
		Config: snapshotBlock(dir),
		ConfigStateChecks: []statecheck.StateCheck{
			statecheck.ExpectKnownValue(addr, vpc.AtMapKey("lambda_enis"), knownvalue.Int64Exact(240)),
			statecheck.ExpectKnownValue(addr, vpc.AtMapKey("efs_mount_targets"), knownvalue.Int64Exact(6)),
			statecheck.ExpectKnownValue(addr, vpc.AtMapKey("total_enis"), knownvalue.Int64Exact(246)),
		},
	})
}

func TestAccAccountSnapshotDataSourceSharedVPC(t *testing.T) {
	dir := snapshottest.Write(t, snapshottest.Account{Subnets: snapshottest.Subnets("s", 0, 240), VPC: "vpc-a", OtherAccountENIs: 60,
		Functions: map[string]int64{"orders": 1 << 20}})
	vpc := tfjsonpath.New("vpcs").AtMapKey("vpc-a")
	addr := "data.lambdaquota_account_snapshot.account"
	accTest(t, resource.TestStep{
		Config: snapshotBlock(dir),
		ConfigStateChecks: []statecheck.StateCheck{
			stateValue(addr, "account_id", knownvalue.StringExact("123456789012")),
			statecheck.ExpectKnownValue(addr, vpc.AtMapKey("lambda_enis"), knownvalue.Int64Exact(240)),
			statecheck.ExpectKnownValue(addr, vpc.AtMapKey("other_account_enis"), knownvalue.Int64Exact(60)),
			statecheck.ExpectKnownValue(addr, vpc.AtMapKey("total_enis"), knownvalue.Int64Exact(240)),
		},
	})
}

// A snapshot written by PowerShell 5.1 (UTF-16) behind a link, as a
// Kubernetes volume hands a file over.
func TestAccAccountSnapshotDataSourceWindowsFileBehindALink(t *testing.T) {
	target := filepath.Join(t.TempDir(), "functions.json")
	if err := os.WriteFile(target, []byte(snapshottest.UTF16LE(snapshottest.ListFunctions)), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.Symlink(target, filepath.Join(dir, "functions.json")); err != nil {
		t.Fatal(err)
	}
	addr := "data.lambdaquota_account_snapshot.account"
	accTest(t, resource.TestStep{
		Config: fmt.Sprintf("data \"lambdaquota_account_snapshot\" \"account\" {\n  path = %q\n}\n", dir),
		ConfigStateChecks: []statecheck.StateCheck{
			stateValue(addr, "region", knownvalue.StringExact("us-west-2")),
			stateValue(addr, "function_names", knownvalue.ListExact([]knownvalue.Check{knownvalue.StringExact("helloworld")})),
		},
	})
}
