package segment

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// parseText splits plain text into blocks. Blank lines separate blocks; a
// short line without closing punctuation (一、授权事项, 第三条 …) is a heading;
// a long line without closing punctuation continues into the next line,
// because exported text often wraps one clause over several lines.
func parseText(src []byte) []Block {
	var blocks []Block
	var bb blockBuilder
	flush := func(kind BlockKind) {
		if bb.text.Len() > 0 {
			blocks = appendBlock(blocks, Block{Kind: kind, Text: bb.text.String(), Runs: bb.runs})
		}
		bb = blockBuilder{}
	}
	for off := 0; off < len(src); {
		end := lineEnd(src, off)
		line := bytes.TrimRight(src[off:end], " \t\r\u3000")
		lead := len(line) - len(bytes.TrimLeft(line, " \t\u3000"))
		body := line[lead:]
		next := min(end+1, len(src))
		switch {
		case len(body) == 0:
			flush(KindParagraph)
		case bb.text.Len() == 0 && looksLikeHeading(body):
			bb.add(body, off+lead, off+len(line))
			flush(KindHeading)
		default:
			if bb.text.Len() > 0 {
				bb.add([]byte("\n"), off-1, off)
			}
			bb.add(body, off+lead, off+len(line))
			if endsClause(body) || listMarker(src[next:]) {
				flush(KindParagraph)
			}
		}
		off = next
	}
	flush(KindParagraph)
	return blocks
}

// looksLikeHeading reports whether a line reads as a heading: at most 30
// characters, no closing punctuation, and not a table row flattened into
// cells between bars (位置信息｜用于派车｜必选).
func looksLikeHeading(line []byte) bool {
	return utf8.RuneCount(line) <= 30 && !endsClause(line) && !bytes.ContainsAny(line, "，。；") &&
		bytes.Count(line, []byte("｜"))+bytes.Count(line, []byte("|")) < 2
}

// endsClause reports whether a line ends with punctuation that closes a clause.
func endsClause(line []byte) bool {
	r, _ := utf8.DecodeLastRune(line)
	switch r {
	case '。', '！', '？', '；', '：', '.', '!', '?', ';', ':', '”', '」', '）', ')':
		return true
	}
	return false
}

// listMarker reports whether the text starts a numbered or bulleted item
// (1、 1. （1） 一、 第一条 - •), which ends the previous block.
func listMarker(rest []byte) bool {
	rest = bytes.TrimLeft(rest, " \t\u3000")
	r, n := utf8.DecodeRune(rest)
	switch {
	case r == '-' || r == '•' || r == '*' || r == '（' || r == '(' || r == '第':
		return true
	case unicode.IsDigit(r) || bytes.ContainsRune([]byte("一二三四五六七八九十"), r):
		r2, _ := utf8.DecodeRune(rest[n:])
		return r2 == '、' || r2 == '.' || r2 == '．' || unicode.IsDigit(r2)
	}
	return false
}
