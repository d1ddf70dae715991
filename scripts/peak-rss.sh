#!/usr/bin/env bash
# Runs a command and prints the peak RSS (VmHWM), in KiB, of the processes
# whose command line matches PATTERN while it runs, such as the provider a
# CLI starts; the command's own exit status is returned.
# Usage: scripts/peak-rss.sh PATTERN CMD [ARG...]
set -uo pipefail
pattern=${1:?usage: peak-rss.sh PATTERN CMD [ARG...]}
shift
peak=0
"$@" &
p=$!
while kill -0 "$p" 2>/dev/null; do
  for pid in $(pgrep -f "$pattern" || true); do
    hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
    if [ "${hwm:-0}" -gt "$peak" ]; then peak=$hwm; fi
  done
  sleep 0.02
done
wait "$p"
status=$?
echo "$peak"
exit "$status"
