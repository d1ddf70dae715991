// Command tflint-ruleset-lambdaquota is the lambdaquota TFLint plugin: the
// provider's per-resource quota checks, run by TFLint before any plan.
package main

import (
	"runtime/debug"

	"github.com/terraform-linters/tflint-plugin-sdk/plugin"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/lintrules"
)

// version is set by goreleaser; go install records the module version.
var version = ""

func main() {
	// TFLint starts the plugin for one run, which reads a module and exits:
	// collecting garbage less often saves time on a large module, for
	// memory it gives back when it exits.
	debug.SetGCPercent(400)
	plugin.Serve(&plugin.ServeOpts{RuleSet: lintrules.New(buildVersion())})
}

func buildVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "0.0.0-dev"
}
