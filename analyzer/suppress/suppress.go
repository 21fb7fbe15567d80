// Package suppress applies inline suppression comments to a document's
// findings and reports suppressions that lack a reason, name unknown rules
// or suppress nothing.
//
// In Markdown and HTML a suppression is an HTML comment:
//
//	<!-- pplint-disable-next-line grant-irrevocable -- 理由 -->
//	<!-- pplint-disable-line grant-irrevocable -- 理由 -->   (on the same line)
//	<!-- pplint-disable grant-irrevocable -- 理由 --> … <!-- pplint-enable -->
//
// In plain text the same directives stand alone on a line, without the
// comment markers. Without rule ids a directive covers every rule.
package suppress

import (
	"math"
	"sort"
	"strings"

	"github.com/pplint/pplint/analyzer/report"
	"github.com/pplint/pplint/segment"
)

// RuleID is the rule of findings about suppression comments themselves.
const RuleID = "pplint-suppression"

// Rule describes RuleID for rule lists and SARIF.
var Rule = report.Rule{
	ID:    RuleID,
	Title: report.Text{Zh: "抑制注释有误", En: "Faulty suppression comment"},
	Description: report.Text{
		Zh: "pplint 抑制注释必须写明理由（“-- 理由”），只能指名已知规则，并且确实抑制了某个问题；否则抑制会悄悄掩盖或遗留问题。",
		En: "A pplint suppression comment must give a reason (\"-- reason\"), name known rules and actually suppress a finding; otherwise it silently hides or outlives problems.",
	},
	Severity: report.LevelWarning,
	Scope:    "clause",
	Category: "meta",
	Fix: report.Text{
		Zh: "在规则编号后补充“-- 理由”；删除已不再抑制任何问题的注释；核对规则编号（pplint rules）。",
		En: "Add \"-- reason\" after the rule ids; delete suppressions that no longer suppress anything; check rule ids with `pplint rules`.",
	},
	HelpURI: "https://github.com/pplint/pplint#suppressions",
	Tags:    []string{"suppression"},
	Source:  "builtin",
}

// entry is the line range one directive suppresses for one rule ("" for all).
type entry struct {
	d        *directive
	rule     string
	from, to int
	used     bool
}

// Apply drops the findings covered by doc's suppression directives and
// appends findings (rule RuleID) about faulty directives. known tells which
// rule ids exist. Use Strip before linting so that plain-text directive
// lines are not linted themselves.
func Apply(doc *segment.Document, findings []report.Finding, known func(string) bool) []report.Finding {
	dirs := scan(doc)
	if len(dirs) == 0 {
		return findings
	}
	s := &state{doc: doc, known: known, open: map[string][]*entry{}}
	for _, d := range dirs {
		s.add(d)
	}
	out := make([]report.Finding, 0, len(findings)+len(s.meta))
	for _, f := range findings {
		if !s.suppressed(f) {
			out = append(out, f)
		}
	}
	s.reportUnused()
	out = append(out, s.meta...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Location.Offset < out[j].Location.Offset })
	return out
}

type state struct {
	doc     *segment.Document
	known   func(string) bool
	entries []*entry
	open    map[string][]*entry // disable blocks not yet closed, by rule
	lines   []string            // source lines, split when first needed
	meta    []report.Finding
}

func (s *state) add(d *directive) {
	if strings.HasPrefix(d.kind, "unknown:") {
		s.report(d, problemUnknownDirective, strings.TrimPrefix(d.kind, "unknown:"))
		return
	}
	rules := []string{""}
	if len(d.rules) > 0 {
		rules = rules[:0]
		var unknown []string
		for _, id := range d.rules {
			if s.known(id) {
				rules = append(rules, id)
			} else {
				unknown = append(unknown, id)
			}
		}
		if len(unknown) > 0 {
			s.report(d, problemUnknownRule, strings.Join(unknown, ", "))
		}
	}
	if d.kind != kindEnable && !d.hasReason {
		s.report(d, problemNoReason, "")
	}
	switch d.kind {
	case kindNextLine:
		if s.lines == nil {
			s.lines = strings.Split(string(s.doc.Source), "\n")
		}
		l := nextContentLine(s.lines, d.endLine)
		s.cover(d, rules, l, l)
	case kindLine:
		s.cover(d, rules, d.line, d.endLine)
	case kindDisable:
		for _, e := range s.cover(d, rules, d.endLine+1, math.MaxInt) {
			s.open[e.rule] = append(s.open[e.rule], e)
		}
	case kindEnable:
		s.enable(d)
	}
}

func (s *state) cover(d *directive, rules []string, from, to int) []*entry {
	var es []*entry
	for _, r := range rules {
		e := &entry{d: d, rule: r, from: from, to: to}
		s.entries = append(s.entries, e)
		es = append(es, e)
	}
	return es
}

// enable closes the open disable blocks of the rules it names, or all.
func (s *state) enable(d *directive) {
	closed := 0
	for rule, es := range s.open {
		if len(d.rules) > 0 && !contains(d.rules, rule) {
			continue
		}
		for _, e := range es {
			e.to = d.line - 1
			closed++
		}
		delete(s.open, rule)
	}
	if closed == 0 {
		s.report(d, problemNothingToEnable, "")
	}
}

func (s *state) suppressed(f report.Finding) bool {
	line := f.Location.StartLine
	hit := false
	for _, e := range s.entries {
		if e.from <= line && line <= e.to && (e.rule == "" || e.rule == f.RuleID) {
			e.used, hit = true, true
		}
	}
	return hit
}

// reportUnused reports each directive with rules that suppressed nothing.
func (s *state) reportUnused() {
	var order []*directive
	unused := map[*directive][]string{}
	for _, e := range s.entries {
		if e.used {
			continue
		}
		if _, ok := unused[e.d]; !ok {
			order = append(order, e.d)
		}
		unused[e.d] = append(unused[e.d], e.rule)
	}
	for _, d := range order {
		s.report(d, problemUnused, strings.Join(unused[d], ", "))
	}
}

// nextContentLine returns the first non-blank line after line after.
func nextContentLine(lines []string, after int) int {
	for l := after + 1; l <= len(lines); l++ {
		if strings.TrimSpace(lines[l-1]) != "" {
			return l
		}
	}
	return after + 1
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
