#!/usr/bin/env bash
# Account snapshot benchmark: a Region of 50,000 Lambda ENIs in 200 VPCs and
# 5,000 functions (ENIS, VPCS, FUNCTIONS), as the AWS CLI prints them.
#  1. Reading it: lambdaquota check --account over a plan with nothing to
#     check, against jq . > /dev/null over the same files (the baseline: a
#     JSON parser that reads every byte), in CPU time and peak memory, best
#     of RUNS, as ratios.
#  2. The provider: ten lambdaquota_account_snapshot data sources naming
#     one snapshot, against one, in the provider's CPU time and peak memory,
#     as ratios (a provider process reads a snapshot once), with the
#     Terraform >= 1.8 on PATH or else OpenTofu TOFU_VERSION.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."
enis=${ENIS:-50000}
vpcs=${VPCS:-200}
functions=${FUNCTIONS:-5000}
runs=${RUNS:-3}
command -v jq >/dev/null || { echo "bench-snapshot: jq is needed (apt-get install jq)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
snap="$work/snapshot"
mkdir -p "$snap"

awk -v n="$enis" -v v="$vpcs" 'BEGIN {
  print "{\n    \"NetworkInterfaces\": ["
  for (i = 0; i < n; i++) {
    printf "        {\n            \"AvailabilityZone\": \"us-east-1a\",\n            \"Description\": \"AWS Lambda VPC ENI-fn-%d-%08x\",\n", i, i
    printf "            \"Groups\": [{\"GroupName\": \"lambda\", \"GroupId\": \"sg-%017d\"}],\n", i % 50
    printf "            \"InterfaceType\": \"lambda\",\n            \"NetworkInterfaceId\": \"eni-%017d\",\n", i
    printf "            \"OwnerId\": \"123456789012\",\n            \"RequesterManaged\": true,\n            \"Status\": \"in-use\",\n"
    printf "            \"SubnetId\": \"subnet-%017d\",\n            \"VpcId\": \"vpc-%017d\"\n        }%s\n", (i % v) * 100 + i % 37, i % v, (i < n - 1 ? "," : "")
  }
  print "    ]\n}"
}' >"$snap/network-interfaces.json"
awk -v n="$functions" 'BEGIN {
  print "{\n    \"Functions\": ["
  for (i = 0; i < n; i++) {
    printf "        {\n            \"FunctionName\": \"fn-%d\",\n            \"FunctionArn\": \"arn:aws:lambda:us-east-1:123456789012:function:fn-%d\",\n", i, i
    printf "            \"Runtime\": \"python3.13\",\n            \"CodeSize\": %d,\n            \"MemorySize\": 512,\n            \"Version\": \"$LATEST\",\n", 1000 + i
    printf "            \"VpcConfig\": {\"SubnetIds\": [], \"SecurityGroupIds\": [], \"VpcId\": \"\"}\n        }%s\n", (i < n - 1 ? "," : "")
  }
  print "    ]\n}"
}' >"$snap/functions.json"
cat >"$snap/account-settings.json" <<'JSON'
{"AccountLimit": {"TotalCodeSize": 80530636800, "CodeSizeUnzipped": 262144000, "CodeSizeZipped": 52428800, "ConcurrentExecutions": 1000, "UnreservedConcurrentExecutions": 900},
 "AccountUsage": {"TotalCodeSize": 1073741824, "FunctionCount": 5000}}
JSON
echo '{"format_version":"1.2","resource_changes":[]}' >"$work/plan.json"
go build -o "$work/lambdaquota" ./cmd/lambdaquota

# best PATTERN CMD...: the least CPU time (ms) and peak RSS (KiB), over RUNS
# runs, of the processes matching PATTERN while CMD runs, its output dropped.
best() {
  local pattern=$1 cpu=0 rss=0 i p c
  shift
  for ((i = 0; i < runs; i++)); do
    read -r p c <<<"$(scripts/peak-rss.sh "$pattern" sh -c '"$@" >/dev/null 2>&1' sh "$@")"
    if [ "$cpu" -eq 0 ] || [ "$c" -lt "$cpu" ]; then cpu=$c; fi
    if [ "$rss" -eq 0 ] || [ "$p" -lt "$rss" ]; then rss=$p; fi
  done
  echo "$cpu $rss"
}
size=$(du -sk "$snap" | cut -f1)
echo "## Reading a snapshot of $enis ENIs in $vpcs VPCs and $functions functions ($((size / 1024)) MiB), best of $runs"
read -r jq_cpu jq_rss <<<"$(best "^jq " jq . "$snap/network-interfaces.json" "$snap/functions.json" "$snap/account-settings.json")"
read -r lq_cpu lq_rss <<<"$(best "^$work/lambdaquota " "$work/lambdaquota" check --account "$snap" "$work/plan.json")"
echo "| | CPU | peak memory |"
echo "|---|---|---|"
printf '| jq . > /dev/null | %d ms | %d MiB |\n' "$jq_cpu" "$((jq_rss / 1024))"
printf '| lambdaquota check --account | %d ms | %d MiB |\n' "$lq_cpu" "$((lq_rss / 1024))"
awk -v a="$lq_cpu" -v b="$jq_cpu" -v c="$lq_rss" -v d="$jq_rss" 'BEGIN { printf "| ratio | %.2fx | %.2fx |\n", a / b, c / d }'

scripts/dev-overrides.sh "$work" >/dev/null
export TF_CLI_CONFIG_FILE="$work/cli.tfrc" TF_IN_AUTOMATION=1
if found=$(scripts/find-cli.sh --functions) && [ -n "$found" ]; then
  cli=${found% *}
else
  cli=$(scripts/cli.sh tofu "${TOFU_VERSION:-1.12.6}")
fi
for n in 1 10; do
  mkdir -p "$work/ds-$n"
  {
    printf 'terraform {\n  required_providers {\n    lambdaquota = {\n      source = "lambdaquota/lambdaquota"\n    }\n  }\n}\n'
    for ((i = 0; i < n; i++)); do
      printf 'data "lambdaquota_account_snapshot" "s%d" {\n  path   = "%s"\n  region = "us-east-1"\n}\n' "$i" "$snap"
    done
  } >"$work/ds-$n/main.tf"
done
read -r one_cpu one_rss <<<"$(best "$work/bin/terraform-provider-lambdaquota" sh -c 'cd "$1" && "$2" plan -input=false -no-color' sh "$work/ds-1" "$cli")"
read -r ten_cpu ten_rss <<<"$(best "$work/bin/terraform-provider-lambdaquota" sh -c 'cd "$1" && "$2" plan -input=false -no-color' sh "$work/ds-10" "$cli")"
echo
echo "## The provider, $(cli_version "$cli"): data sources naming the snapshot, best of $runs"
echo "| data sources | provider CPU | provider peak memory |"
echo "|---|---|---|"
printf '| 1 | %d ms | %d MiB |\n' "$one_cpu" "$((one_rss / 1024))"
printf '| 10 | %d ms | %d MiB |\n' "$ten_cpu" "$((ten_rss / 1024))"
awk -v a="$ten_cpu" -v b="$one_cpu" -v c="$ten_rss" -v d="$one_rss" 'BEGIN { printf "| ratio | %.2fx | %.2fx |\n", a / b, c / d }'
