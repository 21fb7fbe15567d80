package lsp

import (
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	protocol "github.com/tliron/glsp/protocol_3_16"
)

func TestChooseEncoding(t *testing.T) {
	for _, c := range []struct {
		offered []string
		want    string
	}{
		{nil, encUTF16},
		{[]string{"utf-32", "utf-16"}, encUTF32},
		{[]string{"utf-8"}, encUTF8},
		{[]string{"latin-1", "utf-8"}, encUTF8},
		{[]string{"latin-1"}, encUTF16},
	} {
		if got := chooseEncoding(c.offered); got != c.want {
			t.Errorf("chooseEncoding(%q) = %s, want %s", c.offered, got, c.want)
		}
	}
}

// naive computes the position of byte offset off the slow, obvious way.
func naive(text string, off int, enc string) protocol.Position {
	line, start := 0, 0
	for i := 0; i < off; i++ {
		if text[i] == '\n' || text[i] == '\r' && (i+1 >= len(text) || text[i+1] != '\n') {
			line, start = line+1, i+1
		}
	}
	seg := text[start:off]
	var col int
	switch enc {
	case encUTF8:
		col = len(seg)
	case encUTF16:
		col = len(utf16.Encode([]rune(seg)))
	default:
		col = utf8.RuneCountInString(seg)
	}
	return protocol.Position{Line: protocol.UInteger(line), Character: protocol.UInteger(col)}
}

func TestPositionRoundTrip(t *testing.T) {
	// BMP Chinese, an emoji and CJK Extension B (both outside the BMP),
	// and all three line endings.
	text := "隐私政策😀\r\n第𠮷条：不可撤销。\n\n末行𠀀a\rend"
	for _, enc := range []string{encUTF8, encUTF16, encUTF32} {
		ix := newLineIndex(text, enc)
		for off := 0; off <= len(text); off++ {
			if off < len(text) && !utf8.RuneStart(text[off]) || off > 0 && text[off-1] == '\r' && off < len(text) && text[off] == '\n' {
				continue
			}
			p := ix.position(off)
			if want := naive(text, off, enc); p != want {
				t.Fatalf("%s: position(%d) = %v, want %v", enc, off, p, want)
			}
			if back := ix.offset(p); back != off && !(off > 0 && text[off-1] == '\r') {
				// the offset after a lone \r is the next line's start, the same position
				t.Fatalf("%s: offset(position(%d)) = %d", enc, off, back)
			}
		}
	}
}

func TestOffsetClamps(t *testing.T) {
	text := "ab😀c\nxy"
	ix := newLineIndex(text, encUTF16)
	for _, c := range []struct {
		line, char int
		want       int
	}{
		{0, 99, len("ab😀c")},  // past the line's end: the line's end
		{0, 3, len("ab")},     // inside the surrogate pair: the emoji's start
		{0, 4, len("ab😀")},    // after it
		{5, 0, len(text)},     // past the last line: the end
		{1, 1, len(text) - 1}, // "x|y"
	} {
		if got := ix.offset(protocol.Position{Line: protocol.UInteger(c.line), Character: protocol.UInteger(c.char)}); got != c.want {
			t.Errorf("offset(%d:%d) = %d, want %d", c.line, c.char, got, c.want)
		}
	}
}

func TestApplyChanges(t *testing.T) {
	text := "第一行😀不可撤销\n第二行"
	rng := func(l1, c1, l2, c2 int) *protocol.Range {
		return &protocol.Range{Start: protocol.Position{Line: protocol.UInteger(l1), Character: protocol.UInteger(c1)},
			End: protocol.Position{Line: protocol.UInteger(l2), Character: protocol.UInteger(c2)}}
	}
	for _, c := range []struct {
		enc     string
		changes []any
		want    string
	}{
		// UTF-16: the emoji is two units, so 不可撤销 starts at 5.
		{encUTF16, []any{protocol.TextDocumentContentChangeEvent{Range: rng(0, 5, 0, 9), Text: "可随时撤回"}}, "第一行😀可随时撤回\n第二行"},
		{encUTF32, []any{protocol.TextDocumentContentChangeEvent{Range: rng(0, 4, 0, 8), Text: ""}}, "第一行😀\n第二行"},
		{encUTF8, []any{protocol.TextDocumentContentChangeEvent{Range: rng(0, 13, 1, 0), Text: "，"}}, "第一行😀，第二行"},
		{encUTF16, []any{
			protocol.TextDocumentContentChangeEventWhole{Text: "全新"},
			protocol.TextDocumentContentChangeEvent{Range: rng(0, 2, 0, 2), Text: "文本"},
		}, "全新文本"},
	} {
		if got := applyChanges(text, c.enc, c.changes); got != c.want {
			t.Errorf("%s: got %q, want %q", c.enc, got, c.want)
		}
	}
}
