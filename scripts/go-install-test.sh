#!/usr/bin/env bash
# Proves that both commands install with go install MODULE/cmd/...@VERSION
# from a clean module cache, as the README says: this checkout's HEAD is
# served as version v0.0.0-goinstall from a file proxy (the Go module proxy
# serves every dependency), installed into empty GOMODCACHE and GOBIN, and
# the binaries must report that version. A replace directive, a dependency
# the proxy does not serve or a build that needs the checkout fails it.
set -euo pipefail
cd "$(dirname "$0")/.."
module=$(go list -m)
version=v0.0.0-goinstall
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT

go run ./internal/cmd/modzip -version "$version" -proxy "$work/proxy"

proxy=$(go env GOPROXY)
echo "go install of $module@$version from a clean module cache"
env GOFLAGS= GOMODCACHE="$work/modcache" GOBIN="$work/bin" GOPROXY="file://$work/proxy,$proxy" \
  GONOSUMDB="$module" GOWORK=off \
  go install "$module/cmd/lambdaquota@$version" "$module/cmd/tflint-ruleset-lambdaquota@$version"
got=$("$work/bin/lambdaquota" version)
[ "$got" = "lambdaquota $version" ] || { echo "lambdaquota version says \"$got\", want \"lambdaquota $version\"" >&2; exit 1; }
# Read the whole output first: grep -q would stop reading early (lib.sh).
info=$(go version -m "$work/bin/tflint-ruleset-lambdaquota")
grep -q "mod[[:space:]]*${module}[[:space:]]*${version}" <<<"$info" ||
  { echo "tflint-ruleset-lambdaquota was not built from $module@$version" >&2; exit 1; }
echo "ok: lambdaquota and tflint-ruleset-lambdaquota $version"
