// Command quotadoc writes the quota reference guide from the embedded
// catalog, so the docs cannot disagree with the values the checks use; with
// -index FILE rewrites the index template's list of data sources and
// functions from the provider's registrations, and with -lint FILE the
// TFLint guide's list of rules from the ruleset's.
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/lintrules"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// checkedBy names the surfaces that enforce each quota.
var checkedBy = map[quota.Category]string{
	quota.CategoryFunction:   "`lambdaquota_function`, `check_function`, `function_violations`",
	quota.CategoryLayer:      "`lambdaquota_layer`, `check_layer`, `layer_violations`",
	quota.CategoryAccount:    "`lambdaquota_account`",
	quota.CategoryVPC:        "`lambdaquota_vpc`, `check_vpc`, `vpc_violations`",
	quota.CategoryPolicy:     "`lambdaquota_function_policy`, `check_permissions`, `permissions_violations`",
	quota.CategoryAPIGateway: "`lambdaquota check` (a saved plan's API Gateway resources)",
}

// checkedByID names the surfaces of quotas that relate two resources,
// which their category alone does not tell.
var checkedByID = map[quota.ID]string{
	quota.ProvisionedConcurrencyWithinReserved: "`lambdaquota_function`, `check_provisioned_concurrency`, `provisioned_concurrency_violations`",
	quota.SQSVisibilityTimeoutMin:              "`lambdaquota_event_source`, `check_event_source`, `event_source_violations`",
	quota.CreateOnlySettings:                   "`lambdaquota check` (a saved plan's in-place updates)",
	quota.TenantIsolationFunctionURL:           "`lambdaquota check` (a saved plan's function URLs)",
	quota.RuntimeCreateBlocked:                 "`lambdaquota check` (a saved plan's created functions); elsewhere a warning",
	quota.SQSPollersMin:                        "`lambdaquota_event_source`, `check_event_source`, `lambdaquota check`",
	quota.SQSPollersMax:                        "`lambdaquota_event_source`, `check_event_source`, `lambdaquota check`",
	quota.KafkaPollersMin:                      "`lambdaquota_event_source`, `check_event_source`, `lambdaquota check`",
	quota.KafkaPollersMax:                      "`lambdaquota_event_source`, `check_event_source`, `lambdaquota check`",
	quota.PollerGroupMappingsMax:               "`lambdaquota check` (a saved plan's mappings in a Region)",
	quota.PollerGroupPollersMax:                "`lambdaquota check` (a saved plan's mappings in a Region)",
	quota.LMIKafkaMappingsMax:                  "`lambdaquota check` (a saved plan's mappings in a Region)",
	quota.CapacityProviderFunctionVersionsMax:  "`lambdaquota_functions`, `check_functions`, `lambdaquota check`",
	quota.TenantIsolationRESTHeader:            "`lambdaquota_integration`, `check_integration`, `integration_violations`, `lambdaquota check`",
	quota.TenantIsolationHTTPAPI:               "`lambdaquota_integration`, `check_integration`, `integration_violations`, `lambdaquota check`",
	quota.HTTPIntegrationTimeoutMaxMs:          "`lambdaquota_integration`, `check_integration`, `integration_violations`, `lambdaquota check`",
	quota.StreamingIntegrationTimeoutMaxMs:     "`lambdaquota_integration`, `check_integration`, `integration_violations`, `lambdaquota check`",
	quota.EdgeIntegrationTimeoutMaxMs:          "`lambdaquota_integration`, `check_integration`, `integration_violations`, `lambdaquota check`",
	quota.RESTIntegrationTimeoutMaxMs:          "`lambdaquota_integration`, `check_integration`, `integration_violations`, `lambdaquota check`",
	quota.RuntimeUpdateBlocked:                 "`lambdaquota check` (a saved plan's updated functions); elsewhere a warning",
}

func main() {
	index := flag.String("index", "", "rewrite the generated section of this index template, and write nothing else")
	lint := flag.String("lint", "", "rewrite the list of rules of this TFLint guide template, and write nothing else")
	flag.Parse()
	if *index != "" || *lint != "" {
		var err error
		if *index != "" {
			err = writeIndex(*index)
		}
		if *lint != "" && err == nil {
			err = rewrite(*lint, beginRules, rules())
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	var b strings.Builder
	b.WriteString(`---
page_title: "Quota reference"
subcategory: ""
description: |-
  Every AWS Lambda and VPC quota the provider knows: id, value, whether AWS lets it be raised, what checks it.
---

# Quota reference

Generated from the provider's embedded catalog. Values are AWS's defaults; set your account's values
with the provider's ` + "`quotas`" + ` argument. AWS's "MB" means MiB: 250 MB is 262,144,000 bytes.

| id | quota | value | adjustable | checked by | source |
|---|---|---|---|---|---|
`)
	for _, q := range quota.DefaultCatalog().Quotas() {
		adjustable := "no"
		switch {
		case q.Adjustable && q.ServiceQuotaCode != "":
			adjustable = "yes (" + q.ServiceQuotaCode + ")"
		case q.Adjustable:
			// No Service Quotas code is recorded (API Gateway's quotas).
			adjustable = "yes"
		case q.DerivedFrom != "":
			adjustable = "no: follows from `" + string(q.DerivedFrom) + "`"
		}
		checked := checkedBy[q.Category]
		if c, ok := checkedByID[q.ID]; ok {
			checked = c
		}
		if slices.Contains(lintrules.RuleIDs(), q.ID) {
			checked += "; TFLint: `" + lintrules.RulePrefix + string(q.ID) + "`"
		}
		if !q.Checked() {
			checked = "reference only"
		}
		bound := ""
		switch q.Bound {
		case quota.BoundMin:
			bound = "at least "
		case quota.BoundMax:
			bound = "at most "
		}
		value := bound + quota.FormatAmount(q.Value, q.Unit)
		if q.Bound == quota.BoundRule {
			value = "a rule"
		}
		fmt.Fprintf(&b, "| `%s` | %s: %s | %s | %s | %s | [AWS docs](%s) |\n",
			q.ID, q.Name, q.Description, value, adjustable, checked, q.Source)
	}
	if _, err := os.Stdout.WriteString(b.String()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
