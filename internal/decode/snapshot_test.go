package decode_test

import (
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
)

func TestSnapshotArgument(t *testing.T) {
	t.Parallel()
	dir := "../../examples/guides/account-snapshot/snapshot"
	obj := func(attrs map[string]cty.Value) decode.Val { return decode.New(cty.ObjectVal(attrs), "snapshot") }
	tests := map[string]struct {
		v       decode.Val
		err     string
		unknown bool
		region  string
	}{
		"the data source":      {v: obj(map[string]cty.Value{"path": cty.StringVal(dir), "region": cty.StringVal("us-east-1"), "account_id": cty.StringVal("1")}), region: "us-east-1"},
		"unknown as a whole":   {v: decode.New(cty.DynamicVal, "snapshot"), unknown: true},
		"an unknown path":      {v: obj(map[string]cty.Value{"path": cty.UnknownVal(cty.String)}), unknown: true},
		"a string":             {v: decode.New(cty.StringVal(dir), "snapshot"), err: "must be a lambdaquota_account_snapshot data source, got string"},
		"no path":              {v: obj(map[string]cty.Value{"region": cty.StringVal("us-east-1")}), err: "which has a path"},
		"a misspelt attribute": {v: obj(map[string]cty.Value{"path": cty.StringVal(dir), "regoin": cty.StringVal("x")}), err: `did you mean "region"`},
		"an unreadable folder": {v: obj(map[string]cty.Value{"path": cty.StringVal(dir + "/none")}), err: "snapshot.path: cannot read the account snapshot"},
		"a sensitive path": {v: obj(map[string]cty.Value{"path": cty.StringVal(dir + "/none").Mark("sensitive")}),
			err: "cannot read the account snapshot: no such file or directory"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dc := &decode.Decoder{}
			s := dc.Snapshot(tc.v)
			if tc.err != "" {
				if err := dc.Err(); err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want %q", err, tc.err)
				}
				if strings.Contains(name, "sensitive") && strings.Contains(dc.Err().Error(), "none") {
					t.Fatalf("a sensitive path was printed: %v", dc.Err())
				}
				return
			}
			if err := dc.Err(); err != nil {
				t.Fatal(err)
			}
			if s == nil || s.Unknown != tc.unknown || s.Region != tc.region {
				t.Fatalf("snapshot = %+v", s)
			}
		})
	}
}
