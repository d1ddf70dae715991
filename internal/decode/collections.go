package decode

import (
	"slices"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/parallel"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// VPCKeys are the keys of check_vpc's argument and the lambdaquota_vpc data source.
var VPCKeys = []string{"vpc_id", "functions", "efs_mount_targets", "other_enis", "snapshot", "quotas"}

// vpcFunctionKeys are the names a function's VPC configuration may use;
// the function's other attributes may stand beside them.
var (
	vpcFunctionKeys = []string{"subnet_ids", "security_group_ids", "vpc_config"}
	vpcFunction     = newResourceKind("aws_lambda_function", vpcFunctionKeys, FunctionKeys, lambdaFunctionRows.Others)
)

// resources reads a collection of resource objects: a list, set, tuple or
// for_each map. An unknown element becomes unknownElem, which each check
// counts as the least it can be; a null one is an error; read decodes the rest.
func resources[T any](dc *Decoder, d Val, unknownElem T, read func(Val) (T, bool)) quota.Value[[]T] {
	switch {
	case d.Unknown():
		return quota.Unknown[[]T]()
	case d.Absent():
		return quota.Known[[]T](nil)
	}
	var out []T
	err := d.each(true, func(e Element) {
		switch {
		case e.Unknown():
			out = append(out, unknownElem)
		case e.Absent():
			dc.keep(e.errorf("must not be null"))
		default:
			if v, ok := read(e.Val); ok {
				out = append(out, v)
			}
		}
	})
	if err != nil {
		dc.keep(err)
		return quota.Known[[]T](nil)
	}
	return quota.Known(out)
}

// VPCFunctions reads the functions of a VPC: a list, set, tuple or for_each
// map of aws_lambda_function objects or of {subnet_ids, security_group_ids}.
func (dc *Decoder) VPCFunctions(d Val) quota.Value[[]quota.VPCFunction] {
	// An unknown function may or may not be in a VPC.
	unknown := quota.VPCFunction{SubnetIDs: quota.Unknown[[]quota.Value[string]](), SecurityGroupIDs: quota.Unknown[[]quota.Value[string]]()}
	return resources(dc, d, unknown, func(e Val) (quota.VPCFunction, bool) {
		if !dc.resourceObject(e, vpcFunction) {
			return quota.VPCFunction{}, false
		}
		var f quota.VPCFunction
		dc.fill(&f, lambdaFunctionRows, e, nil)
		return f, true
	})
}

// VPC reads check_vpc's argument, or the lambdaquota_vpc data source's
// configuration, whose keys are fixed.
func (dc *Decoder) VPC(d Val) quota.VPC {
	if !dc.CheckObject(d, "an object with "+quoteList(VPCKeys, len(VPCKeys))) || d.Unknown() || d.Absent() {
		return quota.VPC{Functions: quota.Unknown[[]quota.VPCFunction](), EFSMountTargets: quota.Unknown[int64]()}
	}
	dc.CheckKeys(d, VPCKeys)
	return quota.VPC{
		ID:              dc.String(d.Get("vpc_id")),
		Functions:       dc.VPCFunctions(d.Get("functions")),
		EFSMountTargets: dc.Count(d.Get("efs_mount_targets")),
		OtherENIs:       dc.Int64(d.Get("other_enis")),
		Snapshot:        dc.Snapshot(d.Get("snapshot")),
	}
}

// PermissionKeys are aws_lambda_permission's arguments that shape the policy.
var PermissionKeys = AttributesOf("aws_lambda_permission").Keys()

var lambdaPermission = kindOf("aws_lambda_permission")

// Permissions reads a list, set, tuple or for_each map of
// aws_lambda_permission objects or of objects with their argument names.
func (dc *Decoder) Permissions(d Val) quota.Value[[]quota.Permission] {
	// An unknown permission is still one statement, of at least the shortest size.
	u := quota.Unknown[string]()
	unknown := quota.Permission{StatementID: u, Action: u, Principal: u, Qualifier: u}
	return resources(dc, d, unknown, func(e Val) (quota.Permission, bool) {
		if !dc.resourceObject(e, lambdaPermission) {
			return quota.Permission{}, false
		}
		var p quota.Permission
		dc.fill(&p, AttributesOf("aws_lambda_permission"), e, nil)
		return p, true
	})
}

// Account reads the lambdaquota_account data source's configuration. With
// a snapshot, its lists are what the configuration adds to the account.
func (dc *Decoder) Account(d Val) quota.Account {
	a := quota.Account{
		ReservedConcurrentExecutions:    dc.Int64s(d.Get("reserved_concurrent_executions")),
		ProvisionedConcurrentExecutions: dc.Int64s(d.Get("provisioned_concurrent_executions")),
		PackageFilenames:                dc.Strings(d.Get("package_filenames")),
		ExistingCodeStorageBytes:        dc.Int64(d.Get("existing_code_storage_bytes")),
	}
	if s := dc.snapshotBeside(d, "existing_code_storage_bytes"); s != nil {
		a.Base = s.Base(nil)
	}
	return a
}

// snapshotBeside reads d's snapshot, refusing the stated figure it replaces.
func (dc *Decoder) snapshotBeside(d Val, stated string) *quota.Snapshot {
	s := dc.Snapshot(d.Get("snapshot"))
	if s != nil && (s.Settings != nil || s.Unknown) && !d.Get(stated).Absent() {
		dc.keep(d.Get(stated).errorf("must not be set with a snapshot that holds get-account-settings' output: the snapshot's AccountUsage.TotalCodeSize is the code the account stores"))
	}
	return s
}

// fleetKeys are what a fleet check takes besides its functions.
var fleetKeys = []string{"efs_mount_targets", "other_enis", "existing_code_storage_bytes", "snapshot"}

// FleetOptionKeys are the keys of check_functions' options: check_function's,
// which apply to every function, and the fleet's.
var FleetOptionKeys = slices.Concat(FunctionOptionKeys, fleetKeys)

var efsMountTarget = kindOf("aws_efs_mount_target")

// Fleet reads a collection of functions: a for_each map, a list, a set or a
// tuple of aws_lambda_function objects or of objects with
// lambdaquota_function's names. Each is labelled by its key or index; an
// unknown one is checked as a function of which nothing is known.
func (dc *Decoder) Fleet(d Val, opts Val) quota.Fleet {
	fleet := quota.Fleet{Name: d.Path(), Path: steps(d.up, d.step)}
	switch {
	case d.Unknown():
		// A collection unknown as a whole: even its size is unknown.
		fleet.Functions = []quota.FleetFunction{{Label: "[*]", Function: Unknown[quota.Function]()}}
	case d.Absent():
	default:
		elems, err := d.Elements(true)
		if err != nil {
			dc.keep(d.errorf("must be a map, list or set of aws_lambda_function objects, got %s", d.typeName()))
			break
		}
		fo := dc.functionOptions(opts)
		all := make([]quota.FleetFunction, len(elems))
		null := make([]bool, len(elems))
		// Functions are read independently, so a large fleet uses every
		// CPU, each run with a Decoder of its own, whose errors are then
		// kept in order, as one Decoder would have found them.
		runs := parallel.Runs(len(elems))
		parts := make([]Decoder, runs)
		for r := range parts {
			parts[r].Allowed, parts[r].Opaque, parts[r].Today = dc.Allowed, dc.Opaque, dc.Today
		}
		parallel.For(len(elems), runs, func(run, i int) {
			dc := &parts[run]
			e := elems[i]
			label, step := "["+e.Label()+"]", e.step()
			switch {
			case e.Unknown():
				all[i] = quota.FleetFunction{Label: label, Step: step, Function: Unknown[quota.Function]()}
			case e.Absent():
				dc.keep(e.errorf("must not be null"))
				null[i] = true
			default:
				all[i] = dc.fleetFunction(e.Val, fo)
				all[i].Label, all[i].Step = label, step
			}
		})
		for _, p := range parts {
			dc.errs = append(dc.errs, p.errs...)
		}
		fleet.Functions = all[:0]
		for i, ff := range all {
			if !null[i] {
				fleet.Functions = append(fleet.Functions, ff)
			}
		}
	}
	efs := opts.Get("efs_mount_targets")
	if efs.isList() || efs.isObject() && !efs.Absent() {
		// Mount target objects: each counts in the VPC of its subnet.
		fleet.MountTargetSubnets = resources(dc, efs, quota.Unknown[string](), func(e Val) (quota.Value[string], bool) {
			if !dc.resourceObject(e, efsMountTarget) {
				return quota.Value[string]{}, false
			}
			// A mount target without an id (an object written by hand) is
			// one the configuration adds.
			fleet.MountTargetIDs = append(fleet.MountTargetIDs, dc.String(e.Get("id")))
			return dc.String(e.Get("subnet_id")), true
		})
		if fleet.MountTargetSubnets.Unknown || len(fleet.MountTargetIDs) != len(fleet.MountTargetSubnets.V) {
			// An unknown element has no id: line the ids up with the subnets.
			fleet.MountTargetIDs = nil
		}
	} else {
		fleet.EFSMountTargets = dc.Int64(efs)
	}
	fleet.OtherENIs = dc.Int64(opts.Get("other_enis"))
	fleet.ExistingCodeStorageBytes = dc.Int64(opts.Get("existing_code_storage_bytes"))
	if s := dc.snapshotBeside(opts, "existing_code_storage_bytes"); s != nil {
		// The snapshot is the account these functions are in: the user gave
		// it for them, so those whose Region is not said are taken to be in it.
		base := s.Base(s.Deployed(fleet.Functions))
		fleet.Accounts = map[string]*quota.AccountBase{"": base, s.Region: base}
	}
	return fleet
}

// FleetFunction reads one function of a fleet: the function as Function
// reads it, its vpc_config's vpc_id, which the AWS provider knows once the
// function exists, and its region (the AWS provider v6's), which decides
// the account totals it counts in.
func (dc *Decoder) FleetFunction(d, opts Val) quota.FleetFunction {
	return dc.fleetFunction(d, dc.functionOptions(opts))
}

func (dc *Decoder) fleetFunction(d Val, fo functionOptions) quota.FleetFunction {
	ff := quota.FleetFunction{Function: dc.function(d, fo)}
	if dc.resourceObject(d, lambdaFunction) {
		dc.fill(&ff, lambdaFunctionRows, d, nil)
	}
	return ff
}
