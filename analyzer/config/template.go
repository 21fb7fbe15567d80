package config

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/gobwas/glob"

	"github.com/pplint/pplint/analyzer/report"
)

// checkGlob compiles a glob the way input collection does ('/' separates
// path elements), only to report syntax errors early.
func checkGlob(g string) error {
	_, err := glob.Compile(filepath.ToSlash(g), '/')
	return err
}

// Template returns a commented default configuration that lists rules
// with their default severity. Loading it changes nothing.
func Template(rules []report.Rule) string {
	var b strings.Builder
	b.WriteString(`# pplint configuration (https://github.com/pplint/pplint#configuration).
# pplint reads the first .pplint.yaml found in the working directory or a
# parent directory, or the file named by --config. Command-line flags
# override the settings here. Unknown keys and bad values are errors.

# Message language: zh or en.
lang: zh

# Exit 1 when a finding is at or above this level: note, warning, error or
# none (never).
fail-level: warning

# Only lint files matching one of these globs (empty: every supported file).
include: []

# Skip files matching any of these globs, e.g. "drafts/**" or "*.tmp.md".
exclude: []

# Extra directories of Rego policies, relative to this file.
policies: []

# Per-rule settings: off (disable), on (default severity), or a severity
# (error, warning, note) to report the rule's findings at.
rules:
`)
	for _, r := range rules {
		title := r.Title.Zh
		if title == "" {
			title = r.Title.En
		}
		fmt.Fprintf(&b, "  # %s: %s  # %s\n", r.ID, r.Severity, oneLine(title))
	}
	return b.String()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
