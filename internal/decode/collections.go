package decode

import (
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// VPCKeys are the keys of check_vpc's argument and the lambdaquota_vpc data source.
var VPCKeys = []string{"vpc_id", "functions", "efs_mount_targets", "other_enis", "quotas"}

// vpcFunctionKeys are the names a function's VPC configuration may use.
var vpcFunctionKeys = []string{"subnet_ids", "security_group_ids", "vpc_config"}

// VPCFunctions reads the functions of a VPC: a list, set, tuple or for_each
// map of aws_lambda_function objects or of {subnet_ids, security_group_ids}.
func (dc *Decoder) VPCFunctions(d Val) quota.Value[[]quota.VPCFunction] {
	switch {
	case d.Unknown():
		return quota.Unknown[[]quota.VPCFunction]()
	case d.Absent():
		return quota.Known[[]quota.VPCFunction](nil)
	}
	elems, err := d.Elements(true)
	if err != nil {
		dc.keep(err)
		return quota.Known[[]quota.VPCFunction](nil)
	}
	out := make([]quota.VPCFunction, 0, len(elems))
	for _, e := range elems {
		switch {
		case e.Unknown():
			// An unknown function may or may not be in a VPC.
			out = append(out, quota.VPCFunction{SubnetIDs: quota.Unknown[[]quota.Value[string]](), SecurityGroupIDs: quota.Unknown[[]quota.Value[string]]()})
			continue
		case e.Absent():
			dc.keep(e.errorf("must not be null"))
			continue
		}
		if !dc.resourceObject(e.Val, "aws_lambda_function", vpcFunctionKeys, append(FunctionKeys, awsFunctionAttributes...)) {
			continue
		}
		out = append(out, quota.VPCFunction{
			SubnetIDs:        dc.Strings(dc.pick(e.Val, "subnet_ids", "vpc_config", "subnet_ids")),
			SecurityGroupIDs: dc.Strings(dc.pick(e.Val, "security_group_ids", "vpc_config", "security_group_ids")),
		})
	}
	return quota.Known(out)
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
	}
}

// PermissionKeys are aws_lambda_permission's arguments that shape the policy.
var PermissionKeys = []string{
	"statement_id", "action", "principal", "source_arn", "source_account", "qualifier",
	"principal_org_id", "event_source_token", "function_url_auth_type",
}

var awsPermissionAttributes = []string{"function_name", "id", "region", "statement_id_prefix", "invoked_via"}

// Permissions reads a list, set, tuple or for_each map of
// aws_lambda_permission objects or of objects with their argument names.
func (dc *Decoder) Permissions(d Val) quota.Value[[]quota.Permission] {
	switch {
	case d.Unknown():
		return quota.Unknown[[]quota.Permission]()
	case d.Absent():
		return quota.Known[[]quota.Permission](nil)
	}
	elems, err := d.Elements(true)
	if err != nil {
		dc.keep(err)
		return quota.Known[[]quota.Permission](nil)
	}
	out := make([]quota.Permission, 0, len(elems))
	for _, e := range elems {
		switch {
		case e.Unknown():
			// Still one statement, of at least the shortest size.
			u := quota.Unknown[string]()
			out = append(out, quota.Permission{StatementID: u, Action: u, Principal: u, Qualifier: u})
			continue
		case e.Absent():
			dc.keep(e.errorf("must not be null"))
			continue
		}
		if !dc.resourceObject(e.Val, "aws_lambda_permission", PermissionKeys, awsPermissionAttributes) {
			continue
		}
		out = append(out, quota.Permission{
			StatementID:         dc.String(e.Get("statement_id")),
			Action:              dc.String(e.Get("action")),
			Principal:           dc.String(e.Get("principal")),
			SourceARN:           dc.String(e.Get("source_arn")),
			SourceAccount:       dc.String(e.Get("source_account")),
			Qualifier:           dc.String(e.Get("qualifier")),
			PrincipalOrgID:      dc.String(e.Get("principal_org_id")),
			EventSourceToken:    dc.String(e.Get("event_source_token")),
			FunctionURLAuthType: dc.String(e.Get("function_url_auth_type")),
		})
	}
	return quota.Known(out)
}

// Account reads the lambdaquota_account data source's configuration.
func (dc *Decoder) Account(d Val) quota.Account {
	return quota.Account{
		ReservedConcurrentExecutions: dc.Int64s(d.Get("reserved_concurrent_executions")),
		PackageFilenames:             dc.Strings(d.Get("package_filenames")),
		ExistingCodeStorageBytes:     dc.Int64(d.Get("existing_code_storage_bytes")),
	}
}
