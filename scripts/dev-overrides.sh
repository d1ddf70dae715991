#!/usr/bin/env bash
# Builds the provider into DIR/bin and writes DIR/cli.tfrc, a CLI
# configuration whose dev_overrides point lambdaquota/lambdaquota at it.
# With --aws, hashicorp/aws is also overridden, by the project's test-only
# AWS-shaped provider (internal/awstest, served by cmd/lambdaquota's test
# binary), for configurations written for the AWS provider.
# Usage: scripts/dev-overrides.sh [--aws] DIR
set -euo pipefail
aws=false
if [ "${1:-}" = "--aws" ]; then aws=true; shift; fi
dir=${1:?usage: dev-overrides.sh [--aws] DIR}
cd "$(dirname "$0")/.."
go build -o "$dir/bin/terraform-provider-lambdaquota" .
overrides="    \"lambdaquota/lambdaquota\" = \"$dir/bin\""
if $aws; then
  go test -c -o "$dir/bin/providers.test" ./cmd/lambdaquota
  printf '#!/bin/sh\nLAMBDAQUOTA_TEST_SERVE=aws exec "%s" "$@"\n' "$dir/bin/providers.test" >"$dir/bin/terraform-provider-aws"
  chmod +x "$dir/bin/terraform-provider-aws"
  overrides+=$'\n'"    \"hashicorp/aws\" = \"$dir/bin\""
fi
cat >"$dir/cli.tfrc" <<TFRC
provider_installation {
  dev_overrides {
$overrides
  }
  direct {}
}
TFRC
