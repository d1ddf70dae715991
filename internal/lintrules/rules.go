package lintrules

import (
	"fmt"
	"maps"
	"slices"

	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// RulePrefix starts every rule's name; the rest is its quota's id.
const RulePrefix = "lambdaquota_"

// otherResources are the quotas of the catalog's function and layer
// categories that one resource's configuration does not decide, each with
// why: a quota is left out of the ruleset only with a reason, which
// TestEveryFunctionQuotaHasARuleOrAReason checks.
var otherResources = map[quota.ID]string{
	quota.ContainerImageMaxBytes:     "an image's size is in its registry, not in the configuration",
	quota.SQSVisibilityTimeoutMin:    "it compares a function's timeout with the visibility timeout of the queue that feeds it, another resource",
	quota.TenantIsolationEventSource: "it needs the event source mapping that invokes the tenant-isolated function, another resource",
	quota.TenantIsolationFunctionURL: "it needs the function URL of the tenant-isolated function, another resource",
	quota.CreateOnlySettings:         "it compares a function as deployed with an in-place update of it, which only a saved plan shows",
	quota.SQSPollersMin:              "it reads an event source mapping and its source's kind; lambdaquota check and lambdaquota_event_source check it",
	quota.SQSPollersMax:              "it reads an event source mapping and its source's kind; lambdaquota check and lambdaquota_event_source check it",
	quota.KafkaPollersMin:            "it reads an event source mapping and its source's kind; lambdaquota check and lambdaquota_event_source check it",
	quota.KafkaPollersMax:            "it reads an event source mapping and its source's kind; lambdaquota check and lambdaquota_event_source check it",
	quota.RuntimeCreateBlocked:       "whether a function is created or updated is the plan's; TFLint warns of a deprecated runtime's dates instead",
	quota.RuntimeUpdateBlocked:       "whether a function is created or updated is the plan's; TFLint warns of a deprecated runtime's dates instead",
}

// WithoutRule are the quotas of the function and layer categories that
// have no rule, each with why.
func WithoutRule() map[quota.ID]string { return maps.Clone(otherResources) }

// alsoChecked are quotas outside the function and layer categories that a
// resource decides on its own: a permission's statement id, a function's
// reservation against the floor, and the ENIs of a module's functions.
var alsoChecked = []quota.ID{
	quota.PermissionStatementIDMaxLength, quota.PermissionStatementIDPattern, quota.UnreservedConcurrencyMin, quota.ENIsPerVPC,
}

// RuleIDs are the quotas that have a rule, in catalog order.
func RuleIDs() []quota.ID {
	var out []quota.ID
	for _, q := range quota.DefaultCatalog().Quotas() {
		_, other := otherResources[q.ID]
		inCategory := (q.Category == "function" || q.Category == "layer") && !other
		if inCategory || slices.Contains(alsoChecked, q.ID) || slices.Contains(integrationRules, q.ID) || slices.Contains(apiRules, q.ID) {
			out = append(out, q.ID)
		}
	}
	return out
}

// rule reports the findings of one quota.
type rule struct {
	tflint.DefaultRule
	id quota.ID
}

func rules() []tflint.Rule {
	ids := RuleIDs()
	out := make([]tflint.Rule, len(ids), len(ids)+1)
	for i, id := range ids {
		out[i] = &rule{id: id}
	}
	return append(out, &rule{id: DeprecatedRuntimeRule})
}

// DeprecatedRuntimeRule is the issues' key and the rule's id of a function
// on a deprecated runtime: a warning with the runtime's dates, since TFLint
// cannot tell whether the plan creates or updates the function.
const DeprecatedRuntimeRule quota.ID = "deprecated_runtime"

func (r *rule) Name() string  { return RulePrefix + string(r.id) }
func (r *rule) Enabled() bool { return true }
func (r *rule) Severity() tflint.Severity {
	if r.id == DeprecatedRuntimeRule {
		return tflint.WARNING
	}
	return tflint.ERROR
}

func (r *rule) Link() string {
	if r.id == DeprecatedRuntimeRule {
		return "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html"
	}
	q, _ := quota.DefaultCatalog().Lookup(r.id)
	return q.Source
}

// Check emits the module's findings of the rule's quota.
func (r *rule) Check(runner tflint.Runner) error {
	m, ok := runner.(*moduleRunner)
	if !ok {
		return fmt.Errorf("rule %s runs with its ruleset's runner (RuleSet.NewRunner), got %T", r.Name(), runner)
	}
	issues, err := m.analysis()
	if err != nil {
		return err
	}
	for _, is := range issues[r.id] {
		if err := runner.EmitIssue(r, is.message, is.rng); err != nil {
			return err
		}
	}
	return nil
}
