#!/usr/bin/env bash
# Runs the TFLint ruleset's end-to-end and editor tests against a real
# TFLint (scripts/cli.sh builds it from the Go module proxy into the cache),
# with the plugin built from this module, and no network.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."
version=${1:?usage: testlint.sh TFLINT_VERSION}
tflint=$(scripts/cli.sh tflint "$version")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/plugins"
go build -o "$work/plugins/tflint-ruleset-lambdaquota" ./cmd/tflint-ruleset-lambdaquota
go test -c -o "$work/lint.test" ./cmd/tflint-ruleset-lambdaquota
echo "tflint tests on $(first_line "$tflint" --version)"
status=0
(cd cmd/tflint-ruleset-lambdaquota && TFLINT_PATH="$tflint" TFLINT_PLUGIN_DIR="$work/plugins" \
  "$OLDPWD/scripts/offline.sh" "$work/lint.test" -test.count=1 -test.timeout=20m -test.v) >"$work/log" 2>&1 || status=$?
grep -E '^(--- |    |FAIL|PASS|ok|offline.sh)' "$work/log" || true
exit "$status"
