package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/pplint/pplint/analyzer/report"
)

// githubWriter writes GitHub Actions workflow commands (::error file=…::),
// which show as annotations on a pull request without code scanning.
type githubWriter struct{ o Options }

var githubLevel = map[report.Level]string{
	report.LevelError:   "error",
	report.LevelWarning: "warning",
	report.LevelNote:    "notice",
}

// Write implements Writer.
func (g *githubWriter) Write(w io.Writer, r *report.Report) error {
	bw := bufio.NewWriter(w)
	for _, f := range r.Findings {
		rule, _ := r.Rule(f.RuleID)
		props := annotationProperties(report.RelPath(g.o.WorkDir, f.Location.Path), f.Location,
			f.RuleID+" "+rule.Title.In(g.o.Lang))
		msg := f.Message.In(g.o.Lang)
		if b := basisList(rule.LegalBasis, g.o.Lang); b != "" {
			msg += "\n" + b
		}
		if fix := rule.Fix.In(g.o.Lang); fix != "" {
			msg += "\n" + fix
		}
		fmt.Fprintf(bw, "::%s %s::%s\n", githubLevel[f.Level], props, escapeData(msg))
	}
	for _, e := range r.Errors {
		fmt.Fprintf(bw, "::error file=%s,title=pplint::%s\n", escapeProperty(report.RelPath(g.o.WorkDir, e.Path)), escapeData(e.Message))
	}
	return bw.Flush()
}

// annotationProperties renders file, line, column and title properties.
// GitHub accepts col and endColumn only when the annotation starts and ends
// on one line (@actions/core AnnotationProperties), so they are left out of
// multi-line annotations.
func annotationProperties(path string, l report.Location, title string) string {
	props := fmt.Sprintf("file=%s,line=%d", escapeProperty(path), l.StartLine)
	if l.EndLine > l.StartLine {
		props += fmt.Sprintf(",endLine=%d", l.EndLine)
	} else {
		props += fmt.Sprintf(",col=%d,endLine=%d,endColumn=%d", l.StartCol, l.EndLine, l.EndCol)
	}
	return props + ",title=" + escapeProperty(title)
}

// escapeData escapes a workflow command's message (as @actions/core does).
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command property value.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
