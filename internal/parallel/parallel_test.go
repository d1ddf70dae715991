package parallel

import (
	"slices"
	"testing"
)

// Every item is visited once, and each run's items are contiguous and in
// order, so that per-run results concatenate in item order.
func TestFor(t *testing.T) {
	for _, n := range []int{0, 1, 255, 256, 1000, 100_003} {
		for _, runs := range []int{1, 2, 3, Runs(n)} {
			seen := make([]int, n)
			byRun := make([][]int, runs)
			For(n, runs, func(run, i int) {
				seen[i]++
				byRun[run] = append(byRun[run], i)
			})
			var order []int
			for _, r := range byRun {
				order = append(order, r...)
			}
			want := make([]int, n)
			for i := range want {
				want[i] = i
			}
			if !slices.Equal(order, want) || slices.ContainsFunc(seen, func(c int) bool { return c != 1 }) {
				t.Fatalf("n=%d runs=%d: items visited out of order or not once each", n, runs)
			}
		}
	}
}

func TestRuns(t *testing.T) {
	if Runs(0) != 1 || Runs(minPerRun-1) != 1 {
		t.Fatal("a small collection must stay on one goroutine")
	}
	if r := Runs(1 << 20); r < 1 {
		t.Fatalf("Runs = %d", r)
	}
}
