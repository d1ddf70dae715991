// Package lintrules is the TFLint ruleset of the lambdaquota provider: one
// rule per quota that one resource's configuration decides, generated from
// the quota catalog and checked by the same core as the provider, so that
// the two give the same verdicts with the same messages.
package lintrules

import (
	"fmt"
	"strings"

	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// RuleSet is the lambdaquota plugin's ruleset: the builtin one, with the
// plugin block's quotas and a runner that analyses each module once for
// every rule.
type RuleSet struct {
	tflint.BuiltinRuleSet
	limits quota.Limits
	// instances are the called modules' instances, counted together.
	instances *instances
}

// New returns the ruleset of the given version.
func New(version string) *RuleSet {
	rs := &RuleSet{limits: quota.DefaultLimits(), instances: &instances{}}
	rs.Name, rs.Version = "lambdaquota", version
	rs.Rules = rules()
	return rs
}

// ConfigSchema is the plugin block's own arguments: the provider's quotas.
func (rs *RuleSet) ConfigSchema() *hclext.BodySchema {
	return &hclext.BodySchema{Attributes: []hclext.AttributeSchema{{Name: "quotas"}}}
}

// ApplyConfig reads the plugin block's quotas by the provider's rules,
// with its messages: a fixed quota may only be made stricter.
func (rs *RuleSet) ApplyConfig(body *hclext.BodyContent) error {
	rs.limits = quota.DefaultLimits()
	attr, ok := body.Attributes["quotas"]
	if !ok {
		return nil
	}
	v, diags := attr.Expr.Value(nil)
	if diags.HasErrors() {
		return fmt.Errorf(`plugin "lambdaquota": quotas must be a constant map of quota values by id, such as { enis_per_vpc = 1000 }: %s`, diags.Error())
	}
	dc := &decode.Decoder{}
	limits := dc.Quotas(rs.limits, decode.New(v, "quotas"))
	if errs := dc.Errors(); len(errs) > 0 {
		msgs := make([]string, len(errs))
		for i, e := range errs {
			msgs[i] = e.Error()
		}
		return fmt.Errorf(`plugin "lambdaquota": %s`, strings.Join(msgs, "; "))
	}
	rs.limits = limits
	return nil
}

// NewRunner wraps each module's runner so that the module is read and
// checked once, whatever the number of rules.
func (rs *RuleSet) NewRunner(runner tflint.Runner) (tflint.Runner, error) {
	return &moduleRunner{Runner: runner, limits: rs.limits, instances: rs.instances}, nil
}

// Check runs every rule on a module's runner, as TFLint's plugin server
// does, for callers that drive the ruleset themselves.
func (rs *RuleSet) Check(runner tflint.Runner) error {
	lr, err := rs.NewRunner(runner)
	if err != nil {
		return err
	}
	for _, r := range rs.Rules {
		if err := r.Check(lr); err != nil {
			return err
		}
	}
	return nil
}
