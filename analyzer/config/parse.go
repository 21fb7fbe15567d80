package config

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/pplint/pplint/analyzer/report"
)

// keys are the top-level keys of a configuration file.
var keys = []string{"lang", "fail-level", "include", "exclude", "policies", "rules"}

// parser collects every error of a file, each with its line.
type parser struct {
	path string
	errs []error
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	p.errs = append(p.errs, fmt.Errorf("%s:%d: %s", p.path, n.Line, fmt.Sprintf(format, args...)))
}

// Parse reads a configuration from data; path names it in errors and
// anchors relative policy directories.
func Parse(path string, data []byte) (*Config, error) {
	c := &Config{Path: path}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return c, nil // empty file: all defaults
	}
	p := &parser{path: path}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		p.errorf(root, "the configuration must be a mapping of keys (%s)", strings.Join(keys, ", "))
		return nil, errors.Join(p.errs...)
	}
	p.mapping(root, func(k, v *yaml.Node) {
		switch k.Value {
		case "lang":
			if s, ok := p.scalar(k, v); ok {
				if s != "zh" && s != "en" {
					p.errorf(v, "lang %q: want zh or en", s)
				}
				c.Lang = s
			}
		case "fail-level":
			if s, ok := p.scalar(k, v); ok {
				l, ok := report.ParseLevel(s)
				if !ok {
					p.errorf(v, "fail-level %q: want note, warning, error or none", s)
				}
				c.FailLevel = l
			}
		case "include":
			c.Include = p.globs(k, v)
		case "exclude":
			c.Exclude = p.globs(k, v)
		case "policies":
			for _, d := range p.strings(k, v) {
				if !filepath.IsAbs(d) {
					d = filepath.Join(filepath.Dir(path), d)
				}
				c.Policies = append(c.Policies, d)
			}
		case "rules":
			c.Rules = p.rules(v)
		default:
			p.errorf(k, "unknown key %q: want one of %s", k.Value, strings.Join(keys, ", "))
		}
	})
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return c, nil
}

// mapping calls fn for each key/value pair of n, rejecting repeated keys.
func (p *parser) mapping(n *yaml.Node, fn func(k, v *yaml.Node)) {
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			p.errorf(k, "keys must be plain names")
			continue
		}
		if line, dup := seen[k.Value]; dup {
			p.errorf(k, "%q is already set on line %d", k.Value, line)
			continue
		}
		seen[k.Value] = k.Line
		fn(k, v)
	}
}

func (p *parser) scalar(k, v *yaml.Node) (string, bool) {
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
		p.errorf(v, "%s: want a single value", k.Value)
		return "", false
	}
	return v.Value, true
}

// strings reads a list of non-empty strings; a single string is a list of one.
func (p *parser) strings(k, v *yaml.Node) []string {
	items := []*yaml.Node{v}
	if v.Kind == yaml.SequenceNode {
		items = v.Content
	}
	var out []string
	for _, it := range items {
		if it.Kind != yaml.ScalarNode || it.Tag == "!!null" || strings.TrimSpace(it.Value) == "" {
			p.errorf(it, "%s: want a list of non-empty strings", k.Value)
			continue
		}
		out = append(out, it.Value)
	}
	return out
}

// globs reads a list of glob patterns and checks their syntax.
func (p *parser) globs(k, v *yaml.Node) []string {
	out := p.strings(k, v)
	for _, g := range out {
		if err := checkGlob(g); err != nil {
			p.errorf(v, "%s: bad glob %q: %v", k.Value, g, err)
		}
	}
	return out
}

// rules reads the rules mapping: rule id to off, on or a severity.
func (p *parser) rules(v *yaml.Node) []RuleSetting {
	if v.Kind != yaml.MappingNode {
		if v.Tag != "!!null" {
			p.errorf(v, "rules: want a mapping of rule ids to off, on, error, warning or note")
		}
		return nil
	}
	var out []RuleSetting
	p.mapping(v, func(k, val *yaml.Node) {
		s, ok := p.scalar(k, val)
		if !ok {
			return
		}
		lvl, ok := parseRuleValue(s)
		if !ok {
			p.errorf(val, "rule %s: %q: want off, on, error, warning or note", k.Value, s)
			return
		}
		out = append(out, RuleSetting{ID: k.Value, Level: lvl, Line: k.Line})
	})
	return out
}
