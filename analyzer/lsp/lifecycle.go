package lsp

import (
	"encoding/json"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/pplint/pplint/analyzer/lsp/jsonrpc"
)

// commandShowRule opens a rule's documentation.
const commandShowRule = "pplint.showRule"

// generalCapabilities is the LSP 3.17 part of the client's capabilities
// that glsp's 3.16 types lack.
type generalCapabilities struct {
	Capabilities struct {
		General struct {
			PositionEncodings []string `json:"positionEncodings"`
		} `json:"general"`
	} `json:"capabilities"`
}

// serverCapabilities adds the negotiated position encoding (3.17).
type serverCapabilities struct {
	protocol.ServerCapabilities
	PositionEncoding string `json:"positionEncoding"`
}

type initializeResult struct {
	Capabilities serverCapabilities                   `json:"capabilities"`
	ServerInfo   *protocol.InitializeResultServerInfo `json:"serverInfo,omitempty"`
}

func (s *server) initialize(params json.RawMessage) (any, error) {
	var p protocol.InitializeParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	var g generalCapabilities
	_ = json.Unmarshal(params, &g)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state != stateNew {
		return nil, jsonrpc.Errorf(jsonrpc.CodeInvalidRequest, "initialize was already received")
	}
	s.state = stateRunning
	s.enc = chooseEncoding(g.Capabilities.General.PositionEncodings)
	if root := workspaceRoot(&p); root != "" {
		s.engines.root = root
	}
	if o, ok := p.InitializationOptions.(map[string]any); ok && (o["lang"] == "en" || o["lang"] == "zh") {
		s.engines.lang = o["lang"].(string)
	}
	if w := p.Capabilities.Window; w != nil && w.ShowDocument != nil {
		s.showDocument = w.ShowDocument.Support
	}
	if w := p.Capabilities.Workspace; w != nil && w.DidChangeWatchedFiles != nil && w.DidChangeWatchedFiles.DynamicRegistration != nil {
		s.watchFiles = *w.DidChangeWatchedFiles.DynamicRegistration
	}
	change := protocol.TextDocumentSyncKindIncremental
	caps := protocol.ServerCapabilities{
		TextDocumentSync: protocol.TextDocumentSyncOptions{OpenClose: ptr(true), Change: &change,
			Save: protocol.SaveOptions{IncludeText: ptr(false)}},
		HoverProvider:          true,
		CodeActionProvider:     protocol.CodeActionOptions{CodeActionKinds: []protocol.CodeActionKind{protocol.CodeActionKindQuickFix}},
		ExecuteCommandProvider: &protocol.ExecuteCommandOptions{Commands: []string{commandShowRule}},
	}
	return initializeResult{
		Capabilities: serverCapabilities{ServerCapabilities: caps, PositionEncoding: s.enc},
		ServerInfo:   &protocol.InitializeResultServerInfo{Name: "pplint", Version: ptr(s.opts.Version)},
	}, nil
}

// workspaceRoot is the first workspace folder, else the root URI or path.
func workspaceRoot(p *protocol.InitializeParams) string {
	if len(p.WorkspaceFolders) > 0 {
		if r := uriPath(p.WorkspaceFolders[0].URI); r != "" {
			return r
		}
	}
	if p.RootURI != nil {
		if r := uriPath(*p.RootURI); r != "" {
			return r
		}
	}
	if p.RootPath != nil {
		return *p.RootPath
	}
	return ""
}

// initialized asks the client to report changes to configuration files and
// policies, when it can watch files for us.
func (s *server) initialized(json.RawMessage) error {
	s.mu.Lock()
	watch := s.watchFiles
	s.mu.Unlock()
	if !watch {
		return nil
	}
	opts := protocol.DidChangeWatchedFilesRegistrationOptions{Watchers: []protocol.FileSystemWatcher{
		{GlobPattern: "**/.pplint.{yaml,yml}"}, {GlobPattern: "**/*.rego"},
	}}
	_, err := s.conn.Call("client/registerCapability", protocol.RegistrationParams{Registrations: []protocol.Registration{
		{ID: "pplint-settings", Method: "workspace/didChangeWatchedFiles", RegisterOptions: opts},
	}})
	return err
}

// shutdown stops linting; the server then only waits for exit.
func (s *server) shutdown(json.RawMessage) (any, error) {
	s.queue.stop()
	s.mu.Lock()
	s.state = stateShutdown
	s.mu.Unlock()
	return nil, nil
}
