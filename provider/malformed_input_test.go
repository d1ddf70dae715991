package provider

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/ziptest"
)

// TestAccMalformedInputsEndInDiagnostics gives the provider inputs meant to crash or hang a
// plan. Each must end in a diagnostic that names the input.
func TestAccMalformedInputsEndInDiagnostics(t *testing.T) {
	dir := t.TempDir()
	claims4GiB := ziptest.Write(t, dir, "4gib.zip", ziptest.Entry{Name: "big", Size: 4 << 30})
	claims1TiB := ziptest.Write(t, dir, "1tib.zip", ziptest.Entry{Name: "a", Size: 1 << 39}, ziptest.Entry{Name: "b", Size: 1 << 39})

	lying := ziptest.Bytes(t, ziptest.Entry{Name: "a", Size: 1}, ziptest.Entry{Name: "b", Size: 1})
	eocd := len(lying) - 22
	binary.LittleEndian.PutUint16(lying[eocd+8:], 60000)
	binary.LittleEndian.PutUint16(lying[eocd+10:], 60000)
	lyingPath := filepath.Join(dir, "lying.zip")
	if err := os.WriteFile(lyingPath, lying, 0o600); err != nil {
		t.Fatal(err)
	}

	entries := make([]ziptest.Entry, 1_000_000)
	for i := range entries {
		entries[i] = ziptest.Entry{Name: fmt.Sprintf("f%07d", i), Size: 300}
	}
	million := ziptest.Write(t, dir, "million.zip", entries...)

	fifo := filepath.Join(dir, "fifo.zip")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	loop := filepath.Join(dir, "loop.zip")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}

	pkg := func(path string) string { return fn(fmt.Sprintf("filename = %q", path)) }
	accTest(t,
		resource.TestStep{Config: pkg(claims4GiB), ExpectError: expectError(`Lambda Unzipped Code Too Large[\s\S]*4,294,967,296 bytes \(4 GB\)`)},
		resource.TestStep{Config: pkg(claims1TiB), ExpectError: expectError(`Lambda Unzipped Code Too Large[\s\S]*1,099,511,627,776 bytes`)},
		resource.TestStep{Config: pkg(lyingPath), ExpectError: expectError(`Invalid Lambda Package[\s\S]*The package is not a valid \.zip file: its central directory claims 60000 entries`)},
		resource.TestStep{Config: pkg(million), ExpectError: expectError(`Lambda Unzipped Code Too Large[\s\S]*300,000,000 bytes`)},
		resource.TestStep{Config: pkg(dir), ExpectError: expectError(`Invalid Lambda Package[\s\S]*is a directory, not a \.zip file`)},
		resource.TestStep{Config: pkg(fifo), ExpectError: expectError(`Invalid Lambda Package[\s\S]*The package is not a regular file`)},
		resource.TestStep{Config: pkg(loop), ExpectError: expectError(`Invalid Lambda Package[\s\S]*The package cannot be read: too many levels of symbolic links`)},
		resource.TestStep{
			Config:      fn(`environment_variables = merge([for i in range(50) : { for j in range(1000) : "K${i}_${j}" => "v" }]...)`),
			ExpectError: expectError(`Lambda Environment Variables Too Large[\s\S]*is 684,501 bytes`),
		},
		resource.TestStep{Config: fn("memory_size = -5"), ExpectError: expectError(`Lambda Memory Too Small[\s\S]*-5 MB`)},
		resource.TestStep{Config: fn("timeout = 1.5"), ExpectError: expectError(`Invalid Whole Number[\s\S]*timeout: must be a whole number, got 1.5`)},
		resource.TestStep{Config: fn("memory_size = 1e30"), ExpectError: expectError(`Invalid Whole Number[\s\S]*memory_size: must be a whole number that fits in 64 bits, got 1e\+30`)},
		resource.TestStep{Config: fn("layer_unzipped_bytes = -1"), ExpectError: expectError(`Invalid Layer Size[\s\S]*-1 bytes; a size cannot be negative`)},
		resource.TestStep{Config: fn("reserved_concurrent_executions = -7"), ExpectError: expectError(`Invalid Reserved Concurrency[\s\S]*is -7`)},
		resource.TestStep{
			Config:      `data "lambdaquota_vpc" "test" { functions = [null] }`,
			ExpectError: expectError(`Invalid Value[\s\S]*functions = \[null\][\s\S]*functions\[0\]: must not be null`),
		},
		// Terraform would drop a key a nested schema does not declare; these
		// arguments are dynamic so that a misspelt one is an error.
		resource.TestStep{
			Config:      `data "lambdaquota_vpc" "test" { functions = [{ subnet_ids = ["subnet-a"], security_groups_ids = ["sg-1"] }] }`,
			ExpectError: expectError(`Unknown Key[\s\S]*functions\[0\]\.security_groups_ids: unknown key[\s\S]*did you\s+mean\s+"security_group_ids"\?`),
		},
		resource.TestStep{
			Config:      `data "lambdaquota_functions" "test" { functions = { api = { function_name = "api", memory_sise = 20000 } } }`,
			ExpectError: expectError(`Unknown Key[\s\S]*functions\["api"\]\.memory_sise: unknown key[\s\S]*did you\s+mean\s+"memory_size"\?`),
		},
		resource.TestStep{
			Config:      `data "lambdaquota_functions" "test" { functions = { api = { function_name = "api", colour = "red" } } }`,
			ExpectError: expectError(`Unknown Key[\s\S]*functions\["api"\]\.colour: unknown key "colour", which is no\s+argument of aws_lambda_function`),
		},
		resource.TestStep{
			Config: `data "lambdaquota_function_policy" "test" {
  function_arn = "arn:aws:lambda:us-east-1:123456789012:function:api"
  permissions  = [{ statement_ids = "s3", action = "lambda:InvokeFunction", principal = "s3.amazonaws.com" }]
}`,
			ExpectError: expectError(`Unknown Key[\s\S]*permissions\[0\]\.statement_ids: unknown key[\s\S]*did you\s+mean\s+"statement_id"\?`),
		},
		resource.TestStep{
			Config:      `data "lambdaquota_account" "test" { reserved_concurrent_executions = [10, 2.5] }`,
			ExpectError: expectError(`Invalid Whole Number[\s\S]*2.5`),
		},
		resource.TestStep{Config: fn(`function_name = null
memory_size = null
environment_variables = { A = null }
layers = ["a", null]
subnet_ids = null
filename = null`)},
	)
}
