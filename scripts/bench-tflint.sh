#!/usr/bin/env bash
# TFLint ruleset benchmark: TFLint TFLINT_VERSION over 1,000 functions, as
# users run it (its bundled terraform ruleset on), with the lambdaquota plugin
# disabled (the baseline) and enabled, in the same run, best of RUNS each, as
# the ratio of the two; and, beside it, a plugin that checks nothing
# (internal/cmd/tflintfloor): what TFLint costs for calling any plugin, once
# per module and per instance of a called module, which no plugin avoids. Values written as literals in
# one file (the goal: at most 1.25x), in 10 and in 100 files, read from
# locals and from variables set in terraform.tfvars, in one file, and one
# function in a local module called with for_each over all of them.
# Functions: FUNCTIONS (default 1000); runs: RUNS (default 5).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."
functions=${FUNCTIONS:-1000}
runs=${RUNS:-5}
tflint=$(scripts/cli.sh tflint "${TFLINT_VERSION:-0.64.0}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/plugins"
go build -o "$work/plugins/tflint-ruleset-lambdaquota" ./cmd/tflint-ruleset-lambdaquota
go build -o "$work/plugins/tflint-ruleset-floor" ./internal/cmd/tflintfloor
export TFLINT_PLUGIN_DIR="$work/plugins"

# function N VALUES: one function; VALUES is literal, locals or variables.
function_block() {
  local i=$1
  local memory=512 env='"x"' subnets="[\"subnet-a\", \"subnet-$i\"]"
  case $2 in
    locals) memory="local.functions[\"f$i\"].memory" env="local.functions[\"f$i\"].level" subnets="local.functions[\"f$i\"].subnets" ;;
    variables) memory="var.functions[\"f$i\"].memory" env="var.functions[\"f$i\"].level" subnets="var.functions[\"f$i\"].subnets" ;;
  esac
  cat <<TF
resource "aws_lambda_function" "f$i" {
  function_name = "f$i"
  handler       = "index.handler"
  runtime       = "python3.13"
  memory_size   = $memory
  timeout       = 30
  environment {
    variables = { LEVEL = $env }
  }
  vpc_config {
    subnet_ids         = $subnets
    security_group_ids = ["sg-1"]
  }
}
TF
}

# values FORM: the functions' values as one HCL object, for a local or tfvars.
values() {
  local i
  echo "{"
  for ((i = 0; i < functions; i++)); do
    echo "  f$i = { memory = 512, level = \"x\", subnets = [\"subnet-a\", \"subnet-$i\"] }"
  done
  echo "}"
}

# module_fixture DIR: a module of one function, called once per function.
module_fixture() {
  local dir=$1
  mkdir -p "$dir/fn"
  cat >"$dir/fn/main.tf" <<'TF'
variable "name" {
  type = string
}

variable "memory" {
  type = number
}

variable "level" {
  type = string
}

variable "subnets" {
  type = list(string)
}

resource "aws_lambda_function" "this" {
  function_name = var.name
  handler       = "index.handler"
  runtime       = "python3.13"
  memory_size   = var.memory
  timeout       = 30
  environment {
    variables = { LEVEL = var.level }
  }
  vpc_config {
    subnet_ids         = var.subnets
    security_group_ids = ["sg-1"]
  }
}
TF
  { printf 'locals {\n  functions = '; values; printf '}\n'; } >"$dir/locals.tf"
  cat >"$dir/main.tf" <<'TF'
module "fn" {
  source   = "./fn"
  for_each = local.functions
  name     = each.key
  memory   = each.value.memory
  level    = each.value.level
  subnets  = each.value.subnets
}
TF
}

# fixture DIR VALUES FILES: the functions spread over FILES files.
fixture() {
  local dir=$1 form=$2 files=$3 i
  mkdir -p "$dir"
  if [ "$form" = module ]; then
    module_fixture "$dir"
    return
  fi
  for ((i = 0; i < functions; i++)); do
    function_block "$i" "$form" >>"$dir/functions-$((i % files)).tf"
  done
  case $form in
    locals) { printf 'locals {\n  functions = '; values; printf '}\n'; } >"$dir/locals.tf" ;;
    variables)
      printf 'variable "functions" {\n  type = map(object({ memory = number, level = string, subnets = list(string) }))\n}\n' >"$dir/variables.tf"
      { printf 'functions = '; values; } >"$dir/terraform.tfvars"
      ;;
  esac
}

config() { # lambdaquota|floor|none: the plugin enabled
  printf 'plugin "lambdaquota" {\n  enabled = %s\n}\n' "$([ "$1" = lambdaquota ] && echo true || echo false)"
  printf 'plugin "floor" {\n  enabled = %s\n}\n' "$([ "$1" = floor ] && echo true || echo false)"
}

# best DIR ENABLED: the best wall time of RUNS runs, in milliseconds.
best() {
  config "$2" >"$1/.tflint.hcl"
  local best=0 i start ms
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    (cd "$1" && "$tflint" --format compact >/dev/null) || [ $? -eq 2 ] || { echo "bench-tflint: tflint failed in $1" >&2; exit 1; }
    ms=$((($(date +%s%N) - start) / 1000000))
    if [ "$best" -eq 0 ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}

echo "TFLint $(first_line "$tflint" --version), $functions functions, best of $runs runs"
printf '%-26s %12s %12s %8s %12s %8s\n' "values" "without (ms)" "with (ms)" "ratio" "floor (ms)" "ratio"
for c in "literal 1" "literal 10" "literal 100" "locals 1" "variables 1" "module 1"; do
  read -r form files <<<"$c"
  dir="$work/$form-$files"
  fixture "$dir" "$form" "$files"
  without=$(best "$dir" none)
  with=$(best "$dir" lambdaquota)
  floor=$(best "$dir" floor)
  printf '%-26s %12d %12d %8s %12d %8s\n' "$form, $files file(s)" "$without" "$with" "$(awk -v a="$with" -v b="$without" 'BEGIN { printf "%.2fx", a / b }')" \
    "$floor" "$(awk -v a="$floor" -v b="$without" 'BEGIN { printf "%.2fx", a / b }')"
done
