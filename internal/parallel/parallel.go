// Package parallel splits work over independent items into one contiguous
// run per CPU, for fleets of many thousands of functions.
package parallel

import (
	"runtime"
	"sync"
)

// minPerRun is the fewest items worth a goroutine of their own: below it,
// starting one costs more than it saves.
const minPerRun = 256

// Runs is how many runs n items are split into: 1 for small n.
func Runs(n int) int {
	return max(1, min(runtime.GOMAXPROCS(0), n/minPerRun))
}

// For calls do(run, i) for each i from 0 to n-1, the items of each of runs
// contiguous runs in order on one goroutine, and returns when all are done.
// do may write only to item i and to per-run state indexed by run.
func For(n, runs int, do func(run, i int)) {
	if runs <= 1 {
		for i := range n {
			do(0, i)
		}
		return
	}
	var wg sync.WaitGroup
	for r := range runs {
		wg.Go(func() {
			for i := r * n / runs; i < (r+1)*n/runs; i++ {
				do(r, i)
			}
		})
	}
	wg.Wait()
}
