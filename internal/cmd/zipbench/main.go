// Command zipbench writes a .zip with many entries and times InspectZip on
// it; scripts/bench-zip.sh compares the figure with Debian's `unzip -Z -t`
// in the same run.
package main

import (
	"archive/zip"
	"bufio"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

func main() {
	path := flag.String("zip", "bench.zip", "archive to write and measure")
	entries := flag.Int("entries", 20000, "entries in the archive")
	runs := flag.Int("runs", 50, "measurements to average")
	flag.Parse()
	if err := write(*path, *entries); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	start := time.Now()
	var info quota.ZipInfo
	for range *runs {
		var err error
		if info, err = quota.InspectZip(*path); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	per := time.Since(start) / time.Duration(*runs)
	fmt.Printf("InspectZip: %d entries, %d bytes unzipped, %.3f ms per inspection\n", info.Entries, info.UnzippedBytes, float64(per.Microseconds())/1000)
}

func write(path string, entries int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	w := zip.NewWriter(bw)
	for i := range entries {
		fw, err := w.Create(fmt.Sprintf("node_modules/pkg%05d/index.js", i))
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintf(fw, "module.exports = %d;\n", i); err != nil {
			return err
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return f.Close()
}
