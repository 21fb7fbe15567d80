package claims

import (
	"encoding/binary"
	"strings"
	"unsafe"
)

// grams is the set of the characters and character pairs of one sentence:
// most cues are absent from most sentences, and a cue whose first pair is
// not in the set cannot occur, which a lookup tells faster than a scan of
// the sentence. Extract reuses one set for all sentences.
type grams struct {
	text  string
	built bool
	slots []uint64 // open addressing; 0 is empty
	first []int32  // per slot: byte offset of the key's first occurrence
	shift uint
}

// reset makes the set describe text; it is built on first use.
func (g *grams) reset(text string) { g.text, g.built = text, false }

// width is the length of the UTF-8 sequence that byte b starts (1 for a
// continuation or invalid byte); keys depend on bytes only, so that a cue
// and the text agree on them whatever their validity.
func width(b byte) int {
	switch {
	case b < 0xC0:
		return 1
	case b < 0xE0:
		return 2
	case b < 0xF0:
		return 3
	}
	return 4
}

// key packs up to 7 bytes and their count into a non-zero word.
func key(b string) uint64 { return keyN(b, len(b)) }

// keyN is key(b[:n]), read with one load when b has 8 bytes or more.
func keyN(b string, n int) uint64 {
	if len(b) >= 8 {
		v := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(b), 8))
		return v&(1<<(8*uint(n))-1) | uint64(n)<<56
	}
	k := uint64(n) << 56
	for i := 0; i < n; i++ {
		k |= uint64(b[i]) << (8 * i)
	}
	return k
}

func (g *grams) build() {
	n := len(g.text)
	size, shift := 64, uint(58)
	for size < 8*n/3 { // up to 2 keys per byte (a unigram and a bigram): keep a free slot
		size, shift = size*2, shift-1
	}
	if cap(g.slots) >= size {
		g.slots, g.first = g.slots[:size], g.first[:size]
		clear(g.slots)
	} else {
		g.slots, g.first = make([]uint64, size), make([]int32, size)
	}
	g.shift, g.built = shift, true
	t := g.text
	for i := 0; i < n; i++ {
		if t[i]&0xC0 == 0x80 {
			continue // a cue never starts on a continuation byte
		}
		w1 := width(t[i])
		g.add(keyN(t[i:], min(n-i, w1)), i)
		if i+w1 < n {
			if w := w1 + width(t[i+w1]); w <= 7 {
				g.add(keyN(t[i:], min(n-i, w)), i)
			}
		}
	}
}

func (g *grams) slot(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> g.shift) }

// add records key k at byte offset at, keeping its first offset.
func (g *grams) add(k uint64, at int) {
	mask := len(g.slots) - 1
	for i := g.slot(k); ; i = (i + 1) & mask {
		switch g.slots[i] {
		case k:
			return
		case 0:
			g.slots[i], g.first[i] = k, int32(at)
			return
		}
	}
}

// at returns the first byte offset of key k, or -1 when k is absent.
func (g *grams) at(k uint64) int {
	mask := len(g.slots) - 1
	for i := g.slot(k); ; i = (i + 1) & mask {
		switch g.slots[i] {
		case k:
			return int(g.first[i])
		case 0:
			return -1
		}
	}
}

func (g *grams) has(k uint64) bool { return g.at(k) >= 0 }

// mayContain reports whether cue may occur in the text: false means it
// does not; true means the bytes of its first two characters (or of its
// only character) start some character of the text. The set holds them
// for every byte of the text that can start a character, so the test
// never misses an occurrence.
func (g *grams) mayContain(cue string) bool {
	if cue == "" || len(cue) > len(g.text) {
		return cue == ""
	}
	if cue[0]&0xC0 == 0x80 {
		return true // starts inside a character: let the scan decide
	}
	if !g.built {
		g.build()
	}
	w := width(cue[0])
	if len(cue) > w {
		w += width(cue[w])
	}
	switch {
	case len(cue) == width(cue[0]):
		return g.has(key(cue))
	case len(cue) < w || w > 7:
		return true
	}
	return g.has(key(cue[:w]))
}

// contains is strings.Contains(text, cue). The set answers a cue of one
// or two whole characters exactly (every character start of the text holds
// its character and pair); for a longer cue it rules out a cue whose first
// or second pair is absent, and the scan starts at the first pair's first
// offset, since every occurrence starts with that pair.
func (g *grams) contains(cue string) bool {
	if cue == "" || len(cue) > len(g.text) {
		return cue == ""
	}
	if cue[0]&0xC0 == 0x80 {
		return strings.Contains(g.text, cue)
	}
	if !g.built {
		g.build()
	}
	w1 := width(cue[0])
	switch {
	case len(cue) == w1:
		return g.has(keyN(cue, w1))
	case len(cue) < w1:
		return strings.Contains(g.text, cue)
	}
	w := w1 + width(cue[w1])
	if len(cue) < w || w > 7 {
		return strings.Contains(g.text, cue)
	}
	at := g.at(keyN(cue, w))
	if at < 0 {
		return false
	}
	if len(cue) == w {
		return true
	}
	if cue[w1]&0xC0 != 0x80 { // an occurrence also holds the pair that starts at the second character
		if w2 := width(cue[w1]); w1+w2 < len(cue) {
			if w2 += width(cue[w1+w2]); w2 <= 7 && w1+w2 <= len(cue) && !g.has(keyN(cue[w1:], w2)) {
				return false
			}
		}
	}
	return strings.HasPrefix(g.text[at:], cue) || strings.Contains(g.text[at+1:], cue)
}
