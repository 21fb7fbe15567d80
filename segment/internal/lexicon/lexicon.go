// Package lexicon compiles word dictionaries in gse's text format for gse's
// shortest-path segmentation (gse.Segmenter.Segment without HMM) and runs
// that segmentation, giving exactly gse's tokens.
//
// A dictionary is compiled once, at build time, into a static byte trie
// that Load reads back in about a millisecond; small dictionaries given at
// run time are compiled then into a second trie that is searched alongside.
// gse instead inserts every word into a double-array trie at start-up and
// prepares search-mode sub-segments, which pplint never uses.
package lexicon

import (
	"fmt"
	"math"
)

// Lexicon is a compiled set of dictionaries. It is safe for concurrent use.
type Lexicon struct {
	base   trie      // the compiled (encoded) dictionaries
	over   trie      // dictionaries added at run time; word ids follow base's
	log2f  []float32 // by base word id: float32(log2(frequency)), as gse rounds it
	dist   []float32 // by word id: log2(total frequency) − log2(frequency)
	pos    []uint8   // by word id: index into names
	names  []string  // part-of-speech names
	total  float64   // total frequency of the base words, summed in load order
	maxLen int       // the longest word, in units
}

// Compile compiles dictionaries given in load order; when a word appears
// twice, its first entry wins.
func Compile(dicts ...string) (*Lexicon, error) {
	var words []entry
	sizes := make([]int, len(dicts))
	for d, src := range dicts {
		es := parseDict(src, d)
		sizes[d] = len(es)
		words = mergeFirst(words, sortedUnique(es))
	}
	if len(words) >= math.MaxInt32 {
		return nil, fmt.Errorf("too many words: %d", len(words))
	}
	lx := &Lexicon{total: loadOrderTotal(0, words, sizes), over: buildTrie(nil)}
	keys := make([]string, len(words))
	lx.log2f = make([]float32, len(words))
	for i, w := range words {
		keys[i] = w.key
		lx.log2f[i] = float32(math.Log2(w.freq))
		lx.maxLen = max(lx.maxLen, countUnits(w.key))
	}
	var err error
	if lx.pos, err = lx.addNames(words); err != nil {
		return nil, err
	}
	lx.base = buildTrie(keys)
	lx.setDistances(nil)
	return lx, nil
}

// Load reads a lexicon written by Encode and adds dictionaries in load
// order after it; words of the encoded lexicon win over theirs.
func Load(encoded string, dicts ...string) (*Lexicon, error) {
	lx, err := decode(encoded)
	if err != nil {
		return nil, fmt.Errorf("load lexicon: %w", err)
	}
	var words []entry
	sizes := make([]int, len(dicts))
	for d, src := range dicts {
		es := parseDict(src, d)
		sizes[d] = len(es)
		words = mergeFirst(words, sortedUnique(es))
	}
	kept := words[:0]
	for _, w := range words {
		if lx.base.find(w.key) < 0 {
			kept = append(kept, w)
		}
	}
	keys := make([]string, len(kept))
	freqs := make([]float32, len(kept))
	nb := int32(len(lx.log2f))
	for i, w := range kept {
		keys[i] = w.key
		freqs[i] = float32(math.Log2(w.freq))
		lx.maxLen = max(lx.maxLen, countUnits(w.key))
	}
	pos, err := lx.addNames(kept)
	if err != nil {
		return nil, err
	}
	lx.pos = append(lx.pos, pos...)
	lx.over = buildTrie(keys)
	for i, w := range lx.over.word {
		if w >= 0 {
			lx.over.word[i] = w + nb
		}
	}
	lx.total = loadOrderTotal(lx.total, kept, sizes)
	lx.setDistances(freqs)
	return lx, nil
}

// addNames returns the part-of-speech indexes of words, adding new names.
func (lx *Lexicon) addNames(words []entry) ([]uint8, error) {
	index := make(map[string]uint8, len(lx.names))
	for i, n := range lx.names {
		index[n] = uint8(i)
	}
	out := make([]uint8, len(words))
	for i, w := range words {
		p, ok := index[w.pos]
		if !ok {
			if len(lx.names) > math.MaxUint8 {
				return nil, fmt.Errorf("more than 256 parts of speech")
			}
			p = uint8(len(lx.names))
			index[w.pos] = p
			lx.names = append(lx.names, w.pos)
		}
		out[i] = p
	}
	return out, nil
}

// setDistances computes gse's path lengths (Segmenter.CalcToken) of the
// base words and then of the run-time words, whose log2 frequencies are
// over.
func (lx *Lexicon) setDistances(over []float32) {
	logTotal := float32(math.Log2(lx.total))
	lx.dist = make([]float32, 0, len(lx.log2f)+len(over))
	for _, f := range lx.log2f {
		lx.dist = append(lx.dist, logTotal-f)
	}
	for _, f := range over {
		lx.dist = append(lx.dist, logTotal-f)
	}
}

// Words returns the number of words.
func (lx *Lexicon) Words() int { return len(lx.dist) }
