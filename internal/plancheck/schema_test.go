package plancheck

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"
)

// TestReadsAreTheAWSProvidersAttributes: every attribute the saved-plan
// checker reads of a resource by name is an attribute of a type it reads in
// the AWS provider v6's schema (internal/awstest/testdata, read from its
// schema dump), so that a misspelt or renamed attribute is not read as
// absent, which would pass silently.
func TestReadsAreTheAWSProvidersAttributes(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("../awstest/testdata/aws-provider-v6-schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var dump map[string]json.RawMessage
	if err := json.Unmarshal(b, &dump); err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for typ := range tfplan.CheckedTypes {
		var attrs map[string]string
		if err := json.Unmarshal(dump[typ], &attrs); err != nil || attrs == nil {
			t.Errorf("%s is read but not in the schema testdata", typ)
			continue
		}
		for path := range attrs {
			for _, part := range strings.Split(path, "[].") {
				known[part] = true
			}
		}
	}
	sources, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	get := regexp.MustCompile(`\.Get\("([a-z0-9_]+)"\)`)
	reads := 0
	for _, name := range sources {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range get.FindAllSubmatch(src, -1) {
			reads++
			if attr := string(m[1]); !known[attr] {
				t.Errorf("%s reads %q, which no resource type it reads has in the AWS provider's schema", name, attr)
			}
		}
	}
	if reads < 10 {
		t.Fatalf("found %d reads; the pattern no longer matches how the checker reads attributes", reads)
	}
	if !known["vpc_id"] {
		t.Error("the testdata lost vpc_config's vpc_id")
	}
}
