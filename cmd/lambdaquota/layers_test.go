package main

import (
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/ziptest"
)

func TestAccSavedPlanCountsLayersCreatedInThePlan(t *testing.T) {
	c := newCLI(t)
	src := t.TempDir()
	copyDir(t, "testdata/new-layer", src)
	// 180 MiB of code and a 10 MiB counted layer, with a deps layer that
	// fills the 250 MiB (262,144,000 bytes) exactly or by one byte more.
	ziptest.WriteSized(t, src, "api.zip", 1000, 180<<20)
	ziptest.WriteSized(t, src, "extra.zip", 1000, 10<<20)
	ziptest.WriteSized(t, src, "big.zip", 1000, 60<<20+1)
	ziptest.WriteSized(t, src, "exact.zip", 1000, 60<<20)
	ziptest.WriteSized(t, src, "small.zip", 1000, 1<<20)

	// First deploy: the layers' ARNs are unknown.
	dir := c.savedPlan(src, nil, []string{"-var", "layer_zip=big.zip"})
	wantReport(t, dir, exitViolations, "violation unzipped_package_max_bytes aws_lambda_function.api")
	_, out := textReport(t, dir)
	if _, list, _ := strings.Cut(out, "Undecided until apply"); !strings.Contains(list, "aws_lambda_function.worker: unzipped_package_max_bytes") {
		t.Errorf("undecided: %s; want the worker's unzipped total, whose layer no reference proves", list)
	}
	dir = c.savedPlan(src, nil, []string{"-var", "layer_zip=exact.zip"})
	wantReport(t, dir, exitOK)

	// A rebuilt layer is a new version, replaced with an unknown ARN.
	dir = c.savedPlan(src, []string{"-var", "layer_zip=small.zip"}, []string{"-var", "layer_zip=big.zip"})
	wantReport(t, dir, exitViolations, "violation unzipped_package_max_bytes aws_lambda_function.api")
	dir = c.savedPlan(src, []string{"-var", "layer_zip=small.zip"}, []string{"-var", "layer_zip=exact.zip"})
	wantReport(t, dir, exitOK)
}
