package claims

import "slices"

// gateKeys returns the distinct gram keys (grams.go) of the first
// character pair, or only character, of each word: a sentence holds none
// of the words when it holds none of the keys. It returns nil when some
// word has no such key (it starts inside a character, or its first pair
// is longer than a key), so that the gate is skipped.
func gateKeys(words []string) []uint64 {
	var keys []uint64
	for _, w := range words {
		if w == "" || w[0]&0xC0 == 0x80 {
			return nil
		}
		n := width(w[0])
		if len(w) > n {
			n += width(w[n])
		}
		if len(w) < n || n > 7 {
			return nil
		}
		keys = append(keys, keyN(w, n))
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// mayHold reports whether the sentence may hold one of the words whose
// gateKeys are keys: false when it holds none of the keys. Nil keys
// always may.
func (s *sent) mayHold(keys []uint64) bool {
	if keys == nil {
		return true
	}
	s.includes("") // ensure the set describes this sentence
	g := s.grams
	if !g.built {
		g.build()
	}
	for _, k := range keys {
		if g.has(k) {
			return true
		}
	}
	return false
}
