#!/usr/bin/env bash
# Plan-overhead benchmark: plans a fleet of N Lambda functions (terraform_data
# resources whose input has aws_lambda_function's shape) six ways, on each
# CLI, and prints one table per CLI of the best wall time of RUNS plans as a
# ratio to the plan without checks, with the provider's peak RSS and CPU time:
#   base:            the resources alone
#   data source:     plus one lambdaquota_function data source per function
#   postcondition:   plus a check_function(self.input) postcondition on each
#   built-in cond:   plus a built-in postcondition on each (what any condition costs the CLI)
#   check_functions: plus one precondition calling check_functions over the fleet
#   functions ds:    plus one lambdaquota_functions data source over the fleet
#   fleet built-in:  plus one precondition with a built-in function over the same
#                    collection as check_functions: what the CLI itself spends on it
# CLIs: OpenTofu TOFU_VERSION, and the Terraform >= 1.8 on PATH when there is one.
# Sizes: SIZES (default "100 1000"); runs: RUNS (default 3); VARIANTS picks some
# of: base data postcondition cond fleet fleetds fleetcond (base is always run).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
sizes=${SIZES:-100 1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scripts/dev-overrides.sh "$work"
export TF_CLI_CONFIG_FILE="$work/cli.tfrc" TF_IN_AUTOMATION=1

clis=("$(scripts/cli.sh tofu "${TOFU_VERSION:-1.12.6}")")
if found=$(scripts/find-cli.sh --functions terraform) && [ -n "$found" ]; then
  clis+=("${found% *}")
else
  echo "bench-plan: no Terraform >= 1.8 on PATH, so only OpenTofu is measured"
fi

write_config() { # dir count variant
  local dir=$1 n=$2 variant=$3
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
  functions = {
    for i in range($n) : "fn-\${i}" => {
      function_name = "fn-\${i}"
      memory_size   = 512 + i % 512
      timeout       = 30
      handler       = "app.handler"
      layers        = ["arn:aws:lambda:eu-west-1:123456789012:layer:deps:\${i % 5}"]
      environment   = [{ variables = { TABLE = "table-\${i}", LOG_LEVEL = "info", QUEUE = "https://sqs.eu-west-1.amazonaws.com/123456789012/q-\${i}" } }]
      vpc_config    = [{ subnet_ids = ["subnet-\${i % 3}", "subnet-\${(i + 1) % 3}"], security_group_ids = ["sg-\${i % 7}"] }]
    }
  }
  flat = {
    for k, f in local.functions : k => {
      function_name         = f.function_name
      memory_size           = f.memory_size
      timeout               = f.timeout
      handler               = f.handler
      layers                = f.layers
      environment_variables = f.environment[0].variables
      subnet_ids            = f.vpc_config[0].subnet_ids
      security_group_ids    = f.vpc_config[0].security_group_ids
    }
  }
}
TF
  local condition=""
  case "$variant" in
    postcondition) condition='provider::lambdaquota::check_function(self.input)' ;;
    cond) condition='length(self.input.layers) <= 5' ;;
  esac
  if [ -n "$condition" ]; then
    cat >>"$dir/main.tf" <<TF

resource "terraform_data" "fn" {
  for_each = local.functions
  input    = each.value
  lifecycle {
    postcondition {
      condition     = $condition
      error_message = "over a Lambda quota"
    }
  }
}
TF
  else
    cat >>"$dir/main.tf" <<'TF'

resource "terraform_data" "fn" {
  for_each = local.functions
  input    = each.value
}
TF
  fi
  case "$variant" in
    data)
      cat >>"$dir/main.tf" <<'TF'

data "lambdaquota_function" "fn" {
  for_each              = local.flat
  function_name         = each.value.function_name
  memory_size           = each.value.memory_size
  timeout               = each.value.timeout
  handler               = each.value.handler
  layers                = each.value.layers
  environment_variables = each.value.environment_variables
  subnet_ids            = each.value.subnet_ids
  security_group_ids    = each.value.security_group_ids
}
TF
      ;;
    fleet)
      cat >>"$dir/main.tf" <<'TF'

resource "terraform_data" "fleet_check" {
  lifecycle {
    precondition {
      condition     = provider::lambdaquota::check_functions({ for k, r in terraform_data.fn : k => r.input })
      error_message = "The fleet breaks a Lambda quota."
    }
  }
}
TF
      ;;
    fleetcond)
      cat >>"$dir/main.tf" <<'TF'

resource "terraform_data" "fleet_check" {
  lifecycle {
    precondition {
      condition     = length({ for k, r in terraform_data.fn : k => r.input }) > 0
      error_message = "The fleet is empty."
    }
  }
}
TF
      ;;
    fleetds)
      cat >>"$dir/main.tf" <<'TF'

data "lambdaquota_functions" "fleet" {
  functions = local.flat
}
TF
      ;;
  esac
}

# plan DIR; provider_use runs the same command under scripts/peak-rss.sh.
plan() { (cd "$1" && "$cli" plan -input=false -refresh=false -lock=false >/dev/null); }

# best_plan DIR: the best wall time of $runs plans, in seconds.
best_plan() {
  local best="" start end t
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    plan "$1"
    end=$(date +%s%N)
    t=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
  done
  awk -v ms="$best" 'BEGIN { printf "%.2f", ms / 1000 }'
}

# provider_use DIR: plans once and prints the provider's peak RSS in MiB
# and the CPU time it used, in seconds: its own part of the plan.
provider_use() {
  local kb ms
  read -r kb ms < <(scripts/peak-rss.sh "$work/bin/terraform-provider-lambdaquota" \
    sh -c 'cd "$1" && "$2" plan -input=false -refresh=false -lock=false >/dev/null' sh "$1" "$cli")
  awk -v kb="$kb" -v ms="$ms" 'BEGIN { printf "%.0f MiB, %.2f s CPU", kb / 1024, ms / 1000 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }

read -r -a variants <<<"base ${VARIANTS:-data postcondition cond fleet fleetds fleetcond}"
for cli in "${clis[@]}"; do
  echo
  echo "## $(cli_version "$cli"), best of $runs plans, as a ratio to base (provider peak RSS, provider CPU)"
  echo
  echo "| functions | base | data source per function | check_function postcondition per function | built-in postcondition per function | one check_functions | one lambdaquota_functions | one built-in fleet precondition |"
  echo "|---|---|---|---|---|---|---|---|"
  for n in $sizes; do
    declare -A t=() rss=()
    for v in "${variants[@]}"; do
      dir="$work/$(basename "$cli")-$v-$n"
      write_config "$dir" "$n" "$v"
      plan "$dir" # warm up
      t[$v]=$(best_plan "$dir")
      rss[$v]=$(provider_use "$dir")
    done
    row="| $n | ${t[base]} s (${rss[base]})"
    for v in data postcondition cond fleet fleetds fleetcond; do
      if [ -n "${t[$v]:-}" ]; then
        row+=" | $(ratio "${t[$v]}" "${t[base]}") (${rss[$v]})"
      else
        row+=" | -"
      fi
    done
    echo "$row |"
  done
done
