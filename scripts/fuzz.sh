#!/usr/bin/env bash
# Runs every fuzz target of the given packages for FUZZTIME each.
# New inputs are minimized for at most 5s, not the default 60s, so that a
# short run spends its time fuzzing.
# Go's fuzzer can end a timed run with "context deadline exceeded" when the
# time runs out while it is minimizing a new input; that is not a failure of
# the code under test (no failing input is written), so such a run is retried.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-5s}
for pkg in "$@"; do
  for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz'); do
    for attempt in 1 2 3; do
      echo "fuzzing $pkg $target for $fuzztime (attempt $attempt)"
      if out=$(go test -run '^$' -fuzz "^$target\$" -fuzztime "$fuzztime" -fuzzminimizetime 5s "$pkg" 2>&1); then
        printf '%s\n' "$out" | tail -n 2
        break
      fi
      printf '%s\n' "$out" | tail -n 30
      if grep -q 'Failing input written' <<<"$out" || ! grep -q 'context deadline exceeded' <<<"$out"; then
        exit 1
      fi
      [ "$attempt" -lt 3 ] || exit 1
    done
  done
done
