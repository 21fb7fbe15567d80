package segment

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// lexicon is a word dictionary compiled for gse's shortest-path
// segmentation: a byte trie over the words' lookup keys with, for each word,
// its gse path length (distance) and part of speech.
//
// It reads dictionaries in gse's text format ("word frequency [pos]" per
// line) with gse's rules: fields are separated by single spaces, a line
// without a parsable frequency or with a frequency below 2 is skipped, a
// single-character word counts with frequency 2, and when a word appears
// twice the first entry wins, across dictionaries in load order.
type lexicon struct {
	trie   trie
	dist   []float32 // by word id: log2(total frequency) − log2(frequency)
	pos    []uint8   // by word id: index into names
	names  []string  // part-of-speech names
	maxLen int       // the longest word, in units
}

// minFreq is gse's default lowest word frequency (Segmenter.MinTokenFreq).
const minFreq = 2.0

// entry is one dictionary line that gse would load.
type entry struct {
	key  string // the word, ASCII letters lowered (gse.ToLower)
	freq float64
	pos  string
	dict int // which dictionary, in load order
	line int // index among that dictionary's entries
}

// parseDict returns the entries of a gse text dictionary, in file order.
func parseDict(src string, dict int) []entry {
	out := make([]entry, 0, strings.Count(src, "\n")+1)
	for len(src) > 0 {
		line := src
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = ""
		}
		word, rest, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		freqText, pos, _ := strings.Cut(rest, " ")
		pos, _, _ = strings.Cut(pos, " ")
		freq, ok := parseFreq(strings.TrimSpace(freqText))
		if !ok || freq < minFreq {
			continue
		}
		word = strings.TrimSpace(word)
		if utf8.RuneCountInString(word) < 2 {
			freq = 2
		}
		out = append(out, entry{key: lowerASCII(word), freq: freq, pos: strings.TrimSpace(pos), dict: dict, line: len(out)})
	}
	return out
}

// parseFreq parses a frequency; plain integers take a fast path.
func parseFreq(s string) (float64, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' || i >= 15 {
			f, err := strconv.ParseFloat(s, 64)
			return f, err == nil
		}
		n = n*10 + int(c-'0')
	}
	return float64(n), true
}

// lowerASCII lowers ASCII letters only, as gse does for dictionary words
// and text; it returns s itself when there is nothing to lower.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// sortedUnique sorts one dictionary's entries by key and keeps the first
// of equal keys. A dictionary that is already sorted is not copied.
func sortedUnique(es []entry) []entry {
	sorted := true
	for i := 1; i < len(es); i++ {
		if es[i-1].key >= es[i].key {
			sorted = false
			break
		}
	}
	if sorted {
		return es
	}
	slices.SortStableFunc(es, func(a, b entry) int { return strings.Compare(a.key, b.key) })
	return slices.CompactFunc(es, func(a, b entry) bool { return a.key == b.key })
}

// mergeFirst merges two sorted unique lists; on equal keys a wins.
func mergeFirst(a, b []entry) []entry {
	if len(b) == 0 {
		return a
	}
	out := make([]entry, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch c := strings.Compare(a[i].key, b[j].key); {
		case c < 0:
			out = append(out, a[i])
			i++
		case c > 0:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// newLexicon compiles dictionaries given in load order.
func newLexicon(dicts ...string) (*lexicon, error) {
	var words []entry
	sizes := make([]int, len(dicts))
	for d, src := range dicts {
		es := parseDict(src, d)
		sizes[d] = len(es)
		words = mergeFirst(words, sortedUnique(es))
	}
	if len(words) == 0 {
		return nil, fmt.Errorf("no words in the dictionaries")
	}
	if len(words) >= math.MaxInt32 {
		return nil, fmt.Errorf("too many words: %d", len(words))
	}
	lx := &lexicon{
		dist: make([]float32, len(words)),
		pos:  make([]uint8, len(words)),
	}
	keys := make([]string, len(words))
	posIndex := map[string]uint8{}
	for i := range words {
		w := &words[i]
		keys[i] = w.key
		lx.maxLen = max(lx.maxLen, countUnits(w.key))
		p, ok := posIndex[w.pos]
		if !ok {
			if len(lx.names) > math.MaxUint8 {
				return nil, fmt.Errorf("too many parts of speech")
			}
			p = uint8(len(lx.names))
			posIndex[w.pos] = p
			lx.names = append(lx.names, w.pos)
		}
		lx.pos[i] = p
	}
	lx.trie = buildTrie(keys)
	lx.setDistances(words, sizes)
	return lx, nil
}

// setDistances computes gse's path lengths. The total frequency is summed
// in load order over the entries kept, as gse sums it while loading, so
// that every float rounds as it does in gse.
func (lx *lexicon) setDistances(words []entry, sizes []int) {
	kept := make([][]float64, len(sizes))
	for d, n := range sizes {
		kept[d] = make([]float64, n)
	}
	for _, w := range words {
		kept[w.dict][w.line] = w.freq
	}
	var total float64
	for _, fs := range kept {
		for _, f := range fs {
			total += f // 0 for entries dropped as repeats
		}
	}
	logTotal := float32(math.Log2(total))
	for i, w := range words {
		lx.dist[i] = logTotal - float32(math.Log2(w.freq))
	}
}
