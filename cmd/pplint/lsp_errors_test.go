package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pplint/pplint/analyzer/lsp/jsonrpc"
)

func rpcCode(err error) int {
	var e *jsonrpc.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return 0
}

// TestLSPProtocolErrors sends what a broken or hostile client might: the
// server answers with JSON-RPC errors and keeps serving.
func TestLSPProtocolErrors(t *testing.T) {
	t.Parallel()
	dir := copyFixtures(t, "lsp/notice-astral.md")
	p := startLSP(t, dir)
	hover := map[string]any{"textDocument": map[string]any{"uri": fileURI(filepath.Join(dir, "x.md"))}, "position": map[string]int{"line": 0, "character": 0}}
	if err := p.Call("textDocument/hover", hover, nil); rpcCode(err) != jsonrpc.CodeServerNotInitialized {
		t.Errorf("request before initialize: %v, want code %d", err, jsonrpc.CodeServerNotInitialized)
	}
	p.initialize(t, dir, "utf-16", nil)

	// A body that is not JSON, then a header without a length: parse errors
	// answered to id null.
	for _, raw := range []string{"Content-Length: 9\r\n\r\n{\"jsonrpc", "Content-Type: x\r\n\r\nnot a message\r\n"} {
		if err := p.WriteRaw([]byte(raw)); err != nil {
			t.Fatal(err)
		}
		if err := p.Await("null", nil); rpcCode(err) != jsonrpc.CodeParseError {
			t.Errorf("malformed %q: %v, want a parse error", raw, err)
		}
	}
	// A response to a request the server never made is ignored.
	if err := p.WriteRaw([]byte("Content-Length: 30\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":\"q\"}    ")); err != nil {
		t.Fatal(err)
	}
	if err := p.Call("pplint/unknown", map[string]any{}, nil); rpcCode(err) != jsonrpc.CodeMethodNotFound {
		t.Errorf("unknown method: %v, want code %d", err, jsonrpc.CodeMethodNotFound)
	}
	if err := p.Notify("pplint/unknownNotification", map[string]any{}); err != nil {
		t.Fatal(err)
	}
	if err := p.Call("textDocument/hover", []int{1}, nil); rpcCode(err) != jsonrpc.CodeInvalidParams {
		t.Errorf("hover with an array for params: %v, want code %d", err, jsonrpc.CodeInvalidParams)
	}
	if err := p.Notify("textDocument/didOpen", "not params"); err != nil {
		t.Fatal(err)
	}

	// Still serving: a document is linted.
	uri, _ := p.open(t, filepath.Join(dir, "notice-astral.md"), "markdown")
	if ds := p.diagnostics(t, uri, nil); has(ds, "grant-irrevocable") == nil {
		t.Errorf("after the bad messages: %s", codes(ds))
	}

	// A document pplint cannot read gets one diagnostic saying why.
	empty := filepath.Join(dir, "empty.html")
	if err := os.WriteFile(empty, []byte("<html><body><script>var a = 1;</script></body></html>\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	uri, _ = p.open(t, empty, "html")
	ds := p.diagnostics(t, uri, nil)
	if len(ds) != 1 || ds[0].Code != "pplint-input" || ds[0].Severity != 1 || !strings.Contains(ds[0].Message, "pplint") {
		t.Errorf("unreadable document: %+v, want one pplint-input error", ds)
	}
	if err := p.Call("initialize", map[string]any{"capabilities": map[string]any{}}, nil); rpcCode(err) != jsonrpc.CodeInvalidRequest {
		t.Errorf("second initialize: %v, want code %d", err, jsonrpc.CodeInvalidRequest)
	}
	if err := p.Call("shutdown", nil, nil); err != nil {
		t.Fatal(err)
	}
	if err := p.Call("textDocument/hover", hover, nil); rpcCode(err) != jsonrpc.CodeInvalidRequest {
		t.Errorf("request after shutdown: %v, want code %d", err, jsonrpc.CodeInvalidRequest)
	}
	if code := p.exitCode(t, false); code != 0 {
		t.Errorf("exit code %d after shutdown, want 0", code)
	}
}

// TestLSPExitWithoutShutdown exits with 1, as the protocol asks.
func TestLSPExitWithoutShutdown(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	p := startLSP(t, dir)
	p.initialize(t, dir, "utf-8", nil)
	if code := p.exitCode(t, false); code != 1 {
		t.Errorf("exit code %d without shutdown, want 1", code)
	}
}
