#!/usr/bin/env bash
# Times InspectZip on a 20,000-entry archive and, as the baseline in the same
# run, Debian's `unzip -Z -t` (which also reads only the central directory).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v unzip >/dev/null || { apt-get update -qq && apt-get install -y -qq unzip >/dev/null; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=20
go run ./internal/cmd/zipbench -zip "$work/bench.zip" -entries 20000 -runs "$runs" | tee "$work/ours.txt"
start=$(date +%s%N)
for _ in $(seq "$runs"); do unzip -Z -t "$work/bench.zip" >/dev/null; done
end=$(date +%s%N)
unzip_ms=$(awk -v ns="$((end - start))" -v n="$runs" 'BEGIN { printf "%.3f", ns / 1e6 / n }')
ours_ms=$(sed -n 's/.*, \([0-9.]*\) ms per inspection/\1/p' "$work/ours.txt")
echo "unzip -Z -t: $unzip_ms ms per run (process start included)"
awk -v u="$unzip_ms" -v o="$ours_ms" 'BEGIN { printf "ratio unzip / InspectZip: %.1fx\n", u / o }'
