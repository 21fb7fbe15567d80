package claims

import (
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/pplint/pplint/segment"
)

// hit is one occurrence of a cue in a sentence, in sentence byte offsets.
type hit struct {
	cue        string
	start, end int
	tok        int // index of the first token of the match
	endTok     int // index just after the last token
}

// sent is a sentence being analysed.
type sent struct {
	text   string
	tokens []segment.Token
	span   func(start, end int) segment.Span // sentence offsets to source span
	// heading is true for a heading block; section is the nearest heading
	// text (the sentence itself for a heading).
	heading bool
	section string
	block   string // the text of the block (paragraph, list item) holding the sentence
	grams   *grams // characters and pairs of text (Extract shares one; nil: built on use)
	// lead is the lead-in this sentence completes, up to its colon
	// (本人不可撤销地授权甲公司), or "" when the sentence is no list item;
	// items is, for a lead-in, the text of the items that complete it.
	lead, items string
	// docType is the document type read from its title, opening and
	// signature (privacy_notice, authorization, user_agreement, other).
	docType string
	// doc is what the document's sentences share for grants (grant_object.go).
	doc *docContext
	// memo holds results that several extractors ask of the same sentence.
	memo struct {
		cats, sens        []string
		catsDone, defDone bool
		def               bool
		deemed            deeming
		deemedOK          bool
		deemedDone        bool
	}
}

// categories is categoriesIn(s.text), computed once per sentence. The
// slices are clipped so that a caller's append never writes into them.
func (s *sent) categories() (all, sensitive []string) {
	if !s.memo.catsDone {
		all, sensitive = categoriesIn(s.text)
		s.memo.cats, s.memo.sens, s.memo.catsDone = slices.Clip(all), slices.Clip(sensitive), true
	}
	return s.memo.cats, s.memo.sens
}

// includes is strings.Contains(s.text, cue), quick for the usual absent cue.
func (s *sent) includes(cue string) bool {
	if s.grams == nil || !sameString(s.grams.text, s.text) {
		s.grams = &grams{}
		s.grams.reset(s.text)
	}
	return s.grams.contains(cue)
}

// sameString is a == b, answered without comparing bytes when both are
// the same memory (the usual case: the set was reset with s.text).
func sameString(a, b string) bool {
	if len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b) {
		return true
	}
	return a == b
}

// find returns the occurrences of cue in s. Cues of two characters or fewer
// must start and end on token boundaries (so 永久 does not match inside a
// longer word); longer cues need only start on a token boundary.
func (s *sent) find(cue string) []hit {
	if !s.includes(cue) { // most cues are absent: one fast check
		return nil
	}
	var out []hit
	strict := utf8.RuneCountInString(cue) <= 2
	for i, t := range s.tokens {
		if !strings.HasPrefix(s.text[t.Start:], cue) {
			continue
		}
		end := t.Start + len(cue)
		j := i
		for j < len(s.tokens) && s.tokens[j].Start < end {
			j++
		}
		if strict && s.tokens[j-1].End != end {
			continue
		}
		out = append(out, hit{cue: cue, start: t.Start, end: end, tok: i, endTok: j})
	}
	return out
}

// findAny returns the occurrences of any of the cues, in text order.
func (s *sent) findAny(cues []string) []hit {
	var out []hit
	for _, c := range cues {
		out = append(out, s.find(c)...)
	}
	sortHits(out)
	return dedupe(out)
}

// has reports whether any cue occurs.
func (s *sent) has(cues []string) bool {
	for _, c := range cues {
		if len(s.find(c)) > 0 {
			return true
		}
	}
	return false
}

// contains reports whether any term occurs as a plain substring.
func (s *sent) contains(terms []string) bool {
	for _, t := range terms {
		if s.includes(t) {
			return true
		}
	}
	return false
}

// tokenAfter returns the text of the token following h, or "".
func (s *sent) tokenAfter(h hit) string {
	if h.endTok < len(s.tokens) {
		return s.tokens[h.endTok].Text
	}
	return ""
}

// clauseStart returns the byte offset where the clause holding off begins:
// just after the last ，,；;：: before it (or 0).
func (s *sent) clauseStart(off int) int {
	i := strings.LastIndexAny(s.text[:off], "，,；;：:")
	if i < 0 {
		return 0
	}
	_, n := utf8.DecodeRuneInString(s.text[i:])
	return i + n
}

// negated reports whether a negator token precedes h within its clause.
func (s *sent) negated(h hit) bool {
	from := s.clauseStart(h.start)
	for i := h.tok - 1; i >= 0 && s.tokens[i].Start >= from; i-- {
		if negators[s.tokens[i].Text] && !underAge(s, i) {
			return true
		}
	}
	return false
}

// underAge reports whether negator token i is the 未 of 未满 (未满十四周岁),
// an age, or the 不 of 不限于 (包括但不限于), a list: not a denial.
func underAge(s *sent, i int) bool {
	rest := s.text[s.tokens[i].End:]
	return s.tokens[i].Text == "未" && strings.HasPrefix(rest, "满") ||
		s.tokens[i].Text == "不" && (strings.HasPrefix(rest, "限于") || strings.HasPrefix(rest, "限 于"))
}

func sortHits(h []hit) {
	for i := 1; i < len(h); i++ {
		for j := i; j > 0 && (h[j].start < h[j-1].start || h[j].start == h[j-1].start && h[j].end > h[j-1].end); j-- {
			h[j], h[j-1] = h[j-1], h[j]
		}
	}
}

// dedupe drops hits nested inside an earlier, longer hit.
func dedupe(h []hit) []hit {
	out := h[:0]
	lastEnd := -1
	for _, x := range h {
		if x.start < lastEnd {
			continue
		}
		out = append(out, x)
		lastEnd = x.end
	}
	return out
}
