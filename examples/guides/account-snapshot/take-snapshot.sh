#!/usr/bin/env bash
# Takes an account snapshot for lambdaquota: the --output json of five
# read-only AWS CLI commands, in the folder given (default: snapshot), for the
# account and Region of the AWS CLI's credentials and AWS_REGION.
set -euo pipefail
out=${1:-snapshot}
mkdir -p "$out"
aws lambda get-account-settings --output json > "$out/account-settings.json"
aws service-quotas list-service-quotas --service-code lambda --output json > "$out/service-quotas.json"
aws ec2 describe-network-interfaces --filters Name=interface-type,Values=lambda --output json > "$out/network-interfaces.json"
aws lambda list-functions --output json > "$out/functions.json"
# One describe-mount-targets per file system, one after another in one file;
# none without file systems.
rm -f "$out/mount-targets.json"
for fs in $(aws efs describe-file-systems --query 'FileSystems[].FileSystemId' --output text); do
  aws efs describe-mount-targets --file-system-id "$fs" --output json >> "$out/mount-targets.json"
done
