package main

import (
	"fmt"
	"testing"
)

// Settings that change the rules, in saved plans made by real CLIs.

func TestAccSavedPlanTenantIsolationWithFunctionURL(t *testing.T) {
	c := newCLI(t)
	wantReport(t, c.savedPlan("testdata/settings", nil, nil), exitOK)
	wantReport(t, c.savedPlan("testdata/settings", nil, []string{"-var", "url=true"}), exitViolations,
		"violation tenant_isolation_function_url aws_lambda_function_url.tenant[0]")
}

func TestAccSavedPlanFunctionsPerCapacityProvider(t *testing.T) {
	c := newCLI(t)
	wantReport(t, c.savedPlan("testdata/settings", nil, []string{"-var", "published=100"}), exitOK)
	wantReport(t, c.savedPlan("testdata/settings", nil, []string{"-var", "published=101"}), exitViolations,
		"violation capacity_provider_function_versions_max aws_lambda_function.lmi[0]")
}

func TestAccSavedPlanCapacityProviderScaling(t *testing.T) {
	c := newCLI(t)
	wantReport(t, c.savedPlan("testdata/settings", nil, []string{"-var", "max_vcpu_count=15000"}), exitOK)
	wantReport(t, c.savedPlan("testdata/settings", nil, []string{"-var", "max_vcpu_count=15001"}), exitViolations,
		"violation capacity_provider_max_vcpu_max aws_lambda_capacity_provider.cp")
	wantReport(t, c.savedPlan("testdata/settings", nil, []string{"-var", "max_vcpu_count=1"}), exitViolations,
		"violation capacity_provider_max_vcpu_min aws_lambda_capacity_provider.cp")
}

// AWS counts a function's tags_all: its tags and the provider's
// default_tags. While a default tag is unknown, the tags written are the
// least it holds.
func TestAccSavedPlanCountsDefaultTags(t *testing.T) {
	c := newCLI(t)
	wantReport(t, c.savedPlan("testdata/tags", nil, []string{"-var", "own=44", "-var", "defaults=6"}), exitOK)
	wantReport(t, c.savedPlan("testdata/tags", nil, []string{"-var", "own=45", "-var", "defaults=6"}), exitViolations,
		"violation function_tags_max aws_lambda_function.api")
	wantReport(t, c.savedPlan("testdata/tags", nil, []string{"-var", "own=51", "-var", "unknown_default=true"}), exitViolations,
		"violation function_tags_max aws_lambda_function.api")
	wantReport(t, c.savedPlan("testdata/tags", nil, []string{"-var", "own=45", "-var", "unknown_default=true"}), exitOK)
}

// Adding durable_config to a deployed function plans a replacement with the
// AWS provider's recent releases: nothing to report. An in-place update is
// the unit tests' (TestCheckCreateOnlySettingsOnUpdateNotReplacement).
func TestAccSavedPlanCreateOnlySettingReplacesTheFunction(t *testing.T) {
	c := newCLI(t)
	wantReport(t, c.savedPlan("testdata/settings", nil, []string{"-var", "durable=true"}), exitOK)
	wantReport(t, c.savedPlan("testdata/settings", []string{"-var", "durable=false"}, []string{"-var", "durable=true"}), exitOK)
}

// aws_lambda_policy's document is measured as compact JSON once its
// function exists; beside a permission on the same function it warns.
func TestAccSavedPlanWholeResourcePolicy(t *testing.T) {
	c := newCLI(t)
	// The document without the bucket name is 266 bytes of compact JSON.
	const rest = 266
	deployed := []string{"-var", "bucket_name_length=10"}
	wantReport(t, c.savedPlan("testdata/policy", deployed, []string{"-var", fmt.Sprintf("bucket_name_length=%d", 20480-rest)}), exitOK)
	wantReport(t, c.savedPlan("testdata/policy", deployed, []string{"-var", fmt.Sprintf("bucket_name_length=%d", 20481-rest)}), exitViolations,
		"violation resource_policy_max_bytes aws_lambda_policy.api")
	wantReport(t, c.savedPlan("testdata/policy", deployed, []string{"-var", "permission=true"}), exitOK,
		"inconsistent  aws_lambda_policy.api")
}

// A function created on a runtime Lambda closed to new functions (nodejs12.x
// since March 31, 2023) fails; on a supported one it passes.
func TestAccSavedPlanRuntimeClosedToNewFunctions(t *testing.T) {
	c := newCLI(t)
	wantReport(t, c.savedPlan("testdata/settings", nil, []string{"-var", "runtime=python3.14"}), exitOK)
	wantReport(t, c.savedPlan("testdata/settings", nil, []string{"-var", "runtime=nodejs12.x"}), exitViolations,
		"violation runtime_create_blocked aws_lambda_function.runtime")
}

// A poller group's mappings share 2,000 maximum pollers in a Region; one
// mapping may not pass 2,000 either.
func TestAccSavedPlanPollerGroup(t *testing.T) {
	c := newCLI(t)
	wantReport(t, c.savedPlan("testdata/pollers", nil, []string{"-var", "mappings=10", "-var", "maximum_pollers=200"}), exitOK)
	wantReport(t, c.savedPlan("testdata/pollers", nil, []string{"-var", "mappings=10", "-var", "maximum_pollers=201"}), exitViolations,
		"violation poller_group_pollers_max aws_lambda_event_source_mapping.orders[0]")
	wantReport(t, c.savedPlan("testdata/pollers", nil, []string{"-var", "mappings=1", "-var", "maximum_pollers=2001"}), exitViolations,
		"violation kafka_pollers_max aws_lambda_event_source_mapping.orders[0]",
		"violation poller_group_pollers_max aws_lambda_event_source_mapping.orders[0]")
}

// API Gateway where it meets Lambda, on real CLIs: a Regional REST
// integration may wait 29,000 ms without a raised quota, an HTTP API's
// 30,000 ms, and a function that runs longer than its integration waits
// is a warning.
func TestAccSavedPlanAPIGatewayIntegrations(t *testing.T) {
	c := newCLI(t)
	wantReport(t, c.savedPlan("../../examples/guides/api-gateway", nil, nil), exitOK)
	wantReport(t, c.savedPlan("../../examples/guides/api-gateway", nil, []string{"-var", "rest_timeout_ms=29001"}), exitViolations,
		"violation rest_integration_timeout_max_ms aws_api_gateway_integration.orders")
	wantReport(t, c.savedPlan("../../examples/guides/api-gateway", nil, []string{"-var", "http_timeout_ms=30001"}), exitViolations,
		"violation http_integration_timeout_max_ms aws_apigatewayv2_integration.orders")
	wantReport(t, c.savedPlan("../../examples/guides/api-gateway", nil, []string{"-var", "function_timeout=30"}), exitOK,
		"inconsistent  aws_api_gateway_integration.orders")
}
