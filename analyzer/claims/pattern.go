package claims

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// A pattern is a cue family written as a sequence of token slots with
// gaps, so that one pattern covers the many orders and verbs a clause comes
// in (使用本服务即视为您同意, 您的注册行为将被视为接受, 默认为您已阅读) instead
// of a fixed string per phrasing.
//
// Syntax, slots separated by spaces:
//
//	使用|注册|@accept   a slot: alternatives; @name is a synonym set (synonyms)
//	slot?               the slot is optional
//	~N                  up to N characters between the slots, within one clause
//	~~N                 up to N characters, across commas but not 。；！？
//
// Adjacent slots with no gap between them must follow each other directly.
// An alternative of one character must start a gse token; longer ones may
// start inside a token (gse joins 即视为 into one word), except after a
// negating prefix of the same token (同意 inside 不同意).
type pattern struct {
	src   string
	slots []slot
	once  *sync.Once // resolves the synonym sets of the slots on first use
	check []int      // required slots, fewest words first: the cheap pre-check order
	gates [][]uint64 // per slot of check: gateKeys of its words
}

type slot struct {
	alts     []string
	optional bool
	gap      int      // characters allowed before this slot (0 for the first)
	commas   bool     // the gap may cross clause commas
	expanded []string // alts with synonym sets resolved
}

// synonyms are the synonym sets a pattern refers to as @name. Each claim
// type's file adds the sets it owns in an init function or a var block
// (see synonymSet).
var synonyms = map[string][]string{}

// synonymSet registers a synonym set and returns its words.
func synonymSet(name string, words ...string) []string {
	if _, dup := synonyms[name]; dup {
		panic("claims: synonym set @" + name + " defined twice")
	}
	synonyms[name] = words
	return words
}

// mustPattern compiles a pattern; it panics on a malformed one, so that a
// typo in a cue family fails every test at package load.
func mustPattern(src string) *pattern {
	p, err := compilePattern(src)
	if err != nil {
		panic(err)
	}
	return p
}

// compilePattern parses the syntax above. Synonym sets are resolved when
// the pattern is first matched, so sets may be declared in any file.
func compilePattern(src string) (*pattern, error) {
	p := &pattern{src: src, once: &sync.Once{}}
	gap, commas := 0, false
	for _, f := range strings.Fields(src) {
		if strings.HasPrefix(f, "~") {
			if len(p.slots) == 0 {
				return nil, fmt.Errorf("pattern %q: gap before the first slot", src)
			}
			commas = strings.HasPrefix(f, "~~")
			n, err := strconv.Atoi(strings.TrimLeft(f, "~"))
			if err != nil || n < 0 {
				return nil, fmt.Errorf("pattern %q: bad gap %q", src, f)
			}
			gap = n
			continue
		}
		sl := slot{gap: gap, commas: commas}
		if strings.HasSuffix(f, "?") {
			sl.optional, f = true, strings.TrimSuffix(f, "?")
		}
		for _, a := range strings.Split(f, "|") {
			if a == "" {
				return nil, fmt.Errorf("pattern %q: empty alternative in %q", src, f)
			}
			sl.alts = append(sl.alts, a)
		}
		p.slots = append(p.slots, sl)
		gap, commas = 0, false
	}
	if len(p.slots) == 0 {
		return nil, fmt.Errorf("pattern %q: no slots", src)
	}
	if p.slots[0].optional || p.slots[len(p.slots)-1].optional {
		return nil, fmt.Errorf("pattern %q: the first and last slots cannot be optional", src)
	}
	return p, nil
}

// resolve expands every slot's alternatives once and orders the pre-check.
func (p *pattern) resolve() {
	p.once.Do(func() {
		for i := range p.slots {
			p.slots[i].expanded = p.slots[i].expand()
			if !p.slots[i].optional {
				p.check = append(p.check, i)
			}
		}
		sort.SliceStable(p.check, func(a, b int) bool {
			return len(p.slots[p.check[a]].expanded) < len(p.slots[p.check[b]].expanded)
		})
		for _, i := range p.check {
			p.gates = append(p.gates, gateKeys(p.slots[i].expanded))
		}
	})
}

// words returns a slot's alternatives with synonym sets resolved.
func (sl slot) words() []string {
	if sl.expanded != nil {
		return sl.expanded
	}
	return sl.expand()
}

// expand resolves a slot's synonym sets.
func (sl slot) expand() []string {
	var out []string
	for _, a := range sl.alts {
		if strings.HasPrefix(a, "@") {
			set, ok := synonyms[a[1:]]
			if !ok {
				panic("claims: unknown synonym set " + a)
			}
			out = append(out, set...)
			continue
		}
		out = append(out, a)
	}
	return out
}

