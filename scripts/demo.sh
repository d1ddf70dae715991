#!/usr/bin/env bash
# Builds the provider, points a CLI at the build with dev_overrides (no
# registry involved), and plans the two configurations in examples/demo: one
# the provider accepts, one it rejects. Exits non-zero if either outcome is
# not the expected one.
set -euo pipefail
cd "$(dirname "$0")/.."

cli=$(scripts/cli.sh tofu "${1:-1.12.6}")
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
