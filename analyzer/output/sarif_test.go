package output

import (
	"bytes"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/pplint/pplint/analyzer/report"
)

func sampleReport() *report.Report {
	return &report.Report{
		Rules: []report.Rule{{ID: "grant-irrevocable", Severity: report.LevelError, Title: report.Text{Zh: "不可撤销的授权"},
			Description: report.Text{Zh: "说明"}, Fix: report.Text{Zh: "删除不可撤销"}, Category: "grants",
			LegalBasis: []report.LegalBasis{{Law: "个保法", Article: "第十五条", Text: "个人有权撤回其同意。"}}}},
		Findings: []report.Finding{{RuleID: "grant-irrevocable", Level: report.LevelError, Message: report.Text{Zh: "<不可撤销>"},
			Fingerprint: "fp", LineHash: "1a:1", Snippet: "不可撤销",
			Location: report.Location{Path: "/elsewhere/a b.md", StartLine: 1, StartCol: 3, EndLine: 1, EndCol: 7}}},
		Errors: []report.FileError{{Path: "/elsewhere/bad.txt", Message: "invalid UTF-8"}},
	}
}

func TestSARIFForCodeScanning(t *testing.T) {
	w, _ := New("sarif", Options{WorkDir: "/repo"})
	var buf bytes.Buffer
	if err := w.Write(&buf, sampleReport()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	// go-sarif writes -1 for unset indices; the validator warns (SARIF2004).
	for _, bad := range []string{": -1", `\u003c`} {
		if strings.Contains(out, bad) {
			t.Errorf("SARIF contains %q:\n%s", bad, out)
		}
	}
	log, err := sarif.FromString(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := log.Validate(); err != nil {
		t.Fatalf("schema: %v", err)
	}
	run := log.Runs[0]
	if run.AutomationDetails == nil || run.AutomationDetails.ID == nil || *run.AutomationDetails.ID != "pplint/" {
		t.Error("run.automationDetails.id is not set")
	}
	rule := run.Tool.Driver.Rules[0]
	md := *rule.Help.Markdown
	if !strings.Contains(md, "个保法 第十五条") || !strings.Contains(md, "删除不可撤销") || !strings.Contains(md, "> 个人有权撤回其同意。") {
		t.Errorf("help.markdown lacks the legal basis or the fix:\n%s", md)
	}
	if rule.Properties.Properties["precision"] != "high" || len(rule.Properties.Tags) == 0 {
		t.Errorf("rule properties %+v", rule.Properties)
	}
	uri := *run.Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI
	if uri != "file:///elsewhere/a%20b.md" {
		t.Errorf("absolute path outside the work dir: uri %q", uri)
	}
	res := run.Results[0]
	if res.PartialFingerprints["primaryLocationLineHash"] != "1a:1" || res.PartialFingerprints[ContentFingerprintKey] != "fp" {
		t.Errorf("fingerprints %v", res.PartialFingerprints)
	}
	if n := run.Invocations[0].ToolExecutionNotifications; len(n) != 1 || *n[0].Locations[0].PhysicalLocation.ArtifactLocation.URI != "file:///elsewhere/bad.txt" {
		t.Errorf("notifications %+v", n)
	}
}

func TestFileURI(t *testing.T) {
	for in, want := range map[string]string{
		"docs/隐私 政策.md": "docs/%E9%9A%90%E7%A7%81%20%E6%94%BF%E7%AD%96.md",
		"../a.md":       "../a.md",
		"/tmp/a.md":     "file:///tmp/a.md",
	} {
		if got := fileURI(in); got != want {
			t.Errorf("fileURI(%q) = %q, want %q", in, got, want)
		}
	}
}
