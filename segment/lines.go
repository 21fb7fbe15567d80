package segment

import (
	"sort"
	"unicode/utf8"
)

// markEvery is the distance in bytes between rune-count marks, so that a
// column on a very long line is found without counting the whole line.
const markEvery = 1024

// lineIndex records where every line starts and, every markEvery bytes, how
// many runes precede that offset. Columns are utf8.RuneCount of the line up
// to the offset, plus one.
type lineIndex struct {
	starts []mark // one per line
	marks  []mark // rune boundaries, about markEvery bytes apart
}

// mark is a rune boundary: a byte offset and the number of runes before it.
type mark struct{ off, runes int }

func newLineIndex(src []byte) lineIndex {
	idx := lineIndex{starts: []mark{{}}, marks: []mark{{}}}
	runes := 0
	for i := 0; i < len(src); {
		c := src[i]
		n := 1
		if c >= utf8.RuneSelf {
			_, n = utf8.DecodeRune(src[i:])
		}
		i += n
		runes++
		if c == '\n' {
			idx.starts = append(idx.starts, mark{i, runes})
		}
		if i-idx.marks[len(idx.marks)-1].off >= markEvery {
			idx.marks = append(idx.marks, mark{i, runes})
		}
	}
	return idx
}

// pos converts a byte offset to a 1-based line and a 1-based column counted
// in code points. Offsets outside src are clamped.
func (idx lineIndex) pos(src []byte, offset int) Pos {
	offset = max(0, min(offset, len(src)))
	if len(idx.starts) == 0 {
		idx = newLineIndex(src)
	}
	line := sort.Search(len(idx.starts), func(i int) bool { return idx.starts[i].off > offset }) - 1
	line = max(line, 0)
	start := idx.starts[line]
	base := start
	if m := sort.Search(len(idx.marks), func(i int) bool { return idx.marks[i].off > offset }) - 1; m >= 0 && idx.marks[m].off > base.off {
		base = idx.marks[m]
	}
	col := base.runes - start.runes + utf8.RuneCount(src[base.off:offset]) + 1
	return Pos{Offset: offset, Line: line + 1, Col: col}
}
