#!/usr/bin/env bash
# Runs the acceptance tests on one real CLI:
#   scripts/testacc.sh tofu|terraform VERSION   a pinned version (scripts/cli.sh)
#   scripts/testacc.sh path                     the newest Terraform >= 1.8 on PATH, if any;
#                                               every test must run there, none skipped
# The test binaries (the provider's, and the saved-plan checker's, whose
# tests plan with the CLI) are built first, then run in a network namespace
# with no network (scripts/offline.sh): nothing may need one.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."
usage="usage: testacc.sh tofu|terraform VERSION | testacc.sh path"
name=${1:?$usage}
require_all=false
if [ "$name" = path ]; then
  found=$(scripts/find-cli.sh --functions terraform)
  if [ -z "$found" ]; then
    echo "acceptance (path): no Terraform >= 1.8 on PATH, so the modern-Terraform leg is not run"
    exit 0
  fi
  cli=${found% *} name=terraform require_all=true
else
  cli=$(scripts/cli.sh "$name" "${2:?$usage}")
fi
export TF_ACC=1 TF_ACC_TERRAFORM_PATH="$cli"
if [ "$name" = tofu ]; then export TF_ACC_PROVIDER_HOST=registry.opentofu.org; fi
echo "acceptance tests on $(cli_version "$cli")"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for pkg in provider cmd/lambdaquota; do
  bin="$work/$(basename "$pkg").test"
  go test -c -o "$bin" "./$pkg"
  (cd "$pkg" && "$OLDPWD/scripts/offline.sh" "$bin" -test.count=1 -test.timeout=30m -test.v) >>"$work/log" 2>&1 || status=$?
done
# Show what failed in full, and a line per test otherwise.
grep -E '^(--- |    --- |FAIL|PASS|ok|offline.sh)' "$work/log" | grep -v -E '^    --- PASS' || true
if [ "$status" -ne 0 ]; then
  # The first 400 lines of each failure, from a file: head on a pipe races (lib.sh).
  sed -n '/--- FAIL/,/^\(---\|===\)/p' "$work/log" >"$work/failures"
  sed -n '1,400p' "$work/failures"
fi
passed=$(grep -c -E '^--- PASS' "$work/log" || true)
failed=$(grep -c -E '^--- FAIL' "$work/log" || true)
skipped=$(grep -c -E '^--- SKIP' "$work/log" || true)
echo "acceptance ($name): $passed passed, $failed failed, $skipped skipped"
# A test may skip here only for a language feature this CLI lacks (its
# reason says "not in this CLI"), and such a test runs on the OpenTofu leg.
# go test -v prints a test's skip reason on the line before its "--- SKIP".
not_allowed=$(awk '/^--- SKIP/ { if (prev !~ /not in this CLI/) print $3 } { prev = $0 }' "$work/log")
if [ "$status" -eq 0 ] && $require_all && [ -n "$not_allowed" ]; then
  echo "acceptance ($name): this CLI runs provider-defined functions, so no test may be skipped here" >&2
  echo "$not_allowed" >&2
  exit 1
fi
exit "$status"
