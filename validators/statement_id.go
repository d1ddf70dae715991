package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// StatementID returns a validator which ensures that a Lambda permission's
// statement_id has at most permission_statement_id_max_length characters of
// limits, each a letter, digit, hyphen or underscore. It works on String
// attributes and function parameters. Null (unconfigured) and unknown (known
// after apply) values are skipped.
func StatementID(limits quota.Limits) stringQuotaValidator {
	return stringQuotaValidator{limits: limits, check: onPermission(func(p *quota.Permission, s string) { p.StatementID = quota.Known(s) },
		quota.PermissionStatementIDMaxLength, quota.PermissionStatementIDPattern), max: quota.PermissionStatementIDMaxLength,
		rule: ", of letters, digits, hyphens and underscores"}
}
