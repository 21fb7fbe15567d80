package lsp

import (
	"sort"
	"unicode/utf8"

	protocol "github.com/tliron/glsp/protocol_3_16"
)

// Position encodings a client may offer (LSP 3.17 PositionEncodingKind).
const (
	encUTF8  = "utf-8"
	encUTF16 = "utf-16"
	encUTF32 = "utf-32"
)

// chooseEncoding picks the first of the client's encodings that we speak;
// UTF-16, which every client supports, when it offers none.
func chooseEncoding(offered []string) string {
	for _, e := range offered {
		switch e {
		case encUTF8, encUTF16, encUTF32:
			return e
		}
	}
	return encUTF16
}

// lineIndex converts between byte offsets in a text and LSP positions in
// one encoding. Lines end at \n, \r\n or \r, as the protocol defines.
type lineIndex struct {
	text   string
	enc    string
	starts []int // byte offset of each line's start
}

func newLineIndex(text, enc string) *lineIndex {
	ix := &lineIndex{text: text, enc: enc, starts: []int{0}}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			ix.starts = append(ix.starts, i+1)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			ix.starts = append(ix.starts, i+1)
		}
	}
	return ix
}

// lineEnd is the byte offset of the end of line l, before its line break.
func (ix *lineIndex) lineEnd(l int) int {
	if l+1 >= len(ix.starts) {
		return len(ix.text)
	}
	e := ix.starts[l+1]
	if e > 0 && ix.text[e-1] == '\n' {
		e--
	}
	if e > ix.starts[l] && ix.text[e-1] == '\r' {
		e--
	}
	return e
}

// units is the width of r in the index's encoding.
func (ix *lineIndex) units(r rune, size int) int {
	switch ix.enc {
	case encUTF8:
		return size
	case encUTF32:
		return 1
	}
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// position returns the position of byte offset off (clamped to the text).
func (ix *lineIndex) position(off int) protocol.Position {
	off = max(0, min(off, len(ix.text)))
	l := sort.Search(len(ix.starts), func(i int) bool { return ix.starts[i] > off }) - 1
	end := min(off, ix.lineEnd(l))
	col := 0
	for i := ix.starts[l]; i < end; {
		r, size := utf8.DecodeRuneInString(ix.text[i:])
		col += ix.units(r, size)
		i += size
	}
	return protocol.Position{Line: protocol.UInteger(l), Character: protocol.UInteger(col)}
}

// offset returns the byte offset of position p. A line past the end is the
// end of the text; a character past the line's end is the line's end; a
// character inside a multi-unit character is that character's start.
func (ix *lineIndex) offset(p protocol.Position) int {
	l := int(p.Line)
	if l >= len(ix.starts) {
		return len(ix.text)
	}
	i, end, want := ix.starts[l], ix.lineEnd(l), int(p.Character)
	for col := 0; i < end; {
		r, size := utf8.DecodeRuneInString(ix.text[i:])
		col += ix.units(r, size)
		if col > want {
			break
		}
		i += size
	}
	return i
}

// span returns the range of the bytes [start, end).
func (ix *lineIndex) span(start, end int) protocol.Range {
	return protocol.Range{Start: ix.position(start), End: ix.position(end)}
}
