#!/usr/bin/env bash
# Plan-overhead benchmark: plans configurations of 10, 100 and 1,000 Lambda
# functions (terraform_data resources whose input has aws_lambda_function's
# shape) with OpenTofu, four ways:
#   base:     the resources alone
#   data:     plus a lambdaquota_function data source per function
#   cond:     plus a postcondition with a built-in expression, the cost of any
#             condition in OpenTofu, whoever evaluates it
#   function: plus a postcondition calling check_function(self.input)
# and prints the best wall time of RUNS plans for each, the ratios data/base
# and function/cond (the provider's own overhead), and the provider's peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
cli=$(scripts/cli.sh tofu "${TOFU_VERSION:-1.12.6}")
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scripts/dev-overrides.sh "$work"
export TF_CLI_CONFIG_FILE="$work/cli.tfrc" TF_IN_AUTOMATION=1

write_config() { # dir count variant
  local dir=$1 n=$2 variant=$3 condition=""
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
}
TF
  case "$variant" in
    data)
      cat >>"$dir/main.tf" <<'TF'

data "lambdaquota_function" "fn" {
  for_each              = local.functions
  function_name         = each.value.function_name
  memory_size           = each.value.memory_size
  timeout               = each.value.timeout
  handler               = each.value.handler
  layers                = each.value.layers
  environment_variables = each.value.environment[0].variables
  subnet_ids            = each.value.vpc_config[0].subnet_ids
  security_group_ids    = each.value.vpc_config[0].security_group_ids
}
TF
      ;;
    cond) condition='length(self.input.layers) <= 5' ;;
    function) condition='provider::lambdaquota::check_function(self.input)' ;;
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
}

# best_plan DIR: the best wall time of $runs plans, in seconds.
best_plan() {
  local best="" start end t
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    (cd "$1" && "$cli" plan -input=false -refresh=false -lock=false >/dev/null)
    end=$(date +%s%N)
    t=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
  done
  awk -v ms="$best" 'BEGIN { printf "%.3f", ms / 1000 }'
}

# peak_rss DIR: plans once and samples the provider's peak RSS (VmHWM), in MiB.
peak_rss() {
  local peak=0 hwm pid
  (cd "$1" && "$cli" plan -input=false -refresh=false -lock=false >/dev/null) &
  local plan=$!
  while kill -0 "$plan" 2>/dev/null; do
    for pid in $(pgrep -f "$work/bin/terraform-provider-lambdaquota" || true); do
      hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
      if [ "${hwm:-0}" -gt "$peak" ]; then peak=$hwm; fi
    done
    sleep 0.02
  done
  wait "$plan"
  awk -v kb="$peak" 'BEGIN { printf "%.1f", kb / 1024 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

printf '%-10s %-9s %-9s %-11s %-9s %-13s %-15s %s\n' functions "base (s)" "data (s)" "data/base" "cond (s)" "function (s)" "function/cond" "provider peak RSS (MiB)"
for n in 10 100 1000; do
  declare -A t=()
  for v in base data cond function; do
    write_config "$work/$v-$n" "$n" "$v"
    (cd "$work/$v-$n" && "$cli" plan -input=false -refresh=false -lock=false >/dev/null) # warm up
    t[$v]=$(best_plan "$work/$v-$n")
  done
  rss=$(peak_rss "$work/data-$n")
  rss_f=$(peak_rss "$work/function-$n")
  rss=$(awk -v a="$rss" -v b="$rss_f" 'BEGIN { print (a > b ? a : b) }')
  printf '%-10s %-9s %-9s %-11s %-9s %-13s %-15s %s\n' "$n" "${t[base]}" "${t[data]}" "$(ratio "${t[data]}" "${t[base]}")" \
    "${t[cond]}" "${t[function]}" "$(ratio "${t[function]}" "${t[cond]}")" "$rss"
done
