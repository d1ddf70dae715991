// Command tflintfloor is a TFLint plugin that checks nothing: the baseline
// scripts/bench-tflint.sh measures what TFLint itself costs for calling a
// plugin, once per module and per instance of a called module, apart from
// what the lambdaquota plugin's own work costs.
package main

import (
	"github.com/terraform-linters/tflint-plugin-sdk/plugin"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// nothing is a rule that finds nothing.
type nothing struct{ tflint.DefaultRule }

func (*nothing) Name() string              { return "floor_nothing" }
func (*nothing) Enabled() bool             { return true }
func (*nothing) Severity() tflint.Severity { return tflint.NOTICE }
func (*nothing) Check(tflint.Runner) error { return nil }

func main() {
	plugin.Serve(&plugin.ServeOpts{RuleSet: &tflint.BuiltinRuleSet{Name: "floor", Version: "0.0.0", Rules: []tflint.Rule{&nothing{}}}})
}
