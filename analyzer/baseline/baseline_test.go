package baseline

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pplint/pplint/analyzer/output"
	"github.com/pplint/pplint/analyzer/report"
)

func finding(id, fp string, line int) report.Finding {
	return report.Finding{RuleID: id, Level: report.LevelError, Fingerprint: fp, LineHash: "abc:1",
		Message:  report.Text{Zh: "问题"},
		Location: report.Location{Path: "a.md", StartLine: line, StartCol: 1, EndLine: line, EndCol: 3}}
}

func TestRoundTrip(t *testing.T) {
	rules := []report.Rule{{ID: "r1", Severity: report.LevelError, Title: report.Text{Zh: "规则"}}}
	old := &report.Report{Rules: rules, Findings: []report.Finding{finding("r1", "f1", 1), finding("r1", "f2", 2)}}
	w, err := output.New("sarif", output.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := w.Write(&buf, old); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "base.sarif")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	cur := &report.Report{Rules: rules, Findings: []report.Finding{finding("r1", "f2", 7), finding("r1", "f3", 9)}}
	if n := set.Filter(cur); n != 1 || len(cur.Findings) != 1 || cur.Findings[0].Fingerprint != "f3" {
		t.Errorf("removed %d, kept %+v", n, cur.Findings)
	}
}

func TestRejectsForeignSARIF(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.sarif")
	foreign := `{"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[{"tool":{"driver":{"name":"x"}},
"results":[{"ruleId":"x","message":{"text":"m"},"partialFingerprints":{"primaryLocationLineHash":"1:1"}}]}]}`
	if err := os.WriteFile(path, []byte(foreign), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), "pplint/content/v1") {
		t.Errorf("err = %v", err)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.sarif")); err == nil {
		t.Error("a missing baseline is not an error")
	}
}
