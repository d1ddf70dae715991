#!/usr/bin/env bash
# Prints "PATH VERSION" of the newest supported Terraform or OpenTofu on PATH,
# or nothing. Supported: Terraform >= 1.0, OpenTofu >= 1.6 (data sources).
# With --functions, only CLIs that run provider-defined functions count:
# Terraform >= 1.8, OpenTofu >= 1.7.
#
# Usage: scripts/find-cli.sh [--functions] [terraform|tofu]
set -euo pipefail
. "$(dirname "$0")/lib.sh"
functions=false
if [ "${1:-}" = --functions ]; then functions=true; shift; fi
names=${1:-"terraform tofu"}

# version_of BIN: the x.y.z its `version` command prints first, or nothing.
version_of() {
  local line
  line=$(cli_version "$1")
  printf '%s\n' "$line" | sed -n 's/^[A-Za-z]* v\([0-9]*\.[0-9]*\.[0-9]*\).*/\1/p'
}

# at_least A B: A >= B, for x.y.z versions.
at_least() {
  local sorted
  sorted=$(printf '%s\n%s\n' "$1" "$2" | sort -V)
  [ "${sorted%%$'\n'*}" = "$2" ]
}

best="" best_version=""
for name in $names; do
  bin=$(command -v "$name" 2>/dev/null) || continue
  v=$(version_of "$bin")
  [ -n "$v" ] || continue
  case "$name" in
    terraform) min=1.0.0; $functions && min=1.8.0 ;;
    tofu) min=1.6.0; $functions && min=1.7.0 ;;
    *) continue ;;
  esac
  at_least "$v" "$min" || continue
  if [ -z "$best" ] || at_least "$v" "$best_version"; then
    best=$bin best_version=$v
  fi
done
[ -z "$best" ] || echo "$best $best_version"
