package lexicon

import "sync"

// pseudoDistance is gse's path length of a unit missing from the
// dictionaries; such a token has the part of speech "x".
const pseudoDistance = 32

// Path is the segmentation of one text: its tokens in order. Release it
// when done; its buffers are reused.
type Path struct {
	lx    *Lexicon
	ends  []int32   // end offset of each unit
	dist  []float32 // shortest path length up to and including unit i; 0: none yet
	from  []int32   // first unit of the last token of that path
	word  []int32   // its word id, -1 for a pseudo token
	spans []int32   // the tokens' last units, in order
}

var paths = sync.Pool{New: func() any { return new(Path) }}

// Len returns the number of tokens.
func (p *Path) Len() int { return len(p.spans) }

// Token returns the byte offsets and part of speech of token i.
func (p *Path) Token(i int) (start, end int, pos string) {
	u := p.spans[i]
	if f := p.from[u]; f > 0 {
		start = int(p.ends[f-1])
	}
	pos = "x"
	if w := p.word[u]; w >= 0 {
		pos = p.lx.names[p.lx.pos[w]]
	}
	return start, int(p.ends[u]), pos
}

// Release returns the path's buffers for reuse.
func (p *Path) Release() {
	p.lx = nil
	paths.Put(p)
}

// Segment splits text as gse's Segment does: the path through the text's
// units whose tokens have the smallest total distance.
func (lx *Lexicon) Segment(text string) *Path {
	p := paths.Get().(*Path)
	p.lx = lx
	p.ends = splitUnits(text, p.ends[:0])
	n := len(p.ends)
	p.dist, p.from, p.word = zeroed(p.dist, n), zeroed(p.from, n), zeroed(p.word, n)
	lx.shortestPath(text, p)
	p.spans = p.spans[:0]
	for u := n - 1; u >= 0; u = int(p.from[u]) - 1 {
		p.spans = append(p.spans, int32(u))
	}
	for i, j := 0, len(p.spans)-1; i < j; i, j = i+1, j-1 {
		p.spans[i], p.spans[j] = p.spans[j], p.spans[i]
	}
	return p
}

// shortestPath is gse's Viterbi pass (segmentWords): for each unit, every
// dictionary word starting there extends the best path that ends just
// before it; a unit that is not itself a word gets a pseudo token. On equal
// distances the path found first is kept.
func (lx *Lexicon) shortestPath(text string, p *Path) {
	ends := p.ends
	update := func(at, from int, d float32, w int32) {
		if p.dist[at] == 0 || p.dist[at] > d {
			p.dist[at], p.from[at], p.word[at] = d, int32(from), w
		}
	}
	for cur := range ends {
		var base float32
		start := 0
		if cur > 0 {
			base, start = p.dist[cur-1], int(ends[cur-1])
		}
		single := false
		nb, no := int32(0), int32(0) // cursors in the base and run-time tries
		for u := cur; u < min(cur+lx.maxLen, len(ends)) && (nb >= 0 || no >= 0); u++ {
			for b := start; b < int(ends[u]); b++ {
				c := text[b]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				if nb >= 0 {
					nb = lx.base.child(nb, c)
				}
				if no >= 0 {
					no = lx.over.child(no, c)
				}
			}
			start = int(ends[u])
			w := int32(-1)
			if nb >= 0 {
				w = lx.base.word[nb]
			}
			if w < 0 && no >= 0 {
				w = lx.over.word[no]
			}
			if w >= 0 {
				single = single || u == cur
				update(u, cur, base+lx.dist[w], w)
			}
		}
		if !single {
			update(cur, cur, base+pseudoDistance, -1)
		}
	}
}

// zeroed returns s resized to n zero elements, reusing its array.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}
