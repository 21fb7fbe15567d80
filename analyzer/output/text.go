package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/pplint/pplint/analyzer/report"
)

// textWriter writes a report for people: one block per finding, then a summary.
type textWriter struct{ o Options }

const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
)

var ansiLevel = map[report.Level]string{
	report.LevelError:   "\x1b[31m",
	report.LevelWarning: "\x1b[33m",
	report.LevelNote:    "\x1b[36m",
}

func (t *textWriter) paint(code, s string) string {
	if !t.o.Color || code == "" {
		return s
	}
	return code + s + ansiReset
}

// Write implements Writer.
func (t *textWriter) Write(w io.Writer, r *report.Report) error {
	bw := bufio.NewWriter(w)
	lang := t.o.Lang
	labels := map[string]string{"basis": "依据", "fix": "建议", "sentence": "原文"}
	if lang == "en" {
		labels = map[string]string{"basis": "basis", "fix": "fix", "sentence": "text"}
	}
	for _, f := range r.Findings {
		rule, _ := r.Rule(f.RuleID)
		loc := fmt.Sprintf("%s:%d:%d", report.RelPath(t.o.WorkDir, f.Location.Path), f.Location.StartLine, f.Location.StartCol)
		fmt.Fprintf(bw, "%s  %s  %s  %s\n", t.paint(ansiBold, loc), t.paint(ansiLevel[f.Level], levelName(f.Level, lang)),
			t.paint(ansiDim, f.RuleID), f.Message.In(lang))
		if s := oneLine(highlight(f.Sentence, f.Snippet, f.SnippetAt, t.o.Color)); s != "" {
			fmt.Fprintf(bw, "    %s: %s\n", labels["sentence"], s)
		}
		if b := basisList(rule.LegalBasis, lang); b != "" {
			fmt.Fprintf(bw, "    %s: %s\n", labels["basis"], b)
		}
		if fix := rule.Fix.In(lang); fix != "" {
			fmt.Fprintf(bw, "    %s: %s\n", labels["fix"], fix)
		}
		bw.WriteString("\n")
	}
	bw.WriteString(summary(r, lang) + "\n")
	return bw.Flush()
}

// oneLine joins a text's lines so that each finding stays one block.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}

// highlight marks the snippet at byte offset at of the sentence (or, when it
// is not there, its first occurrence): 【…】 without colour.
func highlight(sentence, snippet string, at int, color bool) string {
	i := at
	if i < 0 || i+len(snippet) > len(sentence) || sentence[i:i+len(snippet)] != snippet {
		i = strings.Index(sentence, snippet)
	}
	if snippet == "" || i < 0 {
		return sentence
	}
	open, close := "【", "】"
	if color {
		open, close = "\x1b[4m", ansiReset
	}
	return sentence[:i] + open + snippet + close + sentence[i+len(snippet):]
}

// summary counts findings by level and files linted.
func summary(r *report.Report, lang string) string {
	var e, wn, n int
	for _, f := range r.Findings {
		switch f.Level {
		case report.LevelError:
			e++
		case report.LevelWarning:
			wn++
		case report.LevelNote:
			n++
		}
	}
	if lang == "en" {
		return fmt.Sprintf("%d finding(s) (%d error, %d warning, %d note) in %d file(s); %d file error(s)",
			len(r.Findings), e, wn, n, r.Files, len(r.Errors))
	}
	return fmt.Sprintf("共 %d 个问题（错误 %d，警告 %d，提示 %d），检查文件 %d 个，无法检查 %d 个",
		len(r.Findings), e, wn, n, r.Files, len(r.Errors))
}
