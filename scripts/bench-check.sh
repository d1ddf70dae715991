#!/usr/bin/env bash
# Saved-plan checker benchmark: plans N resources (N/2 aws_lambda_function
# and one aws_lambda_permission each, in instances of a module, with the
# test-only AWS-shaped provider), then times, in the same run, the CLI writing the plan's JSON
# (show -json) and lambdaquota check reading and checking it, best of RUNS,
# with the checker's peak RSS against the file's size.
# CLIs: OpenTofu TOFU_VERSION, and the Terraform on PATH when there is one;
# CLIS=tofu measures OpenTofu alone.
# Sizes: SIZES (default "10000"); runs: RUNS (default 3); PLANS=DIR keeps
# the plans' JSON there.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
sizes=${SIZES:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scripts/dev-overrides.sh --aws "$work"
go build -o "$work/lambdaquota" ./cmd/lambdaquota
export TF_CLI_CONFIG_FILE="$work/cli.tfrc" TF_IN_AUTOMATION=1

clis=("$(scripts/cli.sh tofu "${TOFU_VERSION:-1.12.6}")")
if [ "${CLIS:-}" != tofu ] && found=$(scripts/find-cli.sh terraform) && [ -n "$found" ]; then
  clis+=("${found% *}")
fi

# The resources are spread over instances of a module, 100 functions and
# 100 permissions each: the CLIs' plan time grows with the square of one
# resource block's instances, and the plan is only the input here.
write_config() { # dir resources
  mkdir -p "$1/shard"
  cat >"$1/main.tf" <<TF
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

module "shard" {
  source    = "./shard"
  for_each  = toset([for i in range(ceil($2 / 200)) : tostring(i)])
  shard     = each.key
  functions = 100
}
TF
  cat >"$1/shard/main.tf" <<'TF'
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "shard" {
  type = string
}

variable "functions" {
  type = number
}

locals {
  names = toset([for i in range(var.functions) : format("fn-%s-%04d", var.shard, i)])
}

resource "aws_lambda_function" "fn" {
  for_each      = local.names
  function_name = each.key
  s3_bucket     = "artifacts"
  handler       = "index.handler"
  memory_size   = 512
  timeout       = 30

  environment {
    variables = { TABLE = "orders-${each.key}", LOG_LEVEL = "info" }
  }

  vpc_config {
    subnet_ids         = ["subnet-bench-${tonumber(var.shard) % 10}"]
    security_group_ids = ["sg-${each.key}"]
  }
}

resource "aws_lambda_permission" "fn" {
  for_each      = local.names
  statement_id  = "AllowS3"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.fn[each.key].function_name
  principal     = "s3.amazonaws.com"
  source_arn    = "arn:aws:s3:::bucket-${each.key}"
}
TF
}

# best DIR CMD...: the best wall time of $runs runs, in seconds.
best() {
  local dir=$1 b="" start end t
  shift
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    (cd "$dir" && "$@" >"$dir/out" || [ $? -le 1 ])
    end=$(date +%s%N)
    t=$(( (end - start) / 1000000 ))
    if [ -z "$b" ] || [ "$t" -lt "$b" ]; then b=$t; fi
  done
  awk -v ms="$b" 'BEGIN { printf "%.2f", ms / 1000 }'
}

for cli in "${clis[@]}"; do
  echo
  echo "## $(cli_version "$cli"), best of $runs"
  echo
  echo "| resources | plan JSON | show -json | lambdaquota check | check / show | check peak RSS | RSS / file |"
  echo "|---|---|---|---|---|---|---|"
  for n in $sizes; do
    dir="$work/$(basename "$cli")-$n"
    write_config "$dir" "$n"
    (cd "$dir" && "$cli" get >/dev/null && "$cli" plan -input=false -lock=false -out=tfplan >/dev/null)
    show=$(best "$dir" "$cli" show -json tfplan)
    cp "$dir/out" "$dir/plan.json"
    if [ -n "${PLANS:-}" ]; then mkdir -p "$PLANS" && cp "$dir/plan.json" "$PLANS/$(basename "$cli")-$n.json"; fi
    check=$(best "$dir" "$work/lambdaquota" check --format json plan.json)
    bytes=$(stat -c %s "$dir/plan.json")
    # The check exits 1 on violations, which the fleet has: its VPCs are full.
    rss_kb=$( (cd "$dir" && /usr/bin/time -f %M "$work/lambdaquota" check --format json plan.json >/dev/null || true) 2>&1 | tail -n1)
    awk -v n="$n" -v bytes="$bytes" -v show="$show" -v check="$check" -v rss="$rss_kb" 'BEGIN {
      printf "| %d | %.1f MiB | %.2f s | %.2f s | %.2fx | %.0f MiB | %.2fx |\n",
        n, bytes / 1048576, show, check, check / show, rss / 1024, rss * 1024 / bytes }'
  done
done
