#!/usr/bin/env bash
# The check step of the GitHub Action (action.yml): runs lambdaquota check
# with the action's inputs (LQ_* variables), appends the markdown report to
# the job summary, writes the other reports, and sets the step's outputs.
# The exit status is lambdaquota's: 1 fails the step on a finding at or
# above fail-on, 2 on bad input.
set -uo pipefail

: "${LQ_BIN:?the lambdaquota binary}" "${LQ_PLAN:?the plan input is required}"
: "${GITHUB_OUTPUT:?not in a GitHub Actions step}" "${GITHUB_STEP_SUMMARY:?not in a GitHub Actions step}"
dir=${LQ_REPORT_DIR:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/lambdaquota}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

args=(check --chdir . --fail-on "${LQ_FAIL_ON:-error}" --format markdown --report "json=$dir/lambdaquota.json")
while IFS= read -r a; do
  [ -n "$a" ] && args+=(--account "$a")
done <<<"${LQ_ACCOUNTS:-}"
while IFS= read -r q; do
  [ -n "$q" ] && args+=(--quota "$q")
done <<<"${LQ_QUOTAS:-}"
[ -n "${LQ_QUOTAS_FILE:-}" ] && args+=(--quotas-file "$LQ_QUOTAS_FILE")
sarif=""
for f in ${LQ_FORMATS//,/ }; do
  case "$f" in
    sarif) sarif="$dir/lambdaquota.sarif"; args+=(--report "sarif=$sarif") ;;
    junit) args+=(--report "junit=$dir/lambdaquota.xml") ;;
    text) args+=(--report "text=$dir/lambdaquota.txt") ;;
    json | markdown) ;; # always written
    *) echo "::error title=lambdaquota::formats: unknown format \"$f\"; use sarif, junit, json, markdown or text" >&2; exit 2 ;;
  esac
done

"$LQ_BIN" "${args[@]}" "$LQ_PLAN" >"$dir/lambdaquota.md"
status=$?
if [ "$status" -eq 2 ]; then
  # Bad input: lambdaquota said why on standard error, and wrote no report.
  echo "::error title=lambdaquota::lambdaquota check could not read its input (exit 2); see the step's log" >&2
  exit 2
fi
cat "$dir/lambdaquota.md" >>"$GITHUB_STEP_SUMMARY"
# The JSON report's first lines are its counts: "errors": N, "warnings": N.
count() { sed -n "s/^  \"$1\": \([0-9][0-9]*\),\$/\1/p" "$dir/lambdaquota.json"; }
{
  echo "errors=$(count errors)"
  echo "warnings=$(count warnings)"
  echo "sarif=$sarif"
  echo "markdown=$dir/lambdaquota.md"
} >>"$GITHUB_OUTPUT"
exit "$status"
