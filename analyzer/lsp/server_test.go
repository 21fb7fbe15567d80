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

func start(t testing.TB, root string) *session {
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

func (s *session) initialize(t testing.TB, enc string) map[string]any {
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

func (s *session) open(t testing.TB, path, lang, text string) string {
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

// lspGoroutines lists the goroutines running code of this package.
func lspGoroutines() []string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var out []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "pplint/analyzer/lsp.") && !strings.Contains(g, "lspGoroutines") {
			out = append(out, g)
		}
	}
	return out
}

// TestServeLeavesNoGoroutine runs a session with pending debounced lints
// through shutdown and exit: Serve returns and nothing of it keeps running.
func TestServeLeavesNoGoroutine(t *testing.T) {
	dir := t.TempDir()
	s := start(t, dir)
	s.initialize(t, "utf-16")
	text := readFixture(t, "docs/privacy-notice.md")
	uri := s.open(t, filepath.Join(dir, "notice.md"), "markdown", text)
	diags, err := s.Diagnostics(uri, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) == 0 {
		t.Fatal("no diagnostics for the fixture")
	}
	if len(lspGoroutines()) == 0 {
		t.Fatal("the running server's goroutines are not found: the check below would prove nothing")
	}
	s.stop(t)
	deadline := time.Now().Add(5 * time.Second)
	for len(lspGoroutines()) > 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if left := lspGoroutines(); len(left) > 0 {
		t.Errorf("%d goroutine(s) left after exit:\n%s", len(left), strings.Join(left, "\n\n"))
	}
}

// TestSchedulerStopsTimers: a lint scheduled far ahead does not run after
// stop, and stop returns.
func TestSchedulerStopsTimers(t *testing.T) {
	ran := make(chan string, 4)
	q := newScheduler(func(uri string) { ran <- uri })
	q.schedule("a", 0)
	if got := <-ran; got != "a" {
		t.Fatalf("ran %q", got)
	}
	q.schedule("b", time.Hour)
	q.schedule("c", 10*time.Millisecond)
	q.schedule("c", 20*time.Millisecond) // replaces the first
	if got := <-ran; got != "c" {
		t.Fatalf("ran %q", got)
	}
	q.stop()
	q.schedule("d", 0)
	q.stop()
	select {
	case u := <-ran:
		t.Errorf("ran %q after stop", u)
	case <-time.After(50 * time.Millisecond):
	}
	if len(q.timers) != 0 {
		t.Errorf("%d timers kept", len(q.timers))
	}
}

// TestConcurrentEditsAndRequests types quickly while asking for hovers and
// code actions: the last diagnostics published belong to the last text
// (run with -race).
func TestConcurrentEditsAndRequests(t *testing.T) {
	dir := t.TempDir()
	s := start(t, dir)
	s.initialize(t, "utf-32")
	uri := s.open(t, filepath.Join(dir, "a.md"), "markdown", "# 授权书\n\n本人授权贵司使用上述信息。\n")
	if _, err := s.Diagnostics(uri, nil); err != nil {
		t.Fatal(err)
	}
	const edits = 40
	for i := 2; i < edits; i++ {
		text := "# 授权书\n\n本人授权贵司使用上述信息。\n"
		if i == edits-1 {
			text = "# 授权书\n\n本人不可撤销地授权贵司使用上述信息。\n"
		}
		err := s.Notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": i},
			"contentChanges": []map[string]any{{"text": text}}})
		if err != nil {
			t.Fatal(err)
		}
		if i%5 == 0 {
			pos := map[string]int{"line": 2, "character": 3}
			if err := s.Call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": pos}, nil); err != nil {
				t.Fatal(err)
			}
			if err := s.Call("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": uri},
				"range": map[string]any{"start": pos, "end": pos}, "context": map[string]any{"diagnostics": []any{}}}, nil); err != nil {
				t.Fatal(err)
			}
		}
	}
	last, err := s.Diagnostics(uri, func(ds []lsptest.Diagnostic) bool {
		for _, d := range ds {
			if d.Code == "grant-irrevocable" {
				return true
			}
		}
		return false
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range last {
		if r := d.Range; d.Code == "grant-irrevocable" && (r.Start.Line != 2 || r.Start.Character != 2 || r.End.Character != 6) {
			t.Errorf("grant-irrevocable at %v, want 2:2-2:6", r)
		}
	}
	s.stop(t)
}

// TestInitializationOptionsLang sets English messages without a
// configuration file.
func TestInitializationOptionsLang(t *testing.T) {
	dir := t.TempDir()
	s := start(t, dir)
	var res map[string]any
	if err := s.Call("initialize", map[string]any{"capabilities": map[string]any{}, "initializationOptions": map[string]any{"lang": "en"}}, &res); err != nil {
		t.Fatal(err)
	}
	uri := s.open(t, filepath.Join(dir, "a.txt"), "plaintext", "本人不可撤销地授权贵司使用上述信息。\n")
	ds, err := s.Diagnostics(uri, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) == 0 || !strings.HasPrefix(ds[0].Message, "The grant") {
		t.Errorf("want English messages, got %+v", ds)
	}
	s.stop(t)
}

// TestOversizedDocument gets one diagnostic instead of a long lint.
func TestOversizedDocument(t *testing.T) {
	dir := t.TempDir()
	s := start(t, dir)
	s.initialize(t, "utf-8")
	uri := s.open(t, filepath.Join(dir, "big.txt"), "plaintext", strings.Repeat("本人不可撤销地授权。\n", MaxDocument/30+1))
	ds, err := s.Diagnostics(uri, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 || ds[0].Code != "pplint-input" || !strings.Contains(ds[0].Message, "max-file-size") {
		t.Errorf("oversized document: %+v", ds)
	}
	s.stop(t)
}
