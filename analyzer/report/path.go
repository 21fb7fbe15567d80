package report

import (
	"path/filepath"
	"strings"
)

// RelPath is path as reports name it: relative to dir when path is an
// absolute path inside dir, cleaned otherwise, with forward slashes. With an
// empty dir only the slashes change.
func RelPath(dir, path string) string {
	if dir != "" && filepath.IsAbs(path) {
		if rel, err := filepath.Rel(dir, path); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	} else if dir != "" {
		return filepath.ToSlash(filepath.Clean(path))
	}
	return filepath.ToSlash(path)
}
