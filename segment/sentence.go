package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Range is a half-open byte range of a block's text.
type Range struct{ Start, End int }

// Sentences splits block text into sentences. A sentence ends after 。！？；
// (or their ASCII forms followed by a space or the end) and after a line
// break that follows closing punctuation; closing quotes and brackets stay
// with their sentence. Surrounding white space is trimmed.
func Sentences(text string) []Range {
	var out []Range
	start := 0
	emit := func(end int) {
		s, e := trimRange(text, start, end)
		for e-s > MaxSentence {
			cut := splitLong(text, s)
			if a, b := trimRange(text, s, cut); b > a {
				out = append(out, Range{a, b})
			}
			s, e = trimRange(text, cut, e)
		}
		if e > s {
			out = append(out, Range{s, e})
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if !sentenceEnd(r, text[i:]) {
			continue
		}
		for i < len(text) {
			c, m := utf8.DecodeRuneInString(text[i:])
			if !closer(c) {
				break
			}
			i += m
		}
		emit(i)
	}
	emit(len(text))
	return out
}

// MaxSentence is the longest sentence in bytes (about 1,300 Chinese
// characters). Longer runs of text without a full stop (a table flattened
// into one line, a list run together) are split after the last comma,
// enumeration comma or space before the limit, so that no later stage works
// on unbounded sentences.
const MaxSentence = 4096

// splitLong returns where to cut the over-long sentence starting at s: after
// the last pause in its first MaxSentence bytes, or at a rune boundary when
// there is none in the second half of that window.
func splitLong(text string, s int) int {
	end := s + MaxSentence
	for end > s && !utf8.RuneStart(text[end]) {
		end--
	}
	if i := strings.LastIndexAny(text[s:end], "，、,：: \n"); i >= MaxSentence/2 {
		_, n := utf8.DecodeRuneInString(text[s+i:])
		return s + i + n
	}
	if end == s { // cannot happen with valid or invalid UTF-8, kept for safety
		end = s + MaxSentence
	}
	return end
}

func sentenceEnd(r rune, rest string) bool {
	switch r {
	case '。', '！', '？', '；':
		return true
	case '!', '?', ';':
		return rest == "" || rest[0] == ' ' || rest[0] == '\n'
	case '.':
		return rest == "" || rest[0] == '\n'
	}
	return false
}

func closer(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '》', '"', '\'', '】':
		return true
	}
	return false
}

func trimRange(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// Sentence is one sentence of a block with its word tokens.
type Sentence struct {
	Block  int     // index into Document.Blocks
	Start  int     // byte offset of the sentence in the block text
	End    int     // byte offset just after the sentence
	Text   string  // the sentence text
	Tokens []Token // token offsets are relative to Text
}

// Sentences splits every block into sentences and segments each with seg.
func (d *Document) Sentences(seg Segmenter) []Sentence {
	var out []Sentence
	for bi := range d.Blocks {
		text := d.Blocks[bi].Text
		for _, r := range Sentences(text) {
			s := text[r.Start:r.End]
			out = append(out, Sentence{Block: bi, Start: r.Start, End: r.End, Text: s, Tokens: seg.Tokens(s)})
		}
	}
	return out
}
