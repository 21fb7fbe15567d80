package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	protocol "github.com/tliron/glsp/protocol_3_16"
)

// lspFixtures are linted through the server in each position encoding.
var lspFixtures = map[string]string{
	"docs/privacy-notice.md":        "markdown",
	"docs/authorization-letter.txt": "plaintext",
	"formats/authorization.html":    "html",
	"lsp/notice-astral.md":          "markdown",
	"lsp/letter-crlf.txt":           "plaintext",
}

// copyFixtures copies fixtures into a fresh workspace and returns it.
func copyFixtures(t *testing.T, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("..", "..", "fixtures", n))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(n)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func rangeString(r protocol.Range) string {
	return fmt.Sprintf("%d:%d-%d:%d", r.Start.Line, r.Start.Character, r.End.Line, r.End.Character)
}

// TestLSPDiagnosticsMatchCLI opens each fixture in a server speaking each
// position encoding and expects exactly the CLI's findings, at the ranges
// their byte offsets give in that encoding.
func TestLSPDiagnosticsMatchCLI(t *testing.T) {
	t.Parallel()
	var names []string
	for n := range lspFixtures {
		names = append(names, n)
	}
	dir := copyFixtures(t, names...)
	var bases []string
	for _, n := range names {
		bases = append(bases, filepath.Base(n))
	}
	findings := cliFindings(t, dir, bases...)
	if len(findings) < 20 {
		t.Fatalf("the CLI found only %d findings in the fixtures", len(findings))
	}
	severity := map[string]int{"error": 1, "warning": 2, "note": 3}
	for _, enc := range []string{"utf-8", "utf-16", "utf-32"} {
		t.Run(enc, func(t *testing.T) {
			t.Parallel()
			p := startLSP(t, dir)
			if caps := p.initialize(t, dir, enc, nil); caps["positionEncoding"] != enc {
				t.Fatalf("positionEncoding = %v, want %s", caps["positionEncoding"], enc)
			}
			for _, n := range names {
				base := filepath.Base(n)
				uri, text := p.open(t, filepath.Join(dir, base), lspFixtures[n])
				var want, got []string
				for _, f := range findings {
					if f.Location.Path == base {
						r := protocol.Range{Start: lspPosition(text, f.Location.Offset, enc), End: lspPosition(text, f.Location.EndOffset, enc)}
						want = append(want, fmt.Sprintf("%s %s %d", f.RuleID, rangeString(r), severity[f.Level]))
					}
				}
				for _, d := range p.diagnostics(t, uri, nil) {
					got = append(got, fmt.Sprintf("%s %s %d", d.Code, rangeString(d.Range), d.Severity))
					if d.Source != "pplint" || d.CodeDescription == nil || !strings.HasPrefix(d.CodeDescription.Href, "https://") {
						t.Errorf("%s: diagnostic %s lacks source or rule link: %+v", base, d.Code, d)
					}
				}
				if g, w := joinLines(sorted(got)), joinLines(sorted(want)); g != w {
					t.Errorf("%s (%s):\ngot\n%s\nwant\n%s", base, enc, g, w)
				}
			}
			if code := p.exitCode(t, true); code != 0 {
				t.Errorf("exit code %d after shutdown and exit, want 0", code)
			}
		})
	}
}

// TestLSPDocumentScopeOnTitle expects a document-scope finding on the
// document's title line.
func TestLSPDocumentScopeOnTitle(t *testing.T) {
	t.Parallel()
	dir := copyFixtures(t, "lsp/notice-astral.md")
	p := startLSP(t, dir)
	p.initialize(t, dir, "utf-16", nil)
	uri, _ := p.open(t, filepath.Join(dir, "notice-astral.md"), "markdown")
	found := false
	for _, d := range p.diagnostics(t, uri, nil) {
		if d.Code == "retention-undisclosed" {
			found = true
			// "# 𠮷祥💡会员隐私政策": the title after "# ", with two surrogate pairs.
			if got := rangeString(d.Range); got != "0:2-0:13" {
				t.Errorf("retention-undisclosed at %s, want the title 0:2-0:13", got)
			}
		}
	}
	if !found {
		t.Error("no retention-undisclosed diagnostic")
	}
}
