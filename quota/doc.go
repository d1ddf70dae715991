// Package quota holds the AWS Lambda and VPC quota catalog and the measurements
// that check a configuration against it.
//
// It is plain Go with no Terraform imports, so that the provider's data sources,
// its provider-defined functions and the public validators all call the same
// checks. Values that are not known yet (computed at apply) are modelled
// explicitly: a check reports a violation only when it is certain, and lists
// the quotas it could not decide instead of guessing.
package quota

//go:generate go run ../internal/cmd/quotaids catalog.hcl ids.go
