package inputs

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/gobwas/glob"
)

// walk adds the supported files under root; when match is set, only those
// whose slash path it matches. It reports whether any file was added.
func (c *collector) walk(root string, match pattern) bool {
	before := len(c.ins) + len(c.errs)
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			c.fail(path, pathless("cannot read directory", err))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if path != root && (skipDirs[d.Name()] || strings.HasPrefix(d.Name(), ".")) {
				return fs.SkipDir
			}
			return nil
		}
		if match != nil && !match.Match(filepath.ToSlash(path)) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			c.fail(path, pathless("cannot read file", err))
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			return nil
		}
		c.addFile(path, info, false)
		return nil
	})
	if err != nil {
		c.fail(root, pathless("cannot read directory", err))
	}
	return len(c.ins)+len(c.errs) > before
}

// addGlob expands a pattern such as "docs/**/*.md" or "policies/*.txt".
func (c *collector) addGlob(pattern string) {
	slash := filepath.ToSlash(filepath.Clean(pattern))
	g, err := compileGlob(slash)
	if err != nil {
		c.fail(pattern, errors.New("bad glob pattern: "+err.Error()))
		return
	}
	root := globRoot(slash)
	if info, err := os.Stat(root); err != nil || !info.IsDir() {
		c.fail(pattern, errors.New("no files match this pattern"))
		return
	}
	if !c.walk(root, g) {
		c.fail(pattern, errors.New("no files match this pattern"))
	}
}

// globRoot returns the longest leading directory of pattern free of glob
// metacharacters.
func globRoot(pattern string) string {
	parts := strings.Split(pattern, "/")
	var root []string
	for _, p := range parts[:len(parts)-1] {
		if hasMeta(p) {
			break
		}
		root = append(root, p)
	}
	if len(root) == 0 {
		if strings.HasPrefix(pattern, "/") {
			return "/"
		}
		return "."
	}
	r := strings.Join(root, "/")
	if r == "" {
		return "/"
	}
	return filepath.FromSlash(r)
}

// pattern is a glob over slash-separated paths in which "**/" also
// matches no directory at all, as in .gitignore.
type pattern []*glob.Pattern

func compileGlob(s string) (pattern, error) {
	var p pattern
	for _, v := range []string{s, strings.ReplaceAll(s, "**/", "")} {
		g, err := glob.Compile(v, '/')
		if err != nil {
			return nil, err
		}
		p = append(p, g)
		if v == s && !strings.Contains(s, "**/") {
			break
		}
	}
	return p, nil
}

// Match reports whether the slash path matches.
func (p pattern) Match(path string) bool {
	for _, g := range p {
		if g.Match(path) {
			return true
		}
	}
	return false
}

func hasMeta(s string) bool { return strings.ContainsAny(s, "*?[{") }
