#!/usr/bin/env bash
# Regenerates docs/ with tfplugindocs. The provider schema is read through the
# local OpenTofu build (scripts/cli.sh) with a dev_overrides configuration and
# handed to tfplugindocs as a file, so tfplugindocs never looks for or
# downloads a Terraform binary.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

cli=$(scripts/cli.sh tofu "${TOFU_VERSION:-1.12.6}")
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
  sed 's#"registry.opentofu.org/lambdaquota/lambdaquota"#"lambdaquota"#' >"$work/schema.json"

go run ./internal/cmd/quotadoc >templates/guides/quota-reference.md.tmpl
go run ./internal/cmd/quotadoc -index templates/index.md.tmpl

go run github.com/hashicorp/terraform-plugin-docs/cmd/tfplugindocs generate \
  --provider-dir "$root" \
  --provider-name lambdaquota \
  --rendered-provider-name lambdaquota \
  --providers-schema "$work/schema.json"
