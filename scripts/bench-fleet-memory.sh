#!/usr/bin/env bash
# Provider memory at fleet scale: plans one functions_violations call over a
# fleet of N functions held in a local value (no resources, so the CLI's own
# cost stays small), with the Terraform >= 1.8 on PATH or else OpenTofu
# TOFU_VERSION, and prints the plan's wall time and the provider's peak RSS
# (VmHWM). Sizes: SIZES (default "1000 10000").
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."
sizes=${SIZES:-1000 10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scripts/dev-overrides.sh "$work"
export TF_CLI_CONFIG_FILE="$work/cli.tfrc" TF_IN_AUTOMATION=1
if found=$(scripts/find-cli.sh --functions) && [ -n "$found" ]; then
  cli=${found% *}
else
  cli=$(scripts/cli.sh tofu "${TOFU_VERSION:-1.12.6}")
fi
echo "## $(cli_version "$cli"): one functions_violations call over a local fleet"
echo
echo "| functions | plan | provider peak RSS | provider CPU |"
echo "|---|---|---|---|"
for n in $sizes; do
  dir="$work/fleet-$n"
  mkdir -p "$dir"
  cat >"$dir/main.tf" <<TF
terraform {
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

locals {
  # range() makes at most 1024 values: build the fleet in blocks of 1000.
  fleet = merge([for a in range(ceil($n / 1000)) : { for b in range(min(1000, $n - a * 1000)) : format("fn-%06d", a * 1000 + b) => {
    function_name         = format("fn-%06d", a * 1000 + b)
    memory_size           = 512
    timeout               = 30
    environment_variables = { TABLE = "orders", LOG_LEVEL = "info" }
    subnet_ids            = ["subnet-\${b % 10}"]
    security_group_ids    = ["sg-\${a}-\${b}"]
  } }]...)
}

output "violations" {
  value = length(provider::lambdaquota::functions_violations(local.fleet, { quotas = { enis_per_vpc = 1000000 } }))
}
TF
  start=$(date +%s%N)
  use=$(scripts/peak-rss.sh "$work/bin/terraform-provider-lambdaquota" \
    sh -c 'cd "$1" && "$2" plan -input=false -no-color >log 2>&1' sh "$dir" "$cli") || { tail -n 20 "$dir/log"; exit 1; }
  read -r peak cpu_ms <<<"$use"
  end=$(date +%s%N)
  grep -q 'violations = 0' "$dir/log" || { echo "bench-fleet-memory: the fleet should fit" >&2; tail -n 20 "$dir/log"; exit 1; }
  awk -v n="$n" -v ms=$(( (end - start) / 1000000 )) -v kb="$peak" -v cpu="$cpu_ms" \
    'BEGIN { printf "| %d | %.1f s | %.0f MiB | %.2f s |\n", n, ms / 1000, kb / 1024, cpu / 1000 }'
done
