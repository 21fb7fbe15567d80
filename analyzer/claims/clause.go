package claims

import (
	"regexp"
	"strings"
)

// clausePunct separates the clauses of a sentence.
const clausePunct = "，,；;：:。！？!?"

// clauseEnd returns the byte offset where the clause holding off ends: at
// the next clause punctuation (or the end of the sentence).
func (s *sent) clauseEnd(off int) int {
	i := strings.IndexAny(s.text[off:], clausePunct)
	if i < 0 {
		return len(s.text)
	}
	return off + i
}

// clauseOf returns the text of the clause holding h.
func (s *sent) clauseOf(h hit) string {
	return s.text[s.clauseStart(h.start):s.clauseEnd(h.end)]
}

// prevClause returns the text of the clause just before the one holding h.
func (s *sent) prevClause(h hit) string {
	from := s.clauseStart(h.start)
	if from == 0 {
		return ""
	}
	i := strings.LastIndexAny(s.text[:from], clausePunct)
	return s.text[s.clauseStart(i):i]
}

// hitAt makes a hit for the bytes [start, end) of the sentence, found by a
// regular expression rather than on token boundaries.
func (s *sent) hitAt(start, end int) hit {
	h := hit{cue: s.text[start:end], start: start, end: end, tok: len(s.tokens), endTok: len(s.tokens)}
	for i, t := range s.tokens {
		if t.End > start && h.tok == len(s.tokens) {
			h.tok = i
		}
		if t.Start >= end {
			h.endTok = i
			break
		}
	}
	return h
}

// findRe returns the matches of re in the sentence as hits.
func (s *sent) findRe(re *regexp.Regexp) []hit {
	if need := required(re); need != nil && !s.contains(need) {
		return nil // cannot match: skip the regular expression engine
	}
	var out []hit
	for _, m := range re.FindAllStringIndex(s.text, -1) {
		out = append(out, s.hitAt(m[0], m[1]))
	}
	return out
}

// matchRe is re.MatchString(text), skipping the engine when text lacks
// every string that a match requires.
func matchRe(re *regexp.Regexp, text string) bool {
	return mayMatch(re, text) && re.MatchString(text)
}

// indexRe is re.FindStringIndex(text), with matchRe's shortcut.
func indexRe(re *regexp.Regexp, text string) []int {
	if !mayMatch(re, text) {
		return nil
	}
	return re.FindStringIndex(text)
}

// mayMatch reports whether text holds one of the strings every match of re
// requires (true when none is known).
func mayMatch(re *regexp.Regexp, text string) bool {
	need := required(re)
	return need == nil || containsAny(text, need)
}

// cueOf is the attribute cue of h: its wording, span and polarity.
func (s *sent) cueOf(h hit) Cue {
	return Cue{Cue: h.cue, Span: s.span(h.start, h.end), Negated: s.negated(h)}
}

// cueKind names one attribute of a claim and the words that state it.
type cueKind struct {
	name string
	cues []string
}

// allCues lists every cue of kinds after extra, for a plain-substring gate.
func allCues(kinds []cueKind, extra ...string) []string {
	for _, k := range kinds {
		extra = append(extra, k.cues...)
	}
	return extra
}

// kindAttributes records, for each kind named in the sentence, the cue that
// states it (an affirmed one when there is one), and reports whether any
// is affirmed.
func (s *sent) kindAttributes(kinds []cueKind) (map[string]Cue, bool) {
	attrs := map[string]Cue{}
	affirmed := false
	for _, k := range kinds {
		if h, ok := s.pick(s.findAny(k.cues)); ok {
			attrs[k.name] = s.cueOf(h)
			affirmed = affirmed || !s.negated(h)
		}
	}
	return attrs, affirmed
}

// pick returns the first affirmed hit, or else the first hit.
func (s *sent) pick(hits []hit) (hit, bool) {
	for _, h := range hits {
		if !s.negated(h) {
			return h, true
		}
	}
	if len(hits) > 0 {
		return hits[0], true
	}
	return hit{}, false
}

// headingClaim marks a heading that opens the section where a disclosure of
// type typ belongs (二、我们如何存储您的个人信息). Rules point document-scope
// findings there; the heading itself discloses nothing.
func headingClaim(s *sent, typ string, cues, not []string) (Claim, bool) {
	if !s.heading || s.contains(not) {
		return Claim{}, false
	}
	for _, c := range cues {
		if i := strings.Index(s.text, c); i >= 0 {
			return Claim{Type: typ, Kind: "heading", Attributes: map[string]Cue{
				"heading": {Cue: c, Span: s.span(i, i+len(c))}}}, true
		}
	}
	return Claim{}, false
}

// userActor reports whether the user (您/用户/你) is the subject just before
// h in its clause (只要您不删除…): the user's own action, not the processor's.
func (s *sent) userActor(h hit) bool {
	from := s.clauseStart(h.start)
	for i, n := h.tok-1, 0; i >= 0 && s.tokens[i].Start >= from && n < 4; i, n = i-1, n+1 {
		switch s.tokens[i].Text {
		case "您", "你", "用户", "本人", "您们":
			return true
		}
	}
	return false
}

// allNegated reports whether every hit is negated (true for none).
func (s *sent) allNegated(hits []hit) bool {
	for _, h := range hits {
		if !s.negated(h) {
			return false
		}
	}
	return true
}

// findSub returns every occurrence of the terms as plain substrings, in
// text order: for verbs gse may split across tokens (保|存在).
func (s *sent) findSub(terms []string) []hit {
	var out []hit
	for _, t := range terms {
		for off := 0; s.includes(t); {
			i := strings.Index(s.text[off:], t)
			if i < 0 {
				break
			}
			out = append(out, s.hitAt(off+i, off+i+len(t)))
			off += i + len(t)
		}
	}
	sortHits(out)
	return dedupe(out)
}

// lastIn is the last of words inside h, or h itself.
func (s *sent) lastIn(h hit, words []string) hit {
	last := h
	for _, v := range s.findSub(words) {
		if v.start >= h.start && v.end <= h.end {
			last = v
		}
	}
	return last
}
