package segment

import (
	"sort"
	"unicode/utf8"
)

// lineIndex records the byte offset at which every line starts.
type lineIndex []int

func newLineIndex(src []byte) lineIndex {
	idx := lineIndex{0}
	for i, c := range src {
		if c == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

// pos converts a byte offset to a 1-based line and a 1-based column counted
// in code points. Offsets outside src are clamped.
func (idx lineIndex) pos(src []byte, offset int) Pos {
	if offset < 0 {
		offset = 0
	}
	if offset > len(src) {
		offset = len(src)
	}
	line := sort.Search(len(idx), func(i int) bool { return idx[i] > offset }) - 1
	if line < 0 {
		line = 0
	}
	start := idx[line]
	return Pos{Offset: offset, Line: line + 1, Col: utf8.RuneCount(src[start:offset]) + 1}
}
