package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pplint/pplint/analyzer/lsp/jsonrpc"
)

// writePath writes text to path, making its directory.
func writePath(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Dir(path), filepath.Base(path), text)
}

// TestLSPConfiguration: the workspace's .pplint.yaml switches rules off and
// sets the language; a change to it is picked up when the client reports
// it; a custom policy that does not compile is one diagnostic on the
// configuration file, and documents are still linted with the built-in
// rules.
func TestLSPConfiguration(t *testing.T) {
	t.Parallel()
	dir := copyFixtures(t, "lsp/notice-astral.md")
	cfg := filepath.Join(dir, ".pplint.yaml")
	writePath(t, cfg, "lang: en\nrules:\n  grant-irrevocable: off\n")
	p := startLSP(t, dir)
	p.initialize(t, dir, "utf-16", map[string]any{"workspace": map[string]any{
		"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}}})
	if req, err := p.Next("client/registerCapability", nil); err != nil || !strings.Contains(string(req.Params), ".pplint.{yaml,yml}") {
		t.Errorf("registerCapability for the configuration: %v %s", err, paramsOf(req))
	}
	uri, _ := p.open(t, filepath.Join(dir, "notice-astral.md"), "markdown")
	ds := p.diagnostics(t, uri, nil)
	if has(ds, "grant-irrevocable") != nil || has(ds, "grant-sublicensable") == nil {
		t.Errorf("with grant-irrevocable off: %s", codes(ds))
	}
	if d := has(ds, "grant-sublicensable"); d != nil && !strings.HasPrefix(d.Message, "The grant") {
		t.Errorf("lang: en, but the message is %q", d.Message)
	}

	// A custom policy with a syntax error.
	writePath(t, filepath.Join(dir, "house", "bad.rego"), "package pplint.rules.custom\n\nreport contains x if {\n")
	writePath(t, cfg, "rules:\n  grant-irrevocable: off\npolicies:\n  - house\n")
	changed := func() {
		t.Helper()
		err := p.Notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []map[string]any{{"uri": fileURI(cfg), "type": 2}}})
		if err != nil {
			t.Fatal(err)
		}
	}
	changed()
	cds := p.diagnostics(t, fileURI(cfg), nil)
	if len(cds) != 1 || cds[0].Code != "pplint-config" || !strings.Contains(cds[0].Message, "bad.rego") || cds[0].Range.Start.Line != 2 {
		t.Errorf("config diagnostics: %+v, want one error on the policies line naming bad.rego", cds)
	}
	ds = p.diagnostics(t, uri, nil)
	if has(ds, "grant-irrevocable") != nil || has(ds, "grant-sublicensable") == nil || !strings.Contains(has(ds, "grant-sublicensable").Message, "转授权") {
		t.Errorf("with a broken custom policy: %s (want built-ins, the rule still off, Chinese messages)", codes(ds))
	}
	// Editing the document again does not report the problem again.
	p.change(t, uri, 2, map[string]any{"text": "# 隐私政策\n\n我们永久保存您的信息。\n"})
	p.diagnostics(t, uri, func(ds []diag) bool { return has(ds, "grant-sublicensable") == nil })
	if n := p.Count("textDocument/publishDiagnostics", func(m *jsonrpc.Message) bool { return strings.Contains(string(m.Params), "pplint-config") }); n != 0 {
		t.Errorf("the configuration problem was published %d more times", n)
	}

	// Fixed: the problem is cleared. Then the document is excluded.
	writePath(t, cfg, "rules:\n  grant-irrevocable: off\n")
	changed()
	if cds := p.diagnostics(t, fileURI(cfg), nil); len(cds) != 0 {
		t.Errorf("after the fix: %+v", cds)
	}
	writePath(t, cfg, "exclude:\n  - \"notice-*.md\"\n")
	changed()
	if ds := p.diagnostics(t, uri, func(ds []diag) bool { return len(ds) == 0 }); len(ds) != 0 {
		t.Errorf("an excluded document has diagnostics: %s", codes(ds))
	}
	if code := p.exitCode(t, true); code != 0 {
		t.Errorf("exit code %d", code)
	}
}

func paramsOf(m *jsonrpc.Message) json.RawMessage {
	if m == nil {
		return nil
	}
	return m.Params
}
