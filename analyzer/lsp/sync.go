package lsp

import (
	"encoding/json"

	protocol "github.com/tliron/glsp/protocol_3_16"
)

func (s *server) didOpen(params json.RawMessage) error {
	var p protocol.DidOpenTextDocumentParams
	if err := decode(params, &p); err != nil {
		return err
	}
	d := &document{uri: p.TextDocument.URI, path: uriPath(p.TextDocument.URI), languageID: p.TextDocument.LanguageID,
		version: p.TextDocument.Version, text: p.TextDocument.Text, lintedVersion: -1}
	s.mu.Lock()
	s.docs[d.uri] = d
	s.mu.Unlock()
	if d.format() != "" {
		s.queue.schedule(d.uri, 0)
	}
	return nil
}

func (s *server) didChange(params json.RawMessage) error {
	var p protocol.DidChangeTextDocumentParams
	if err := decode(params, &p); err != nil {
		return err
	}
	s.mu.Lock()
	d, ok := s.docs[p.TextDocument.URI]
	if ok {
		d.text = applyChanges(d.text, s.enc, p.ContentChanges)
		d.version = p.TextDocument.Version
	}
	s.mu.Unlock()
	if ok && d.format() != "" {
		s.queue.schedule(d.uri, s.opts.Debounce)
	}
	return nil
}

func (s *server) didSave(params json.RawMessage) error {
	var p protocol.DidSaveTextDocumentParams
	if err := decode(params, &p); err != nil {
		return err
	}
	if path := uriPath(p.TextDocument.URI); path != "" && isSettings(path) {
		s.reload()
		return nil
	}
	s.mu.Lock()
	d, ok := s.docs[p.TextDocument.URI]
	s.mu.Unlock()
	if ok && d.format() != "" {
		s.queue.schedule(d.uri, 0)
	}
	return nil
}

func (s *server) didClose(params json.RawMessage) error {
	var p protocol.DidCloseTextDocumentParams
	if err := decode(params, &p); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if d, ok := s.docs[p.TextDocument.URI]; ok {
		delete(s.docs, d.uri)
		if d.format() != "" {
			s.publishFor(d.uri, nil)
		}
	}
	return nil
}

func (s *server) didChangeWatchedFiles(params json.RawMessage) error {
	var p protocol.DidChangeWatchedFilesParams
	if err := decode(params, &p); err != nil {
		return err
	}
	for _, c := range p.Changes {
		if path := uriPath(c.URI); path != "" && isSettings(path) {
			s.reload()
			return nil
		}
	}
	return nil
}

// reload reads the configuration and policies again and lints every open
// document with them.
func (s *server) reload() {
	s.mu.Lock()
	s.engines.reset()
	s.gen++
	var uris []string
	for uri, d := range s.docs {
		if d.format() != "" {
			uris = append(uris, uri)
		}
	}
	s.mu.Unlock()
	for _, uri := range uris {
		s.queue.schedule(uri, 0)
	}
}
