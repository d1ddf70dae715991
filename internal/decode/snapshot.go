package decode

import (
	"errors"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/snapshot"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// SnapshotKeys are the lambdaquota_account_snapshot data source's
// attributes, which a snapshot argument holds: the data source itself.
var SnapshotKeys = []string{
	"path", "region", "account_id", "concurrent_executions", "unreserved_concurrent_executions",
	"reserved_concurrent_executions", "code_storage_bytes", "function_count", "quotas", "vpcs", "function_names",
}

// Snapshot reads a snapshot argument: a lambdaquota_account_snapshot data
// source, whose files are read again from its path, as packages are read
// from theirs. It is nil when absent, and unknown, deciding nothing, when
// the data source is read only at apply.
func (dc *Decoder) Snapshot(d Val) *quota.Snapshot {
	unknown := &quota.Snapshot{Source: "(an account snapshot known only at apply)", Unknown: true}
	switch {
	case d.Absent():
		return nil
	case d.Unknown():
		return unknown
	case !d.isObject():
		dc.keep(d.errorf("must be a lambdaquota_account_snapshot data source, got %s", d.typeName()))
		return nil
	}
	dc.CheckKeys(d, SnapshotKeys)
	path, region := dc.String(d.Get("path")), dc.String(d.Get("region"))
	switch {
	case path.Unknown || region.Unknown:
		return unknown
	case !path.Set:
		dc.keep(d.errorf("must be a lambdaquota_account_snapshot data source, which has a path"))
		return nil
	}
	s, err := snapshot.ReadOnce(path.V, region.V)
	if err != nil {
		var se *snapshot.Error
		if errors.As(err, &se) && path.Sensitive {
			// The path is not printed; the reason alone says what is wrong.
			err = errors.New(se.Reason)
		}
		dc.keep(d.Get("path").errorf("cannot read the account snapshot: %s", err))
		return nil
	}
	if path.Sensitive {
		s.Source = "(a sensitive path)"
	}
	return s
}
