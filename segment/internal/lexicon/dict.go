package lexicon

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// minFreq is gse's default lowest word frequency (Segmenter.MinTokenFreq).
const minFreq = 2.0

// entry is one dictionary line that gse would load.
type entry struct {
	key  string // the word, ASCII letters lowered (gse.ToLower)
	freq float64
	pos  string
	dict int32 // which dictionary, in load order
	line int32 // index among that dictionary's entries
}

// parseDict returns the entries of a gse text dictionary, in file order,
// read with gse's rules (Segmenter.LoadDictStr): fields are separated by
// single spaces, a line without a parsable frequency or with a frequency
// below 2 is skipped, and a single-character word counts with frequency 2.
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
		out = append(out, entry{key: lowerASCII(word), freq: freq, pos: strings.TrimSpace(pos), dict: int32(dict), line: int32(len(out))})
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
	if len(a) == 0 || len(b) == 0 {
		return append(a, b...)
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

// loadOrderTotal sums the frequencies of the entries kept, in the order gse
// adds them while loading (dictionary by dictionary, line by line), so that
// the total rounds exactly as gse's does. sizes holds each dictionary's
// number of entries; base is added first.
func loadOrderTotal(base float64, kept []entry, sizes []int) float64 {
	byLine := make([][]float64, len(sizes))
	for d, n := range sizes {
		byLine[d] = make([]float64, n)
	}
	for _, e := range kept {
		byLine[e.dict][e.line] = e.freq
	}
	total := base
	for _, fs := range byLine {
		for _, f := range fs {
			if f != 0 { // 0: a repeat that gse skipped
				total += f
			}
		}
	}
	return total
}

// splitUnits appends the end offsets of text's units, gse's smallest pieces
// (SplitTextToWords): a run of letters and digits encoded in at most two
// bytes (Latin, Greek, Cyrillic, …) is one unit; any other character is a
// unit of its own.
func splitUnits(text string, ends []int32) []int32 {
	inRun := false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		var alnum bool
		if r < utf8.RuneSelf {
			alnum = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			alnum = size <= 2 && (unicode.IsLetter(r) || unicode.IsNumber(r))
		}
		i += size
		if alnum && inRun {
			ends[len(ends)-1] = int32(i)
			continue
		}
		ends = append(ends, int32(i))
		inRun = alnum
	}
	return ends
}

// countUnits returns the number of units of s.
func countUnits(s string) int {
	var buf [64]int32
	return len(splitUnits(s, buf[:0]))
}
