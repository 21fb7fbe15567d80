// Package lsp is pplint's language server: it lints Markdown, text and HTML
// documents as they are edited and publishes the findings as diagnostics,
// with hovers that explain them and code actions that suppress them.
//
// The protocol types are those of github.com/tliron/glsp (LSP 3.16), with
// the 3.17 position-encoding negotiation added here. Framing and dispatch
// are package jsonrpc's: glsp's own transport closes the connection on a
// malformed message, and a server must answer it with an error instead.
package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/pplint/pplint/analyzer/lsp/jsonrpc"
)

// DefaultDebounce is how long the server waits after an edit before it
// lints: long enough not to lint at every keystroke.
const DefaultDebounce = 200 * time.Millisecond

// Options configure a language server.
type Options struct {
	Version  string        // reported as serverInfo.version
	Debounce time.Duration // wait after an edit before linting; 0: DefaultDebounce, <0: none
	Log      io.Writer     // the server's own messages; nil: discarded
	Root     string        // workspace root when the client names none; "": working directory
}

// server states.
const (
	stateNew = iota
	stateRunning
	stateShutdown
)

type server struct {
	ctx  context.Context
	conn *jsonrpc.Conn
	opts Options

	mu    sync.Mutex // guards the fields below and orders diagnostics
	state int
	enc   string
	docs  map[string]*document
	gen   int // configuration generation, counted up by reload
	// client capabilities the server uses
	showDocument, watchFiles bool

	engines *engines
	queue   *scheduler
}

// Serve runs a language server on in and out until the client sends exit
// or closes its end. It returns the exit code the protocol asks for: 0
// after a shutdown request, 1 otherwise.
func Serve(ctx context.Context, in io.Reader, out io.Writer, opts Options) int {
	if opts.Debounce == 0 {
		opts.Debounce = DefaultDebounce
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.Root == "" {
		opts.Root, _ = os.Getwd()
	}
	s := &server{ctx: ctx, conn: jsonrpc.NewConn(in, out), opts: opts, enc: encUTF16, docs: map[string]*document{}}
	s.engines = &engines{root: opts.Root, publish: s.publishFor, logf: s.logf}
	s.queue = newScheduler(s.lintURI)
	defer s.queue.stop()
	for {
		body, err := s.conn.ReadBody()
		switch {
		case errors.Is(err, io.EOF):
			return s.exitCode()
		case errors.Is(err, jsonrpc.ErrFraming):
			s.logf("%v", err)
			s.reply(nil, nil, jsonrpc.Errorf(jsonrpc.CodeParseError, "%v", err))
			continue
		case err != nil:
			s.logf("%v", err)
			return s.exitCode()
		}
		m, rpcErr := jsonrpc.Decode(body)
		if rpcErr != nil {
			var id json.RawMessage
			if m != nil {
				id = m.ID
			}
			s.reply(id, nil, rpcErr)
			continue
		}
		if m.IsResponse() {
			continue // the client's answer to registerCapability or showDocument
		}
		if m.Method == "exit" {
			return s.exitCode()
		}
		s.handle(m)
	}
}

func (s *server) exitCode() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state == stateShutdown {
		return 0
	}
	return 1
}

func (s *server) logf(format string, args ...any) {
	fmt.Fprintf(s.opts.Log, "pplint lsp: "+format+"\n", args...)
}

// reply answers a request; a notification (no id) gets no answer unless
// the error is about the message itself.
func (s *server) reply(id json.RawMessage, result any, e *jsonrpc.Error) {
	var err error
	if e != nil {
		err = s.conn.ReplyError(id, e)
	} else {
		err = s.conn.Reply(id, result)
	}
	if err != nil {
		s.logf("%v", err)
	}
}

// handle dispatches one request or notification, turning a panic into an
// internal error.
func (s *server) handle(m *jsonrpc.Message) {
	defer func() {
		if r := recover(); r != nil {
			s.logf("internal error in %s: %v", m.Method, r)
			if m.IsRequest() {
				s.reply(m.ID, nil, jsonrpc.Errorf(jsonrpc.CodeInternalError, "internal error in %s: %v", m.Method, r))
			}
		}
	}()
	s.mu.Lock()
	state := s.state
	s.mu.Unlock()
	if !m.IsRequest() {
		if fn, ok := notifications[m.Method]; ok && state == stateRunning {
			if err := fn(s, m.Params); err != nil {
				s.logf("%s: %v", m.Method, err)
			}
		}
		return
	}
	fn, ok := requests[m.Method]
	switch {
	case !ok:
		s.reply(m.ID, nil, jsonrpc.Errorf(jsonrpc.CodeMethodNotFound, "method not found: %s", m.Method))
	case state == stateNew && m.Method != "initialize":
		s.reply(m.ID, nil, jsonrpc.Errorf(jsonrpc.CodeServerNotInitialized, "server not initialized"))
	case state == stateShutdown:
		s.reply(m.ID, nil, jsonrpc.Errorf(jsonrpc.CodeInvalidRequest, "server is shutting down"))
	default:
		result, err := fn(s, m.Params)
		var e *jsonrpc.Error
		if err != nil && !errors.As(err, &e) {
			e = jsonrpc.Errorf(jsonrpc.CodeRequestFailed, "%v", err)
		}
		s.reply(m.ID, result, e)
	}
}

type (
	requestFunc      func(s *server, params json.RawMessage) (any, error)
	notificationFunc func(s *server, params json.RawMessage) error
)

var requests map[string]requestFunc

var notifications map[string]notificationFunc

func init() {
	requests = map[string]requestFunc{
		"initialize":               (*server).initialize,
		"shutdown":                 (*server).shutdown,
		"textDocument/hover":       (*server).hover,
		"textDocument/codeAction":  (*server).codeAction,
		"workspace/executeCommand": (*server).executeCommand,
	}
	notifications = map[string]notificationFunc{
		"initialized":                     (*server).initialized,
		"textDocument/didOpen":            (*server).didOpen,
		"textDocument/didChange":          (*server).didChange,
		"textDocument/didSave":            (*server).didSave,
		"textDocument/didClose":           (*server).didClose,
		"workspace/didChangeWatchedFiles": (*server).didChangeWatchedFiles,
	}
}

// decode reads params into v, an invalid-params error when they do not fit.
func decode(params json.RawMessage, v any) error {
	if len(params) == 0 {
		return jsonrpc.Errorf(jsonrpc.CodeInvalidParams, "missing params")
	}
	if err := json.Unmarshal(params, v); err != nil {
		return jsonrpc.Errorf(jsonrpc.CodeInvalidParams, "invalid params: %v", err)
	}
	return nil
}

// publishFor sends the diagnostics of a URI.
func (s *server) publishFor(uri string, diags []protocol.Diagnostic) {
	if diags == nil {
		diags = []protocol.Diagnostic{}
	}
	if err := s.conn.Notify("textDocument/publishDiagnostics", protocol.PublishDiagnosticsParams{URI: uri, Diagnostics: diags}); err != nil {
		s.logf("%v", err)
	}
}