// match is one occurrence of a pattern: a hit per slot (zero hit for an
// optional slot that did not match), and the whole extent.
type match struct {
	slots      []hit
	start, end int
}

// cue returns the matched text of the whole pattern.
func (m match) text(s *sent) string { return s.text[m.start:m.end] }

// matchPattern returns the leftmost-first occurrences of p in s, not
// overlapping. Each slot takes the earliest hit that lets the rest match.
func (s *sent) matchPattern(p *pattern) []match {
	p.resolve()
	for j, i := range p.check { // most patterns fail on a rare slot: check every one cheaply first
		if !s.mayHold(p.gates[j]) || !s.contains(p.slots[i].expanded) {
			return nil
		}
	}
	hits := make([][]hit, len(p.slots))
	for i, sl := range p.slots {
		hits[i] = s.findSlot(sl.words())
		if len(hits[i]) == 0 && !sl.optional {
			return nil
		}
	}
	var out []match
	from := 0
	for _, h := range hits[0] {
		if h.start < from {
			continue
		}
		got := make([]hit, len(p.slots))
		got[0] = h
		if end, ok := s.extend(p, hits, got, 1, h.end); ok {
			out = append(out, match{slots: got, start: h.start, end: end})
			from = end
		}
	}
	return out
}

// extend matches slots i… after byte offset at, filling got.
func (s *sent) extend(p *pattern, hits [][]hit, got []hit, i, at int) (int, bool) {
	if i == len(p.slots) {
		return at, true
	}
	sl := p.slots[i]
	for _, h := range hits[i] {
		if h.start < at {
			continue
		}
		if !s.gapOK(at, h.start, sl) {
			break // hits are in text order: later ones are farther
		}
		got[i] = h
		if end, ok := s.extend(p, hits, got, i+1, h.end); ok {
			return end, true
		}
	}
	if sl.optional {
		got[i] = hit{}
		// an optional slot's gap adds to the next slot's
		next := p.slots[i+1]
		widened := *p
		widened.slots = append([]slot(nil), p.slots...)
		widened.slots[i+1] = slot{alts: next.alts, optional: next.optional, gap: next.gap + sl.gap, commas: next.commas || sl.commas,
			expanded: next.expanded}
		return s.extend(&widened, hits, got, i+1, at)
	}
	return 0, false
}

// gapOK reports whether the text between from and to may separate two
// slots: at most sl.gap characters, never a sentence-internal stop, and no
// clause comma unless the gap allows one.
func (s *sent) gapOK(from, to int, sl slot) bool {
	g := s.text[from:to]
	if utf8.RuneCountInString(g) > sl.gap {
		return false
	}
	stops := "。；;！？!?"
	if !sl.commas {
		stops += "，,：:"
	}
	return !strings.ContainsAny(g, stops)
}

// matchAny returns the matches of the first of ps that matches s.
func (s *sent) matchAny(ps []*pattern) ([]match, *pattern) {
	for _, p := range ps {
		if m := s.matchPattern(p); len(m) > 0 {
			return m, p
		}
	}
	return nil, nil
}

// findSlot returns the occurrences of a slot's words, in text order.
func (s *sent) findSlot(words []string) []hit {
	var out []hit
	for _, h := range s.findSub(words) {
		if s.slotStartOK(h) {
			out = append(out, h)
		}
	}
	return out
}

// slotStartOK reports whether h may fill a slot: a one-character word
// starts a token; a longer one is not preceded, inside its token, by a
// negating character (不同意, 未注册, 无法删除).
func (s *sent) slotStartOK(h hit) bool {
	first := sort.Search(len(s.tokens), func(i int) bool { return s.tokens[i].End > h.start })
	for _, t := range s.tokens[first:] {
		if t.Start == h.start || t.Start > h.start {
			return true
		}
		if utf8.RuneCountInString(h.cue) == 1 {
			return false
		}
		prev, _ := utf8.DecodeLastRuneInString(s.text[t.Start:h.start])
		return !strings.ContainsRune("不未无非勿", prev)
	}
	return true
}

// matchAll returns the matches of every pattern of ps, in text order.
func (s *sent) matchAll(ps []*pattern) []match {
	return s.matchIn(ps, 0, len(s.text))
}

// matchIn returns the matches of every pattern of ps that lie within the
// byte range [from, to) of s, in text order.
func (s *sent) matchIn(ps []*pattern, from, to int) []match {
	var out []match
	for _, p := range ps {
		for _, m := range s.matchPattern(p) {
			if m.start >= from && m.end <= to {
				out = append(out, m)
			}
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].start < out[j-1].start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
