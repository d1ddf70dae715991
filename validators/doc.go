// Package validators provides terraform-plugin-framework validators for AWS
// Lambda quotas, for attributes and for provider-defined function parameters.
//
// Each validator is built on package quota and takes the quota.Limits to
// enforce: quota.DefaultLimits() for AWS's published values, or limits with a
// team's overrides. Null and unknown values are skipped.
package validators
