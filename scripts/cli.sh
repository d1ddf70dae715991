#!/usr/bin/env bash
# Prints the path of a Terraform, OpenTofu or TFLint binary of the requested
# version. A binary on PATH is used when its version matches; otherwise the
# CLI is built from the Go module proxy into a cache folder (no release
# downloads: none are reachable).
#
# Usage: scripts/cli.sh tofu 1.12.6 | scripts/cli.sh terraform 1.5.7 | scripts/cli.sh tflint 0.64.0
#        scripts/cli.sh actionlint 1.7.12
set -euo pipefail
. "$(dirname "$0")/lib.sh"

name=${1:?usage: cli.sh tofu|terraform|tflint|actionlint VERSION}
version=${2:?usage: cli.sh tofu|terraform|tflint|actionlint VERSION}
cache=${LAMBDAQUOTA_CLI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/terraform-provider-lambdaquota/cli}
dest="$cache/$name-$version"
bin="$dest/$name"

log() { printf 'cli.sh: %s\n' "$*" >&2; }

if onpath=$(command -v "$name" 2>/dev/null); then
  # "Terraform v1.11.4", "OpenTofu v1.12.6", "TFLint version 0.64.0", "1.7.12"
  if [[ "$(cli_version "$onpath")" =~ (^|[v\ ])${version//./\\.}$ ]]; then
    echo "$onpath"
    exit 0
  fi
fi
if [ -x "$bin" ]; then
  echo "$bin"
  exit 0
fi

mkdir -p "$dest"
export GOFLAGS=-mod=mod
case "$name" in
  tofu)
    log "building OpenTofu $version from the Go module proxy (about 2 minutes)"
    dir=$(cd "$dest" && GOFLAGS="" go mod download -json "github.com/opentofu/opentofu@v$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
    [ -n "$dir" ] || { log "could not download github.com/opentofu/opentofu@v$version"; exit 1; }
    src="$dest/src"
    rm -rf "$src"
    cp -r "$dir" "$src"
    chmod -R u+w "$src"
    (cd "$src" && CGO_ENABLED=0 go build -trimpath -o "$bin.tmp" ./cmd/tofu)
    rm -rf "$src"
    ;;
  terraform | tflint | actionlint)
    case "$name" in
      terraform) module=github.com/hashicorp/terraform ;;
      tflint) module=github.com/terraform-linters/tflint ;;
      actionlint) module=github.com/rhysd/actionlint/cmd/actionlint ;;
    esac
    log "building $name $version from the Go module proxy"
    GOBIN="$dest/gobin" CGO_ENABLED=0 go install -trimpath "$module@v$version"
    mv "$dest/gobin/$name" "$bin.tmp"
    rm -rf "$dest/gobin"
    ;;
  *)
    log "unknown CLI '$name': want tofu, terraform, tflint or actionlint"
    exit 2
    ;;
esac
mv "$bin.tmp" "$bin"
echo "$bin"
