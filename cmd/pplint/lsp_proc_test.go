package main

import (
	"bytes"
	"encoding/json"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/pplint/pplint/analyzer/lsp/lsptest"
)

// lspBinary is pplint built once for the tests that run it as a process.
var lspBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "pplint-lsp-test")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "pplint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		return "", &exec.ExitError{Stderr: out}
	}
	return bin, nil
})

// lspProc is `pplint lsp` running as a subprocess with a scripted client.
type lspProc struct {
	*lsptest.Client
	cmd    *exec.Cmd
	stdin  interface{ Close() error }
	stderr bytes.Buffer
	done   chan struct{}
}

func startLSP(t *testing.T, dir string) *lspProc {
	t.Helper()
	bin, err := lspBinary()
	if err != nil {
		t.Fatalf("build pplint: %v", err)
	}
	p := &lspProc{cmd: exec.Command(bin, "lsp", "--stdio", "--debounce", "20ms"), done: make(chan struct{})}
	p.cmd.Dir = dir
	p.cmd.Stderr = &p.stderr
	in, err := p.cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := p.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p.stdin = in
	p.Client = lsptest.New(out, in)
	go func() { _ = p.cmd.Wait(); close(p.done) }()
	t.Cleanup(func() {
		_ = in.Close()
		select {
		case <-p.done:
		case <-time.After(5 * time.Second):
			_ = p.cmd.Process.Kill()
		}
		if t.Failed() {
			t.Logf("server stderr:\n%s", p.stderr.String())
		}
	})
	return p
}

// initialize negotiates enc and returns the server's capabilities.
func (p *lspProc) initialize(t *testing.T, root, enc string, caps map[string]any) map[string]any {
	t.Helper()
	if caps == nil {
		caps = map[string]any{}
	}
	caps["general"] = map[string]any{"positionEncodings": []string{enc}}
	var res struct {
		Capabilities map[string]any `json:"capabilities"`
	}
	params := map[string]any{"processId": os.Getpid(), "rootUri": fileURI(root), "capabilities": caps}
	if err := p.Call("initialize", params, &res); err != nil {
		t.Fatal(err)
	}
	if err := p.Notify("initialized", map[string]any{}); err != nil {
		t.Fatal(err)
	}
	return res.Capabilities
}

// exitCode sends shutdown (when asked) and exit, and returns the exit code.
func (p *lspProc) exitCode(t *testing.T, shutdown bool) int {
	t.Helper()
	if shutdown {
		if err := p.Call("shutdown", nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Notify("exit", nil); err != nil {
		t.Fatal(err)
	}
	select {
	case <-p.done:
	case <-time.After(10 * time.Second):
		t.Fatal("server still running 10 s after exit")
	}
	return p.cmd.ProcessState.ExitCode()
}

func (p *lspProc) open(t *testing.T, path, lang string) (uri, text string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	uri = fileURI(path)
	err = p.Notify("textDocument/didOpen", protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: uri, LanguageID: lang, Version: 1, Text: string(b)}})
	if err != nil {
		t.Fatal(err)
	}
	return uri, string(b)
}

type diag = lsptest.Diagnostic

// diagnostics waits for the next diagnostics of uri that accept takes.
func (p *lspProc) diagnostics(t *testing.T, uri string, accept func([]diag) bool) []diag {
	t.Helper()
	out, err := p.Diagnostics(uri, accept)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func fileURI(path string) string {
	abs, _ := filepath.Abs(path)
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// lineBreaks splits text into lines the way LSP counts them.
var lineBreaks = regexp.MustCompile(`\r\n|\r|\n`)

// lspPosition converts a byte offset to a position in enc, independently of
// the server's code: count lines, then encode the line's prefix.
func lspPosition(text string, off int, enc string) protocol.Position {
	before := text[:off]
	starts := lineBreaks.FindAllStringIndex(before, -1)
	line, lineStart := len(starts), 0
	if line > 0 {
		lineStart = starts[line-1][1]
	}
	prefix := before[lineStart:]
	n := utf8.RuneCountInString(prefix)
	switch enc {
	case "utf-8":
		n = len(prefix)
	case "utf-16":
		n = len(utf16.Encode([]rune(prefix)))
	}
	return protocol.Position{Line: protocol.UInteger(line), Character: protocol.UInteger(n)}
}

// cliFinding is a finding of `pplint check --format json`.
type cliFinding struct {
	RuleID   string `json:"rule_id"`
	Level    string `json:"level"`
	Location struct {
		Path      string `json:"path"`
		Offset    int    `json:"offset"`
		EndOffset int    `json:"end_offset"`
	} `json:"location"`
}

// cliFindings runs the CLI on the files of dir.
func cliFindings(t *testing.T, dir string, files ...string) []cliFinding {
	t.Helper()
	bin, _ := lspBinary()
	cmd := exec.Command(bin, append([]string{"check", "--no-config", "--format", "json"}, files...)...)
	cmd.Dir = dir
	out, _ := cmd.Output()
	var rep struct {
		Findings []cliFinding `json:"findings"`
	}
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatalf("CLI JSON: %v\n%s", err, out)
	}
	return rep.Findings
}

func sorted(xs []string) []string {
	sort.Strings(xs)
	return xs
}

func joinLines(xs []string) string { return strings.Join(xs, "\n") }
