package segment

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"
)

// LoadOptions control how raw bytes become a Document.
type LoadOptions struct {
	Format   Format // empty: chosen from the file name
	Encoding string // empty: detected
}

// ErrEmpty reports an input with no text.
var ErrEmpty = errors.New("file is empty")

// Load decodes raw file bytes and parses them into a Document.
func Load(path string, data []byte, opts LoadOptions) (*Document, error) {
	format := opts.Format
	if format == "" {
		format = FormatOf(path)
	}
	src, err := decode(data)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, ErrEmpty
	}
	return Parse(path, src, format)
}

// decode returns data as UTF-8 without a byte-order mark.
func decode(data []byte) ([]byte, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("invalid UTF-8")
	}
	return data, nil
}
