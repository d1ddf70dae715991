#!/usr/bin/env bash
# Builds the provider, points a CLI at the build with dev_overrides (no
# registry involved), and plans the two configurations in examples/demo: one
# the provider accepts, one it rejects. Then runs lambdaquota check on the
# saved plan of examples/saved-plan, a stack that declares no checks. Exits
# non-zero if any outcome is not the expected one.
#
# The CLI: the one named by CLI (tofu, terraform, or a path), else the newest
# supported Terraform or OpenTofu on PATH, else OpenTofu TOFU_VERSION built
# from the Go module proxy (minutes, once; scripts/cli.sh caches it).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."

tofu_version=${TOFU_VERSION:-1.12.6}
case "${CLI:-}" in
  "")
    found=$(scripts/find-cli.sh)
    if [ -n "$found" ]; then
      cli=${found% *}
    else
      echo "demo: no Terraform >= 1.0 or OpenTofu >= 1.6 on PATH, so OpenTofu $tofu_version is built from the Go module proxy first;" >&2
      echo "demo: that takes 5 to 15 minutes on 2 cores, once (cached under ~/.cache/terraform-provider-lambdaquota)." >&2
      cli=$(scripts/cli.sh tofu "$tofu_version")
    fi
    ;;
  */*) cli=$CLI ;;
  tofu) cli=$(command -v tofu || scripts/cli.sh tofu "$tofu_version") ;;
  terraform) cli=$(command -v terraform || scripts/cli.sh terraform "${TERRAFORM_VERSION:-1.5.7}") ;;
  *) echo "demo: CLI must be tofu, terraform or a path to one, got '$CLI'" >&2; exit 2 ;;
esac
echo "demo: planning with $(cli_version "$cli") ($cli)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

scripts/dev-overrides.sh "$work"
export TF_CLI_CONFIG_FILE="$work/cli.tfrc" TF_IN_AUTOMATION=1

plan() {
  cp -r "examples/demo/$1" "$work/$1"
  local status=0
  (cd "$work/$1" && "$cli" plan -input=false -no-color -compact-warnings) 2>&1 | tee "$work/$1.log" || status=$?
  return "$status"
}

echo "== examples/demo/accepted: a function that fits every Lambda quota"
if ! plan accepted; then
  echo "demo: the accepted configuration was rejected" >&2
  exit 1
fi
echo
echo "== examples/demo/rejected: 4,097 bytes of environment variables, 6 layers and a 251st ENI in the VPC"
if plan rejected; then
  echo "demo: the rejected configuration was accepted" >&2
  exit 1
fi
for want in "Lambda Environment Variables Too Large" "Too Many Lambda Layers" "Too Many Network Interfaces in VPC"; do
  grep -q "$want" "$work/rejected.log" || { echo "demo: the rejected plan did not report: $want" >&2; exit 1; }
done
echo
echo "demo: the first plan passed; the second failed with the three quota errors above"
echo
echo "== examples/saved-plan: lambdaquota check on the saved plan of a stack that declares no checks at all"
go build -o "$work/lambdaquota" ./cmd/lambdaquota
status=0
"$work/lambdaquota" check --chdir examples/saved-plan examples/saved-plan/plan.json | tee "$work/check.log" || status=$?
if [ "$status" -ne 1 ] || ! grep -q "^7 errors" "$work/check.log"; then
  echo "demo: lambdaquota check should have exited 1 with 7 errors, got status $status" >&2
  exit 1
fi
echo
echo "demo: the saved plan was checked without changing its configuration; see examples/saved-plan/README.md"
