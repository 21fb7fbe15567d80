package segment

import (
	_ "embed" // the compact and legal dictionaries are embedded
	"fmt"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:generate go run ./internal/gendict -o dict/zh.txt

//go:embed dict/zh.txt
var zhDict string

//go:embed dict/legal.txt
var legalDict string

// Token is one word of a sentence; Start and End are byte offsets into the
// text that was segmented.
type Token struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	POS   string `json:"pos,omitempty"`
}

// Segmenter splits text into word tokens.
type Segmenter interface {
	Tokens(text string) []Token
}

// GSE is a Segmenter that gives exactly the tokens of gse's shortest-path
// segmentation (gse.Segmenter.Segment, no HMM) with the same dictionaries.
// It compiles the dictionaries into a static trie once, in a few
// milliseconds, where gse builds a double-array trie word by word and
// prepares search-mode sub-segments that pplint never uses.
type GSE struct {
	lx *lexicon
}

var defaultGSE = sync.OnceValues(func() (*GSE, error) { return NewGSE() })

// Default returns the process-wide GSE segmenter, loading it on first use.
func Default() (*GSE, error) { return defaultGSE() }

// NewGSE loads a segmenter from the embedded compact general dictionary, the
// embedded legal dictionary and then extra dictionaries in gse's text format
// ("word frequency [pos]" per line; the first entry of a word wins). It
// never reads files.
func NewGSE(extra ...string) (*GSE, error) {
	lx, err := newLexicon(append([]string{zhDict, legalDict}, extra...)...)
	if err != nil {
		return nil, fmt.Errorf("load dictionary: %w", err)
	}
	return &GSE{lx: lx}, nil
}

// pseudoDistance is gse's path length of a character missing from the
// dictionary; its part of speech is "x".
const pseudoDistance = 32

// scratch holds the per-call buffers of Tokens.
type scratch struct {
	ends []int32   // end offset of each unit
	dist []float32 // shortest path length up to and including unit i; 0: none yet
	from []int32   // first unit of the last token of that path
	word []int32   // its word id, -1 for a pseudo token
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Tokens segments text; tokens cover text exactly, in order.
func (g *GSE) Tokens(text string) []Token {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.ends = splitUnits(text, sc.ends[:0])
	n := len(sc.ends)
	sc.dist = append(sc.dist[:0], make([]float32, n)...)
	sc.from = append(sc.from[:0], make([]int32, n)...)
	sc.word = append(sc.word[:0], make([]int32, n)...)
	g.shortestPath(text, sc)
	count := 0
	for i := n - 1; i >= 0; i = int(sc.from[i]) - 1 {
		count++
	}
	out := make([]Token, count)
	for i := n - 1; i >= 0; i = int(sc.from[i]) - 1 {
		count--
		start := 0
		if f := sc.from[i]; f > 0 {
			start = int(sc.ends[f-1])
		}
		end := int(sc.ends[i])
		pos := "x"
		if w := sc.word[i]; w >= 0 {
			pos = g.lx.names[g.lx.pos[w]]
		}
		out[count] = Token{Text: text[start:end], Start: start, End: end, POS: pos}
	}
	return out
}

// shortestPath is gse's Viterbi pass (segmentWords): for each unit, every
// dictionary word starting there extends the best path that ends just
// before it; a unit that is not itself a word gets a pseudo token.
func (g *GSE) shortestPath(text string, sc *scratch) {
	lx, ends := g.lx, sc.ends
	update := func(at, from int, d float32, w int32) {
		if sc.dist[at] == 0 || sc.dist[at] > d {
			sc.dist[at], sc.from[at], sc.word[at] = d, int32(from), w
		}
	}
	for cur := range ends {
		var base float32
		start := 0
		if cur > 0 {
			base, start = sc.dist[cur-1], int(ends[cur-1])
		}
		single := false
		node := int32(0)
	walk:
		for u := cur; u < min(cur+lx.maxLen, len(ends)); u++ {
			for b := start; b < int(ends[u]); b++ {
				c := text[b]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				if node = lx.trie.child(node, c); node < 0 {
					break walk
				}
			}
			start = int(ends[u])
			if w := lx.trie.word[node]; w >= 0 {
				single = single || u == cur
				update(u, cur, base+lx.dist[w], w)
			}
		}
		if !single {
			update(cur, cur, base+pseudoDistance, -1)
		}
	}
}

// splitUnits appends the end offsets of text's units, gse's smallest
// pieces (SplitTextToWords): a run of letters and digits encoded in at most
// two bytes (Latin, Greek, Cyrillic, …) is one unit; any other character
// is a unit of its own.
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
