package output

import (
	"encoding/json"
	"io"

	"github.com/pplint/pplint/analyzer/report"
)

// jsonWriter writes the report as one JSON document.
type jsonWriter struct{ o Options }

// jsonFinding is a finding with its rule's title, legal basis and fix inline,
// so that consumers need not join against the rule list.
type jsonFinding struct {
	report.Finding
	Path       string              `json:"path"`
	Title      report.Text         `json:"title"`
	Text       string              `json:"text"` // message in the chosen language
	LegalBasis []report.LegalBasis `json:"legal_basis"`
	Fix        report.Text         `json:"fix"`
	HelpURI    string              `json:"help_uri,omitempty"`
}

type jsonReport struct {
	Tool     string             `json:"tool"`
	Version  string             `json:"version"`
	Lang     string             `json:"lang"`
	Files    int                `json:"files"`
	Summary  map[string]int     `json:"summary"`
	Findings []jsonFinding      `json:"findings"`
	Errors   []report.FileError `json:"errors"`
	Rules    []report.Rule      `json:"rules"`
}

// Write implements Writer.
func (j *jsonWriter) Write(w io.Writer, r *report.Report) error {
	out := jsonReport{Tool: "pplint", Version: j.o.ToolVersion, Lang: j.o.Lang, Files: r.Files,
		Summary:  map[string]int{"error": 0, "warning": 0, "note": 0},
		Findings: []jsonFinding{}, Errors: []report.FileError{}, Rules: []report.Rule{}}
	used := map[string]bool{}
	for _, f := range r.Findings {
		rule, _ := r.Rule(f.RuleID)
		jf := jsonFinding{Finding: f, Path: report.RelPath(j.o.WorkDir, f.Location.Path), Title: rule.Title,
			Text: f.Message.In(j.o.Lang), LegalBasis: rule.LegalBasis, Fix: rule.Fix, HelpURI: rule.HelpURI}
		jf.Location.Path = jf.Path
		out.Findings = append(out.Findings, jf)
		out.Summary[string(f.Level)]++
		used[f.RuleID] = true
	}
	for _, e := range r.Errors {
		e.Path = report.RelPath(j.o.WorkDir, e.Path)
		out.Errors = append(out.Errors, e)
	}
	for _, rule := range r.Rules {
		if used[rule.ID] {
			out.Rules = append(out.Rules, rule)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
