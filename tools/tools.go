//go:build generate

// Package tools pins the documentation generator and runs it: `make generate`.
package tools

import (
	_ "github.com/hashicorp/terraform-plugin-docs/cmd/tfplugindocs"
)

// scripts/docs.sh hands tfplugindocs a schema read through the local
// OpenTofu build, so no Terraform binary is looked for or downloaded.
//go:generate bash ../scripts/docs.sh
