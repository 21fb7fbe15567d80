package output

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/pplint/pplint/analyzer/report"
)

// InformationURI is the project home shown by SARIF viewers.
const InformationURI = "https://github.com/pplint/pplint"

// ContentFingerprintKey names pplint's own content fingerprint in
// partialFingerprints; GitHub reads only primaryLocationLineHash.
const ContentFingerprintKey = "pplint/content/v1"

// sarifWriter writes SARIF 2.1.0 as accepted by GitHub code scanning.
type sarifWriter struct{ o Options }

var sarifRank = map[report.Level]float64{report.LevelError: 90, report.LevelWarning: 50, report.LevelNote: 10}

// Write implements Writer.
func (s *sarifWriter) Write(w io.Writer, r *report.Report) error {
	log, err := s.Build(r)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := log.Write(&buf); err != nil {
		return fmt.Errorf("write sarif: %w", err)
	}
	return compactTo(w, buf.Bytes())
}

// Build returns the SARIF log for r.
func (s *sarifWriter) Build(r *report.Report) (*sarif.Report, error) {
	lang := s.o.Lang
	run := sarif.NewRunWithInformationURI("pplint", InformationURI)
	run.Language = locale(lang)
	run.WithColumnKind("unicodeCodePoints")
	run.WithAutomationDetails(sarif.NewRunAutomationDetails().WithID("pplint/"))
	driver := run.Tool.Driver
	driver.Language = locale(lang)
	if s.o.ToolVersion != "" {
		v := strings.TrimPrefix(s.o.ToolVersion, "v") // SARIF2005: a version starts with a digit
		driver.WithVersion(v).WithSemanticVersion(v)
	}
	for _, rule := range r.Rules {
		driver.Rules = append(driver.Rules, sarifRule(rule, lang))
	}
	artifacts := map[string]int{}
	for _, f := range r.Findings {
		uri := fileURI(report.RelPath(s.o.WorkDir, f.Location.Path))
		if _, ok := artifacts[uri]; !ok {
			artifacts[uri] = len(run.Artifacts)
			a := sarif.NewArtifact().WithLocation(sarif.NewSimpleArtifactLocation(uri))
			a.Length = -1
			run.Artifacts = append(run.Artifacts, a.WithEncoding("utf-8").WithMimeType(mimeType(uri)))
		}
		run.AddResult(s.result(r, f, uri, artifacts[uri], run.GetRuleIndex(f.RuleID)))
	}
	inv := sarif.NewInvocation().WithExecutionSuccessful(len(r.Errors) == 0)
	for _, e := range r.Errors {
		uri := fileURI(report.RelPath(s.o.WorkDir, e.Path))
		loc := sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
			WithArtifactLocation(sarif.NewSimpleArtifactLocation(uri)))
		n := sarif.NewNotification().WithMessage(sarif.NewTextMessage(e.Message)).WithLocations([]*sarif.Location{loc})
		n.Level = "error"
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	run.AddInvocation(inv)
	log := sarif.NewReport()
	log.AddRun(run)
	return log, nil
}

func (s *sarifWriter) result(r *report.Report, f report.Finding, uri string, artifact, ruleIndex int) *sarif.Result {
	l := f.Location
	region := sarif.NewRegion().WithStartLine(l.StartLine).WithStartColumn(l.StartCol).
		WithEndLine(l.EndLine).WithEndColumn(l.EndCol).
		WithCharOffset(l.CharOffset).WithCharLength(l.CharLength).
		WithByteOffset(l.Offset).WithByteLength(l.EndOffset - l.Offset).
		WithSnippet(sarif.NewArtifactContent().WithText(f.Snippet))
	al := sarif.NewSimpleArtifactLocation(uri).WithIndex(artifact)
	loc := sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().WithArtifactLocation(al).WithRegion(region))
	fp := map[string]string{ContentFingerprintKey: f.Fingerprint}
	if f.LineHash != "" {
		fp["primaryLocationLineHash"] = f.LineHash
	}
	res := sarif.NewRuleResult(f.RuleID).WithRuleIndex(ruleIndex).WithLevel(string(f.Level)).
		WithMessage(sarif.NewTextMessage(resultMessage(r, f, s.o.Lang))).
		WithLocations([]*sarif.Location{loc}).WithPartialFingerprints(fp).WithRank(sarifRank[f.Level])
	if f.Sentence != "" {
		res.WithProperties(sarif.NewPropertyBag().Add("sentence", f.Sentence))
	}
	return res
}

// resultMessage is the finding's message followed by its legal basis. Code
// scanning shows the first sentence when space is short, so the message
// comes first.
func resultMessage(r *report.Report, f report.Finding, lang string) string {
	msg := f.Message.In(lang)
	rule, _ := r.Rule(f.RuleID)
	if b := basisList(rule.LegalBasis, lang); b != "" {
		if lang == "en" {
			msg += " (" + b + ")"
		} else {
			msg += "（" + b + "）"
		}
	}
	return msg
}

// fileURI percent-encodes a slash-separated relative path as a URI
// reference, and an absolute path (a file outside the working directory)
// as a file: URI, since a relative reference must not start with a slash.
func fileURI(path string) string {
	if strings.HasPrefix(path, "/") || filepath.IsAbs(filepath.FromSlash(path)) {
		if !strings.HasPrefix(path, "/") {
			path = "/" + path // C:/x → /C:/x
		}
		return (&url.URL{Scheme: "file", Path: path}).String()
	}
	return (&url.URL{Path: path}).EscapedPath()
}

func mimeType(uri string) string {
	switch {
	case strings.HasSuffix(uri, ".md"), strings.HasSuffix(uri, ".markdown"):
		return "text/markdown"
	case strings.HasSuffix(uri, ".html"), strings.HasSuffix(uri, ".htm"):
		return "text/html"
	case strings.HasSuffix(uri, ".docx"):
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	}
	return "text/plain"
}

func locale(lang string) string {
	if lang == "en" {
		return "en-US"
	}
	return "zh-CN"
}
