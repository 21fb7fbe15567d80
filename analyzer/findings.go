package analyzer

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/pplint/pplint/analyzer/claims"
	"github.com/pplint/pplint/analyzer/report"
	"github.com/pplint/pplint/segment"
)

// rawFinding is what a rule's report set holds (see policies/lib/result.rego).
type rawFinding struct {
	RuleID   string       `json:"rule_id"`
	Level    string       `json:"level"`
	Location segment.Span `json:"location"`
	Message  report.Text  `json:"message"`
}

// findings converts the entrypoint's result set into report findings.
func (a *Analyzer) findings(doc *segment.Document, in *claims.Input, rs rego.ResultSet) ([]report.Finding, error) {
	var raws []rawFinding
	for _, r := range rs {
		for _, e := range r.Expressions {
			b, err := json.Marshal(e.Value)
			if err != nil {
				return nil, fmt.Errorf("read policy results: %w", err)
			}
			var part []rawFinding
			if err := json.Unmarshal(b, &part); err != nil {
				return nil, fmt.Errorf("read policy results: report entries must be findings built with result.fail or result.finding: %w", err)
			}
			raws = append(raws, part...)
		}
	}
	hashes := report.LineHashes(doc.Source)
	out := make([]report.Finding, 0, len(raws))
	for _, rf := range raws {
		rule, ok := a.index[rf.RuleID]
		if !ok {
			return nil, fmt.Errorf("policy result names unknown rule %q", rf.RuleID)
		}
		lvl, ok := report.ParseLevel(rf.Level)
		if !ok {
			lvl = rule.Severity
		}
		if rf.Message.Zh == "" && rf.Message.En == "" {
			rf.Message = rule.Title
		}
		f := report.Finding{RuleID: rf.RuleID, Level: lvl, Message: rf.Message, Location: location(doc.Path, rf.Location)}
		s, e := clamp(rf.Location.Start.Offset, rf.Location.End.Offset, len(doc.Source))
		f.Location.CharOffset = utf8.RuneCount(doc.Source[:s])
		f.Location.CharLength = utf8.RuneCount(doc.Source[s:e])
		f.Snippet = string(doc.Source[s:e])
		f.Sentence, f.SnippetAt = placeSnippet(doc.Source, in, s, f.Snippet)
		f.Fingerprint = report.ContentFingerprint(f.RuleID, doc.Path, f.Sentence, f.Snippet)
		if l := f.Location.StartLine; l >= 1 && l <= len(hashes) {
			f.LineHash = hashes[l-1]
		}
		out = append(out, f)
	}
	numberRepeats(out)
	return out, nil
}

// numberRepeats gives findings of one rule on identical sentences distinct
// fingerprints ("…:2", "…:3" in document order).
func numberRepeats(fs []report.Finding) {
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Location.Offset < fs[j].Location.Offset })
	seen := map[string]int{}
	for i := range fs {
		seen[fs[i].Fingerprint]++
		if n := seen[fs[i].Fingerprint]; n > 1 {
			fs[i].Fingerprint += ":" + strconv.Itoa(n)
		}
	}
}

func location(path string, sp segment.Span) report.Location {
	return report.Location{Path: path, StartLine: sp.Start.Line, StartCol: sp.Start.Col, EndLine: sp.End.Line,
		EndCol: sp.End.Col, Offset: sp.Start.Offset, EndOffset: sp.End.Offset}
}

func clamp(s, e, n int) (int, int) {
	s, e = max(0, min(s, n)), max(0, min(e, n))
	if e < s {
		e = s
	}
	return s, e
}

// placeSnippet returns the text of the sentence that holds source offset off
// and the byte offset of the snippet in it: the occurrence with as many
// copies of the snippet before it in the sentence as in the source between
// the sentence's start and off (the sentence text may differ from the
// source by markup and entities). It returns -1 when the snippet cannot be
// placed.
func placeSnippet(src []byte, in *claims.Input, off int, snippet string) (string, int) {
	for _, s := range in.Sentences {
		start := s.Span.Start.Offset
		if start > off || off >= s.Span.End.Offset {
			continue
		}
		if snippet == "" {
			return s.Text, -1
		}
		k := strings.Count(string(src[start:off]), snippet)
		at := -1
		for i, from := 0, 0; i <= k; i++ {
			j := strings.Index(s.Text[from:], snippet)
			if j < 0 {
				break
			}
			at, from = from+j, from+j+len(snippet)
		}
		return s.Text, at
	}
	return "", -1
}
