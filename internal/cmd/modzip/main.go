// Command modzip writes this checkout's HEAD as a module zip, as the Go
// module proxy serves a version, for scripts/go-install-test.sh.
//
//	go run ./internal/cmd/modzip -version v0.0.0-goinstall -o FILE
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/mod/module"
	modzip "golang.org/x/mod/zip"
)

func main() {
	version := flag.String("version", "", "the module `version` the zip is of")
	out := flag.String("o", "", "the zip `file` to write")
	flag.Parse()
	if err := write(*out, *version); err != nil {
		fmt.Fprintln(os.Stderr, "modzip:", err)
		os.Exit(1)
	}
}

func write(out, version string) error {
	root, err := filepath.Abs(".")
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	// From the repository at HEAD: tracked files only, nested modules
	// (tools/) left out, as the go command does for a tagged version.
	m := module.Version{Path: "github.com/lambdaquota/terraform-provider-lambdaquota", Version: version}
	if err := modzip.CreateFromVCS(f, m, root, "HEAD", ""); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
