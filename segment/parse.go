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

// CheckFormat reports whether f is a format Parse understands; an empty
// format (from the file name) is valid.
func CheckFormat(f Format) error {
	switch f {
	case "", FormatMarkdown, FormatText, FormatHTML, FormatDocx:
		return nil
	}
	return fmt.Errorf("unknown input format %q: want markdown, text, html or docx", f)
}

// Parse builds a Document from UTF-8 source in the given format. For
// FormatDocx, src is the .docx file itself and the Document's Source is the
// extracted text, one paragraph per line (see parseDocx).
func Parse(path string, src []byte, format Format) (*Document, error) {
	var blocks []Block
	switch format {
	case FormatMarkdown:
		blocks = parseMarkdown(src)
	case FormatText:
		blocks = parseText(src)
	case FormatHTML:
		blocks = parseHTML(src)
	case FormatDocx:
		text, bs, err := parseDocx(src)
		if err != nil {
			return nil, err
		}
		src, blocks = text, bs
	default:
		return nil, CheckFormat(format)
	}
	return NewDocument(path, format, src, blocks), nil
}
