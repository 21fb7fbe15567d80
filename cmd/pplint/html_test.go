package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pplint/pplint/analyzer"
	"github.com/pplint/pplint/analyzer/output/htmlcheck"
	"github.com/pplint/pplint/analyzer/report"
)

// TestHTMLReport checks `check --format html` end to end: every finding of
// the JSON report of the same run has its card, basis and marks on its
// span in the documents as read (Markdown, text, .docx, and documents with
// suppressions), and the page loads nothing.
func TestHTMLReport(t *testing.T) {
	inputs := []string{"../../fixtures/docs", "../../fixtures/formats/authorization.docx", "../../fixtures/suppress"}
	for _, lang := range []string{"zh", "en"} {
		out := filepath.Join(t.TempDir(), "report.html")
		args := append([]string{"check", "--no-config", "--lang", lang, "--format", "html", "-o", out}, inputs...)
		if code, _, stderr := pplint(t, "", args...); code != exitFindings {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		_, js, _ := pplint(t, "", append([]string{"check", "--no-config", "--format", "json"}, inputs...)...)
		var want struct {
			Findings []report.Finding
			Rules    []report.Rule
		}
		if err := json.Unmarshal([]byte(js), &want); err != nil {
			t.Fatal(err)
		}
		page, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(bytes.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		rep := &report.Report{Findings: want.Findings, Rules: want.Rules, Documents: documents(t, inputs)}
		if len(rep.Documents) != 5 || len(rep.Findings) == 0 {
			t.Fatalf("%d documents, %d findings", len(rep.Documents), len(rep.Findings))
		}
		htmlcheck.CheckReport(t, doc, rep, func(path string) []byte {
			if strings.HasSuffix(path, ".docx") {
				return nil // its source is the extracted text
			}
			b, _ := os.ReadFile(path)
			return b
		})
		htmlcheck.CheckOffline(t, doc)
		if n := len(htmlcheck.FindAll(doc, func(n *html.Node) bool { return n.Data == "mark" })); n == 0 {
			t.Error("no marks")
		}
		for _, d := range rep.Documents {
			if !strings.Contains(string(page), d.Path) {
				t.Errorf("document %s missing", d.Path)
			}
		}
	}
}

// documents returns the documents of a run over inputs, as the html format
// receives them.
func documents(t *testing.T, inputs []string) []report.Document {
	t.Helper()
	an, err := analyzer.New(context.Background(), analyzer.Options{KeepDocuments: true})
	if err != nil {
		t.Fatal(err)
	}
	var files []analyzer.File
	for _, in := range inputs {
		paths, _ := filepath.Glob(filepath.Join(in, "*"))
		if len(paths) == 0 {
			paths = []string{in}
		}
		for _, p := range paths {
			if strings.HasSuffix(p, ".want") {
				continue
			}
			files = append(files, analyzer.File{Path: p, Read: func() ([]byte, error) { return os.ReadFile(p) }})
		}
	}
	return an.Run(context.Background(), files).Documents
}

func TestHTMLReportDate(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	code, out, _ := pplint(t, "", "check", "--no-config", "--format", "html", "--fail-level", "none", "../../fixtures/docs/privacy-notice.md")
	if code != exitClean || !strings.Contains(out, "2026-01-01 00:00 UTC") || !strings.Contains(out, "fail-level=none") {
		t.Errorf("exit %d; date or options missing", code)
	}
}

func TestHTMLReportBaselineAndFileErrors(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "base.sarif")
	if code, _, stderr := pplint(t, "", "check", "--no-config", "--format", "sarif", "--write-baseline", base, "../../fixtures/docs"); code != exitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	broken := writeFile(t, dir, "broken.txt", "caf\xe9 \x00\x01 not text")
	code, out, _ := pplint(t, "", "check", "--no-config", "--format", "html", "--baseline", base, "../../fixtures/docs", broken)
	if code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(htmlcheck.FindAll(doc, func(n *html.Node) bool { return htmlcheck.HasClass(n, "card") })); n != 0 {
		t.Errorf("baseline should hide every finding, %d cards left", n)
	}
	errs := htmlcheck.FindAll(doc, func(n *html.Node) bool { return htmlcheck.HasClass(n, "errors") })
	if len(errs) != 1 || !strings.Contains(htmlcheck.Text(errs[0]), "broken.txt") {
		t.Error("the unreadable file is not listed")
	}
	if !strings.Contains(out, "privacy-notice.md") {
		t.Error("the documents are not shown")
	}
}
