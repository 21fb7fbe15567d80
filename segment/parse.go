package segment

import (
	"fmt"
	"path/filepath"
	"strings"
)

// FormatOf picks the input format from a file name's extension; unknown
// extensions are read as plain text.
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return FormatMarkdown
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".docx":
		return FormatDocx
	}
	return FormatText
}

// Parse builds a Document from UTF-8 source in the given format.
func Parse(path string, src []byte, format Format) (*Document, error) {
	var blocks []Block
	switch format {
	case FormatMarkdown:
		blocks = parseMarkdown(src)
	case FormatText:
		blocks = parseText(src)
	default:
		return nil, fmt.Errorf("parse %s: format %q is not supported", path, format)
	}
	return NewDocument(path, format, src, blocks), nil
}
