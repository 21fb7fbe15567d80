package claims

// Hit helpers of the grant extractor.

// hitIn reports whether a hit starts in [from, to).
func hitIn(hs []hit, from, to int) bool {
	for _, h := range hs {
		if h.start >= from && h.start < to {
			return true
		}
	}
	return false
}

// cueIn is hitIn for cue hits.
func cueIn(hs []cueHit, from, to int) bool {
	for _, h := range hs {
		if h.start >= from && h.start < to {
			return true
		}
	}
	return false
}

// overlaps reports whether [start, end) overlaps a hit.
func overlaps(hs []hit, start, end int) bool {
	for _, h := range hs {
		if h.start < end && start < h.end {
			return true
		}
	}
	return false
}

// sortInts sorts a short slice in place.
func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// cueHit is a pattern hit with its polarity.
type cueHit struct {
	hit
	negated bool
}

// patternHits returns the matches of ps as hits. A hit is negated when a
// negator precedes it in its clause, or, with inner, stands inside the match
// before its last slot (贵公司不得授权第三方); without inner a denial inside
// the cue is the cue itself (不可撤销).
func (s *sent) patternHits(ps []*pattern, inner bool) []cueHit {
	var hs []hit
	last := map[int]int{}
	for _, p := range ps { // an earlier pattern wins an overlap: literal cues come first
		if !s.mayMatch(p) {
			continue
		}
		for _, m := range s.matchPattern(p) {
			if overlaps(hs, m.start, m.end) {
				continue
			}
			first, end := m.slots[0], m.slots[len(m.slots)-1]
			hs = append(hs, hit{cue: m.text(s), start: m.start, end: m.end, tok: first.tok, endTok: end.endTok})
			last[m.start] = end.tok
		}
	}
	sortHits(hs)
	var out []cueHit
	for _, h := range hs {
		neg := s.negated(h)
		for i := h.tok; inner && !neg && i < last[h.start]; i++ {
			neg = negators[s.tokens[i].Text]
		}
		out = append(out, cueHit{h, neg})
	}
	return out
}

// requiredWords holds, per grant pattern, the words of each required
// slot, expanded once (all synonym sets exist once package variables are
// initialised); read-only afterwards.
var requiredWords = map[*pattern][][]string{}

func init() {
	for _, ps := range [][]*pattern{irrevocablePatterns, unlimitedPatterns, sublicensePatterns} {
		for _, p := range ps {
			for _, sl := range p.slots {
				if !sl.optional {
					requiredWords[p] = append(requiredWords[p], sl.words())
				}
			}
		}
	}
}

// mayMatch is a quick test that every required slot of p has a word in s,
// before the token-aligned matching.
func (s *sent) mayMatch(p *pattern) bool {
	req := requiredWords[p]
	for i := len(req) - 1; i >= 0; i-- { // the last slots hold the rarer words
		if !s.contains(req[i]) {
			return false
		}
	}
	return true
}
