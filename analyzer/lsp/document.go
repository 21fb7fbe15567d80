package lsp

import (
	"net/url"
	"path/filepath"
	"strings"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/pplint/pplint/analyzer/report"
	"github.com/pplint/pplint/segment"
)

// document is an open text document and the results of its last lint.
type document struct {
	uri        string
	path       string // file system path; "" for an unsaved buffer
	languageID string
	version    int32
	text       string

	// lintedVersion is the version the results below belong to; -1 before
	// the first lint.
	lintedVersion int32
	// lintedGen is the server's configuration generation the results
	// were linted under.
	lintedGen int
	linted    *lintResult
}

// fresh reports whether the results belong to the current text and the
// configuration generation gen.
func (d *document) fresh(gen int) bool {
	return d.linted != nil && d.lintedVersion == d.version && d.lintedGen == gen
}

// lintResult is what one lint of a document produced.
type lintResult struct {
	index    *lineIndex
	findings []report.Finding
	diags    []protocol.Diagnostic
	eng      *engine
}

// uriPath returns the file system path of a file: URI, or "".
func uriPath(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return ""
	}
	p := u.Path
	if len(p) >= 3 && p[0] == '/' && p[2] == ':' { // file:///C:/…
		p = p[1:]
	}
	return filepath.FromSlash(p)
}

// pathURI returns the file: URI of an absolute path.
func pathURI(p string) string {
	p = filepath.ToSlash(p)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// format is the input format of the document: from its file name, else
// from its language id; "" when pplint does not lint it.
func (d *document) format() segment.Format {
	if d.path != "" {
		switch strings.ToLower(filepath.Ext(d.path)) {
		case ".md", ".markdown", ".mdown", ".mkd":
			return segment.FormatMarkdown
		case ".html", ".htm", ".xhtml":
			return segment.FormatHTML
		case ".txt", ".text":
			return segment.FormatText
		}
	}
	switch d.languageID {
	case "markdown":
		return segment.FormatMarkdown
	case "html":
		return segment.FormatHTML
	case "plaintext", "text":
		return segment.FormatText
	}
	return ""
}

// lintName is the file name the document is linted as: its path, or a
// name that gives its format.
func (d *document) lintName() string {
	if d.path != "" {
		return d.path
	}
	switch d.format() {
	case segment.FormatMarkdown:
		return "untitled.md"
	case segment.FormatHTML:
		return "untitled.html"
	}
	return "untitled.txt"
}

// isSettings reports whether path is a pplint configuration file or a
// Rego policy: saving one reloads the configuration.
func isSettings(path string) bool {
	base := filepath.Base(path)
	return base == ".pplint.yaml" || base == ".pplint.yml" || strings.HasSuffix(base, ".rego")
}

// applyChanges applies content changes in order: a change with a range
// replaces that range, one without replaces the whole text.
func applyChanges(text, enc string, changes []any) string {
	for _, c := range changes {
		switch c := c.(type) {
		case protocol.TextDocumentContentChangeEventWhole:
			text = c.Text
		case protocol.TextDocumentContentChangeEvent:
			if c.Range == nil {
				text = c.Text
				continue
			}
			ix := newLineIndex(text, enc)
			s, e := ix.offset(c.Range.Start), ix.offset(c.Range.End)
			if e < s {
				s, e = e, s
			}
			text = text[:s] + c.Text + text[e:]
		}
	}
	return text
}
