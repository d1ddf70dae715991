package main

import "testing"

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
