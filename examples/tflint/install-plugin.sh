#!/bin/sh
# Installs the lambdaquota TFLint plugin without tflint --init (no access to
# GitHub's releases), where TFLint looks for a plugin whose block names a
# source and a version: PLUGIN_DIR/github.com/OWNER/REPO/VERSION/.
set -eu
version=0.1.0
dir="${TFLINT_PLUGIN_DIR:-$HOME/.tflint.d/plugins}/github.com/lambdaquota/terraform-provider-lambdaquota/$version"
mkdir -p "$dir"
GOBIN="$dir" go install "github.com/lambdaquota/terraform-provider-lambdaquota/cmd/tflint-ruleset-lambdaquota@v$version"
