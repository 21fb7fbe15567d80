package segment

import (
	"bytes"
	"errors"
)

// LoadOptions control how raw bytes become a Document.
type LoadOptions struct {
	Format   Format // empty: chosen from the file name
	Encoding string // empty: detected (see Decode)
}

// Errors for inputs without text.
var (
	ErrEmpty  = errors.New("file is empty")
	ErrNoText = errors.New("no text found in the document")
)

// zipMagic starts every zip archive, and so every .docx file.
var zipMagic = []byte("PK\x03\x04")

// Load decodes raw file bytes and parses them into a Document. A .docx is
// read from the zip archive (Encoding does not apply); other formats are
// decoded to UTF-8 first. Errors say what is wrong with the input, without
// its path.
func Load(path string, data []byte, opts LoadOptions) (*Document, error) {
	format := opts.Format
	if format == "" {
		format = FormatOf(path)
	}
	if len(data) == 0 {
		return nil, ErrEmpty
	}
	if format == FormatDocx {
		return Parse(path, data, format)
	}
	if bytes.HasPrefix(data, zipMagic) {
		return nil, errors.New("binary file (a zip archive, perhaps a .docx without its extension; try --input-format docx)")
	}
	src, _, err := Decode(data, opts.Encoding)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, ErrEmpty
	}
	doc, err := Parse(path, src, format)
	if err != nil {
		return nil, err
	}
	if len(doc.Blocks) == 0 && format == FormatHTML {
		return nil, ErrNoText
	}
	return doc, nil
}
