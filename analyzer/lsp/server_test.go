package lsp

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/pplint/pplint/analyzer/lsp/lsptest"
)

// session is an in-process server with a scripted client.
type session struct {
	*lsptest.Client
	in   *io.PipeWriter
	code chan int
}

func start(t *testing.T, root string) *session {
	t.Helper()
	cr, sw := io.Pipe() // server → client
	sr, cw := io.Pipe() // client → server
	s := &session{Client: lsptest.New(cr, cw), in: cw, code: make(chan int, 1)}
	go func() {
		s.code <- Serve(context.Background(), sr, sw, Options{Version: "test", Debounce: -1, Root: root})
		sw.Close()
	}()
	t.Cleanup(func() { cw.Close() })
	return s
}

func (s *session) initialize(t *testing.T, enc string) map[string]any {
	t.Helper()
	var res map[string]any
	params := map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{
		"general": map[string]any{"positionEncodings": []string{enc}}}}
	if err := s.Call("initialize", params, &res); err != nil {
		t.Fatal(err)
	}
	if err := s.Notify("initialized", map[string]any{}); err != nil {
		t.Fatal(err)
	}
	return res
}

func (s *session) open(t *testing.T, path, lang, text string) string {
	t.Helper()
	uri := pathURI(path)
	err := s.Notify("textDocument/didOpen", protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: uri, LanguageID: lang, Version: 1, Text: text}})
	if err != nil {
		t.Fatal(err)
	}
	return uri
}

func (s *session) stop(t *testing.T) {
	t.Helper()
	if err := s.Call("shutdown", nil, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Notify("exit", nil); err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-s.code:
		if code != 0 {
			t.Errorf("exit code after shutdown = %d, want 0", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("server did not stop after exit")
	}
}

func readFixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "fixtures", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestSmoke(t *testing.T) {
	dir := t.TempDir()
	s := start(t, dir)
	s.initialize(t, "utf-16")
	uri := s.open(t, filepath.Join(dir, "notice.md"), "markdown", readFixture(t, "docs/privacy-notice.md"))
	diags, err := s.Diagnostics(uri, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Logf("%v %v %s", d.Range, d.Code, d.Message)
	}
	if len(diags) == 0 {
		t.Fatal("no diagnostics")
	}
	s.stop(t)
	_ = runtime.NumGoroutine
	_ = strings.Contains
}
