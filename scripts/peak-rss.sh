#!/usr/bin/env bash
# Runs a command and prints, for the processes whose command line matches
# PATTERN while it runs (such as the provider a CLI starts), their peak RSS
# (VmHWM) in KiB and the CPU time they used in milliseconds, as "KIB MS";
# the command's own exit status is returned. CPU is sampled every 20 ms, so
# up to 20 ms of a process's last moments may be missed.
# Usage: scripts/peak-rss.sh PATTERN CMD [ARG...]
set -uo pipefail
pattern=${1:?usage: peak-rss.sh PATTERN CMD [ARG...]}
shift
tick_ms=$((1000 / $(getconf CLK_TCK)))
peak=0
declare -A cpu=()
"$@" &
p=$!
while kill -0 "$p" 2>/dev/null; do
  for pid in $(pgrep -f "$pattern" || true); do
    hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
    if [ "${hwm:-0}" -gt "$peak" ]; then peak=$hwm; fi
    # utime and stime are fields 14 and 15 of /proc/PID/stat, after the
    # command name, which may hold spaces, in parentheses.
    ticks=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 }')
    if [ -n "$ticks" ]; then cpu[$pid]=$ticks; fi
  done
  sleep 0.02
done
wait "$p"
status=$?
total=0
for pid in "${!cpu[@]}"; do total=$((total + cpu[$pid])); done
echo "$peak $((total * tick_ms))"
exit "$status"
