#!/usr/bin/env bash
# Regenerates docs/ with tfplugindocs. The provider schema, functions
# included, is read through the newest Terraform >= 1.8 or OpenTofu >= 1.7 on
# PATH (OpenTofu is built by scripts/cli.sh only when there is none), with a
# dev_overrides configuration, and handed to tfplugindocs as a file, so
# tfplugindocs never looks for or downloads a Terraform binary. tfplugindocs
# comes from the tools module, out of the provider's requirements.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

found=$(scripts/find-cli.sh --functions)
if [ -n "$found" ]; then
  cli=${found% *}
else
  cli=$(scripts/cli.sh tofu "${TOFU_VERSION:-1.12.6}")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

scripts/dev-overrides.sh "$work"
mkdir "$work/config"
cat >"$work/config/main.tf" <<'TF'
terraform {
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}
TF
(cd "$work/config" && TF_CLI_CONFIG_FILE="$work/cli.tfrc" "$cli" providers schema -json) |
  sed -E 's#"registry\.(opentofu\.org|terraform\.io)/lambdaquota/lambdaquota"#"lambdaquota"#' >"$work/schema.json"

go run ./internal/cmd/quotadoc >templates/guides/quota-reference.md.tmpl
go run ./internal/cmd/quotadoc -index templates/index.md.tmpl
go run ./internal/cmd/quotadoc -lint templates/guides/tflint.md.tmpl

go -C tools tool tfplugindocs generate \
  --provider-dir "$root" \
  --provider-name lambdaquota \
  --rendered-provider-name lambdaquota \
  --providers-schema "$work/schema.json"
