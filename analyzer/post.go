package analyzer

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/pplint/pplint/analyzer/report"
	"github.com/pplint/pplint/analyzer/suppress"
	"github.com/pplint/pplint/segment"
)

// register adds a rule defined in Go (not Rego) to the catalog.
func (a *Analyzer) register(r report.Rule) {
	a.index[r.ID] = r
	a.rules = append(a.rules, r)
	sort.Slice(a.rules, func(i, j int) bool { return a.rules[i].ID < a.rules[j].ID })
}

// Known reports whether id names a rule of the catalog, enabled or not.
func (a *Analyzer) Known(id string) bool {
	_, ok := a.index[id]
	return ok
}

// SetOverrides sets the severity of rules by id; report.LevelNone disables
// a rule. Disabled rules leave Rules and reports; overridden severities
// apply to the rule and to each of its findings. Call it before Run.
func (a *Analyzer) SetOverrides(levels map[string]report.Level) error {
	var unknown []string
	for id := range levels {
		if !a.Known(id) {
			unknown = append(unknown, id)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return fmt.Errorf("unknown rule %s", strings.Join(unknown, ", "))
	}
	a.levels = levels
	a.rules = a.rules[:0]
	for _, r := range a.index {
		lvl, ok := levels[r.ID]
		if lvl == report.LevelNone && ok {
			continue
		}
		if ok {
			r.Severity = lvl
		}
		a.rules = append(a.rules, r)
	}
	sort.Slice(a.rules, func(i, j int) bool { return a.rules[i].ID < a.rules[j].ID })
	return nil
}

// postprocess applies the document's suppression comments and the rule
// overrides to its findings.
func (a *Analyzer) postprocess(doc *segment.Document, fs []report.Finding) []report.Finding {
	fs = suppress.Apply(doc, fs, a.Known)
	var hashes []string
	seen := map[string]int{}
	for i := range fs {
		f := &fs[i]
		if f.RuleID != suppress.RuleID {
			continue
		}
		if hashes == nil {
			hashes = report.LineHashes(doc.Source)
		}
		if l := f.Location.StartLine; l >= 1 && l <= len(hashes) {
			f.LineHash = hashes[l-1]
		}
		seen[f.Fingerprint]++
		if n := seen[f.Fingerprint]; n > 1 {
			f.Fingerprint += ":" + strconv.Itoa(n)
		}
	}
	if len(a.levels) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		lvl, ok := a.levels[f.RuleID]
		if ok && lvl == report.LevelNone {
			continue
		}
		if ok {
			f.Level = lvl
		}
		out = append(out, f)
	}
	return out
}
