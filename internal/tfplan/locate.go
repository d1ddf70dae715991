package tfplan

import (
	"os"
	"path/filepath"
	"strings"
)

// Location is where a resource is declared.
type Location struct {
	// File is relative to the repository root (the nearest directory above
	// the root module holding .git, else the working directory), with
	// forward slashes, as code-scanning tools expect.
	File string
	Line int
}

// Locator finds the block that declares a resource, for reports that point
// at source lines. The plan records module sources but not positions, so it
// reads the configuration's .tf files; a resource it cannot find has no
// location.
type Locator struct {
	src *Source
	// root is what File is relative to.
	root   string
	blocks map[string]map[string]Location // module dir -> "type.name" -> location
}

// NewLocator finds resources in the configuration's files.
func NewLocator(src *Source) *Locator {
	return &Locator{src: src, root: repositoryRoot(src.dir), blocks: map[string]map[string]Location{}}
}

// repositoryRoot is the nearest directory at or above dir that holds .git,
// else the working directory.
func repositoryRoot(dir string) string {
	cwd, _ := os.Getwd()
	abs, err := filepath.Abs(dir)
	if err != nil {
		return cwd
	}
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return cwd
		}
	}
}

// relative is a file's path from the root, or its absolute path when it
// lies outside.
func (l *Locator) relative(name string) string {
	abs, err := filepath.Abs(name)
	if err != nil {
		return filepath.ToSlash(name)
	}
	if rel, err := filepath.Rel(l.root, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(abs)
}

// Find returns where the resource at addr is declared.
func (l *Locator) Find(addr string) (Location, bool) {
	module, block := SplitAddress(addr)
	if block == "" {
		return Location{}, false
	}
	dir, ok := "", module == ""
	if !ok {
		dir, ok = l.src.plan.Modules[module]
	}
	if !ok {
		return Location{}, false
	}
	blocks, seen := l.blocks[dir]
	if !seen {
		blocks = l.read(dir)
		l.blocks[dir] = blocks
	}
	loc, ok := blocks[block]
	return loc, ok
}

func (l *Locator) read(dir string) map[string]Location {
	out := map[string]Location{}
	for _, body := range l.src.files(dir) {
		for _, b := range body.Blocks {
			if len(b.Labels) != 2 || b.Type != "resource" && b.Type != "data" {
				continue
			}
			key := b.Labels[0] + "." + b.Labels[1]
			if b.Type == "data" {
				key = "data." + key
			}
			r := b.DefRange()
			out[key] = Location{File: l.relative(r.Filename), Line: r.Start.Line}
		}
	}
	return out
}

// SplitAddress splits a resource instance address into its module path,
// without instance keys (module.app.module.db), and its block
// (aws_lambda_function.api, data.aws_subnet.a).
func SplitAddress(addr string) (module, block string) {
	var parts []string
	depth, inString, start := 0, false, 0
	for i := 0; i < len(addr); i++ {
		switch c := addr[i]; {
		case inString && c == '\\':
			i++
		case c == '"':
			inString = !inString
		case inString:
		case c == '[':
			depth++
		case c == ']':
			depth--
		case c == '.' && depth == 0:
			parts = append(parts, addr[start:i])
			start = i + 1
		}
	}
	parts = append(parts, addr[start:])
	strip := func(s string) string {
		if i := strings.IndexByte(s, '['); i >= 0 {
			return s[:i]
		}
		return s
	}
	var mods []string
	for len(parts) >= 2 && parts[0] == "module" {
		mods = append(mods, "module."+strip(parts[1]))
		parts = parts[2:]
	}
	if len(parts) < 2 {
		return "", ""
	}
	block = parts[0] + "." + strip(parts[1])
	if parts[0] == "data" && len(parts) >= 3 {
		block = "data." + parts[1] + "." + strip(parts[2])
	}
	return strings.Join(mods, "."), block
}
