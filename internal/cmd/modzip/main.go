// Command modzip serves this checkout's HEAD as a module version from a
// folder that GOPROXY=file://FOLDER reads, as the Go module proxy would
// serve a tag, for the tests of go install:
//
//	go run ./internal/cmd/modzip -version v0.0.0-goinstall -proxy FOLDER
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/mod/module"
	modzip "golang.org/x/mod/zip"
)

func main() {
	version := flag.String("version", "", "the module `version` to serve")
	proxy := flag.String("proxy", "", "the proxy `folder` to write it into")
	flag.Parse()
	if err := serve(*proxy, *version); err != nil {
		fmt.Fprintln(os.Stderr, "modzip:", err)
		os.Exit(1)
	}
}

func serve(proxy, version string) error {
	root, err := filepath.Abs(".")
	if err != nil {
		return err
	}
	path, err := exec.Command("go", "list", "-m").Output()
	if err != nil {
		return err
	}
	m := module.Version{Path: strings.TrimSpace(string(path)), Version: version}
	at := filepath.Join(proxy, m.Path, "@v")
	if err := os.MkdirAll(at, 0o755); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(at, version+".zip"))
	if err != nil {
		return err
	}
	// From the repository at HEAD: tracked files only, nested modules
	// (tools/) left out, as the go command does for a tagged version.
	if err := modzip.CreateFromVCS(f, m, root, "HEAD", ""); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return err
	}
	info, err := json.Marshal(map[string]any{"Version": version, "Time": time.Now().UTC().Truncate(time.Second)})
	if err != nil {
		return err
	}
	for name, b := range map[string][]byte{version + ".mod": mod, version + ".info": info, "list": []byte(version + "\n")} {
		if err := os.WriteFile(filepath.Join(at, name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
