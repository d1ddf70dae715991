#!/usr/bin/env bash
# Builds the provider into DIR/bin and writes DIR/cli.tfrc, a CLI
# configuration whose dev_overrides point lambdaquota/lambdaquota at it.
# Usage: scripts/dev-overrides.sh DIR
set -euo pipefail
dir=${1:?usage: dev-overrides.sh DIR}
cd "$(dirname "$0")/.."
go build -o "$dir/bin/terraform-provider-lambdaquota" .
cat >"$dir/cli.tfrc" <<TFRC
provider_installation {
  dev_overrides {
    "lambdaquota/lambdaquota" = "$dir/bin"
  }
  direct {}
}
TFRC
