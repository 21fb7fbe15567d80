package segment

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

// checkDocument asserts the invariants every parser must keep: each
// block's runs cover its text in order, point into the source in order
// without overlapping, copy the source byte for byte where nothing was
// decoded, and every position agrees with a naive line/column count.
func checkDocument(t *testing.T, doc *Document) {
	t.Helper()
	src := doc.Source
	prevEnd := 0
	for bi := range doc.Blocks {
		b := &doc.Blocks[bi]
		if len(b.Runs) == 0 {
			t.Fatalf("block %d %q has no runs", bi, b.Text)
		}
		text := 0
		for ri, r := range b.Runs {
			if r.TextStart != text || r.TextEnd <= r.TextStart || r.TextEnd > len(b.Text) {
				t.Fatalf("block %d run %d: text [%d,%d) after %d of %d", bi, ri, r.TextStart, r.TextEnd, text, len(b.Text))
			}
			if r.SrcStart < prevEnd || r.SrcEnd < r.SrcStart || r.SrcEnd > len(src) {
				t.Fatalf("block %d run %d: source [%d,%d) after %d of %d", bi, ri, r.SrcStart, r.SrcEnd, prevEnd, len(src))
			}
			txt, s := b.Text[r.TextStart:r.TextEnd], src[r.SrcStart:r.SrcEnd]
			if len(txt) == len(s) && !decoded(s) && txt != string(s) {
				t.Fatalf("block %d run %d: text %q but source %q", bi, ri, txt, s)
			}
			text, prevEnd = r.TextEnd, r.SrcEnd
			checkPos(t, doc, r.SrcStart)
			checkPos(t, doc, r.SrcEnd)
		}
		if text != len(b.Text) {
			t.Fatalf("block %d: runs cover %d of %d bytes", bi, text, len(b.Text))
		}
		for _, sr := range Sentences(b.Text) {
			sp := doc.Span(b, sr.Start, sr.End)
			if sp.Start.Offset > sp.End.Offset || sp.End.Offset > len(src) {
				t.Fatalf("block %d sentence [%d,%d): span %+v", bi, sr.Start, sr.End, sp)
			}
		}
	}
}

// decoded reports whether source bytes may have been rewritten in the text:
// white space (collapsed) or a character reference.
func decoded(s []byte) bool {
	return len(bytes.TrimSpace(s)) != len(s) || bytes.IndexByte(s, '&') >= 0
}

// checkPos compares Position with a naive count.
func checkPos(t *testing.T, doc *Document, off int) {
	t.Helper()
	src := doc.Source[:off]
	start := bytes.LastIndexByte(src, '\n') + 1
	want := Pos{Offset: off, Line: bytes.Count(src, []byte("\n")) + 1, Col: utf8.RuneCount(src[start:]) + 1}
	if got := doc.Position(off); got != want {
		t.Fatalf("Position(%d) = %+v, want %+v", off, got, want)
	}
}

// checkSentences asserts that sentence ranges are in bounds, in order,
// non-empty and trimmed.
func checkSentences(t *testing.T, text string) {
	t.Helper()
	prev := 0
	for _, r := range Sentences(text) {
		if r.Start < prev || r.End <= r.Start || r.End > len(text) {
			t.Fatalf("sentence [%d,%d) after %d in %d bytes", r.Start, r.End, prev, len(text))
		}
		prev = r.End
	}
}
