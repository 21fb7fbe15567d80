// Package config reads pplint's project configuration file, .pplint.yaml:
// rule switches and severities, include/exclude globs, the fail level, the
// message language and extra policy directories. Every error names the
// file and line it comes from.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/pplint/pplint/analyzer/report"
)

// FileNames are the names looked for when discovering a configuration,
// in order of preference.
var FileNames = []string{".pplint.yaml", ".pplint.yml"}

// Config is a parsed configuration file. Empty fields are unset: the
// command-line defaults apply.
type Config struct {
	Path      string        // file it was read from
	Lang      string        // zh or en
	FailLevel report.Level  // note, warning, error or none
	Include   []string      // only lint files matching one of these globs
	Exclude   []string      // skip files matching any of these globs
	Policies  []string      // extra policy directories, resolved against the file's directory
	Rules     []RuleSetting // per-rule settings in file order
}

// RuleSetting switches one rule off or overrides its severity.
type RuleSetting struct {
	ID string
	// Level is the severity to report the rule's findings at; LevelNone
	// disables the rule and "" keeps its default severity.
	Level report.Level
	Line  int // line of the setting in the file
}

// Find looks for a configuration file in dir and each of its parents and
// returns the first one found, or "" when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("find config: %w", err)
	}
	for {
		for _, name := range FileNames {
			p := filepath.Join(dir, name)
			if info, err := os.Stat(p); err == nil && !info.IsDir() {
				return p, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads and validates the configuration file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return Parse(path, data)
}

// Discover loads the configuration named by explicit, or else the one
// found from dir upwards. It returns nil, nil when there is none.
func Discover(explicit, dir string) (*Config, error) {
	path := explicit
	if path == "" {
		var err error
		if path, err = Find(dir); err != nil || path == "" {
			return nil, err
		}
	}
	return Load(path)
}

// Overrides maps rule ids to the severity configured for them; LevelNone
// disables a rule. Rules configured as "on" are left out.
func (c *Config) Overrides() map[string]report.Level {
	out := map[string]report.Level{}
	if c == nil {
		return out
	}
	for _, r := range c.Rules {
		if r.Level != "" {
			out[r.ID] = r.Level
		}
	}
	return out
}

// CheckRules reports, with file and line, every configured rule id that
// known does not accept.
func (c *Config) CheckRules(known func(id string) bool) error {
	if c == nil {
		return nil
	}
	var errs []error
	for _, r := range c.Rules {
		if !known(r.ID) {
			errs = append(errs, fmt.Errorf("%s:%d: unknown rule %q (see `pplint rules`)", c.Path, r.Line, r.ID))
		}
	}
	return errors.Join(errs...)
}

// parseRuleValue reads a rule setting: off/false, on/true or a severity.
func parseRuleValue(v string) (report.Level, bool) {
	switch strings.ToLower(v) {
	case "off", "false", "disable", "disabled":
		return report.LevelNone, true
	case "on", "true", "enable", "enabled":
		return "", true
	}
	l, ok := report.ParseLevel(v)
	if !ok || l == report.LevelNone {
		return "", false
	}
	return l, true
}
