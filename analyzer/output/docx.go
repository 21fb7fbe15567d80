package output

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/pplint/pplint/analyzer/report"
)

// The docx format writes the one input document back as a Word file with
// a comment per finding. It needs that document, which a report does not
// carry: the caller sets DocxWriter.Render.
func init() {
	formats["docx"] = func(o Options) Writer { return &DocxWriter{o: o} }
}

// DocxComment is one finding as a Word comment.
type DocxComment struct {
	Start, End int      // the finding's byte range of the decoded source
	Text       []string // paragraphs: level and title, message, basis, fix, rule id
	// Note is added when the comment cannot be anchored on the exact
	// words and marks their whole paragraph instead.
	Note string
}

// DocxWriter renders a report on one document as Word comments. Render
// turns the comments into the .docx (a review copy of the input); Write
// fails without it.
type DocxWriter struct {
	o      Options
	Render func([]DocxComment) ([]byte, error)
}

// Write implements Writer.
func (d *DocxWriter) Write(w io.Writer, r *report.Report) error {
	if d.Render == nil {
		return errors.New("the docx format needs the input document: run pplint check --format docx FILE")
	}
	b, err := d.Render(DocxComments(r, d.o.Lang))
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// DocxComments returns the report's findings as comments, in lang.
func DocxComments(r *report.Report, lang string) []DocxComment {
	l := map[string]string{"basis": "依据：", "fix": "建议：", "rule": "规则：", "tool": "（pplint）",
		"note": "（pplint 未能把批注精确标在所指文字上，已标在整段。所指文字：“%s”）", "open": "【", "close": "】"}
	if lang == "en" {
		l = map[string]string{"basis": "Basis: ", "fix": "Fix: ", "rule": "Rule: ", "tool": " (pplint)",
			"note": "(pplint could not anchor this comment on the exact words, so it marks the whole paragraph. The words: “%s”)",
			"open": "[", "close": "] "}
	}
	out := make([]DocxComment, 0, len(r.Findings))
	for _, f := range r.Findings {
		rule, _ := r.Rule(f.RuleID)
		title := rule.Title.In(lang)
		if title == "" {
			title = f.RuleID
		}
		text := []string{l["open"] + levelName(f.Level, lang) + l["close"] + title}
		if m := f.Message.In(lang); m != "" && m != title {
			text = append(text, m)
		}
		if b := basisList(rule.LegalBasis, lang); b != "" {
			text = append(text, l["basis"]+b)
		}
		if fix := rule.Fix.In(lang); fix != "" {
			text = append(text, l["fix"]+fix)
		}
		text = append(text, l["rule"]+f.RuleID+l["tool"])
		out = append(out, DocxComment{Start: f.Location.Offset, End: f.Location.EndOffset, Text: text,
			Note: fmt.Sprintf(l["note"], clip(oneLine(f.Snippet), 60))})
	}
	return out
}

// clip shortens s to at most n characters.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n])) + "…"
}
