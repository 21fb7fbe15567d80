package inputs

import (
	"fmt"
	"path/filepath"
)

// Filter selects files by include and exclude globs, as `pplint check`
// does: a file is wanted unless it matches an exclude glob, and, when
// there are include globs, only if it matches one. Globs match the path,
// each of its suffixes after a slash and so its base name.
type Filter struct {
	include, exclude []pattern
}

// NewFilter compiles the globs.
func NewFilter(include, exclude []string) (*Filter, error) {
	f := &Filter{}
	for _, set := range []struct {
		pats []string
		dst  *[]pattern
	}{{include, &f.include}, {exclude, &f.exclude}} {
		for _, p := range set.pats {
			g, err := compileGlob(filepath.ToSlash(p))
			if err != nil {
				return nil, fmt.Errorf("bad glob %q: %w", p, err)
			}
			*set.dst = append(*set.dst, g)
		}
	}
	return f, nil
}

// Wanted reports whether path passes the globs; a nil Filter takes all.
func (f *Filter) Wanted(path string) bool {
	if f == nil {
		return true
	}
	slash := filepath.ToSlash(path)
	if matchAny(f.exclude, slash) {
		return false
	}
	return len(f.include) == 0 || matchAny(f.include, slash)
}
