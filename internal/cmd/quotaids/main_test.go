package main

import (
	"bytes"
	"os"
	"testing"
)

// TestIDsAreGenerated fails when quota/ids.go no longer matches the catalog.
func TestIDsAreGenerated(t *testing.T) {
	entries, err := readCatalog("../../../quota/catalog.hcl")
	if err != nil {
		t.Fatal(err)
	}
	want, err := render(entries)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../../quota/ids.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("quota/ids.go is out of date with quota/catalog.hcl: run go generate ./quota")
	}
}

func TestConstName(t *testing.T) {
	for id, want := range map[string]string{
		"function_memory_min_mb":   "FunctionMemoryMinMB",
		"enis_per_vpc":             "ENIsPerVPC",
		"concurrent_executions":    "ConcurrentExecutions",
		"function_name_max_length": "FunctionNameMaxLength",
	} {
		if got := constName(id); got != want {
			t.Errorf("constName(%q) = %q, want %q", id, got, want)
		}
	}
}
