package lexicon

import "encoding/binary"

// trie is a static byte trie in breadth-first order: the children of node n
// are the nodes first[n] … first[n+1]-1, sorted by label, so a node needs
// no pointers and the whole trie is three flat arrays (plus a direct table
// of the root's children).
type trie struct {
	label []byte  // label[n]: the byte on the edge into node n
	first []int32 // first[n]: the first child of node n; len(label)+1 entries
	word  []int32 // word[n]: the id of the word ending at node n, or -1
	root  [256]int32
}

// buildTrie builds the trie of keys, which must be sorted and unique; word
// ids are indexes into keys.
func buildTrie(keys []string) trie {
	n := 1 // the number of nodes: of distinct prefixes
	for i, k := range keys {
		common := 0
		if i > 0 {
			p := keys[i-1]
			for common < len(p) && common < len(k) && p[common] == k[common] {
				common++
			}
		}
		n += len(k) - common
	}
	t := trie{label: make([]byte, 1, n), first: make([]int32, 0, n+1), word: make([]int32, 1, n)}
	t.word[0] = -1
	// lo/hi: the keys below node i (a range of keys); depth is len(prefix).
	lo, hi, depth := make([]int32, 1, n), make([]int32, 1, n), make([]int32, 1, n)
	hi[0] = int32(len(keys))
	for i := 0; i < len(t.label); i++ {
		t.first = append(t.first, int32(len(t.label)))
		a, b, d := int(lo[i]), int(hi[i]), int(depth[i])
		if a < b && len(keys[a]) == d {
			t.word[i] = int32(a)
			a++
		}
		for a < b {
			c := keys[a][d]
			e := a + 1
			for e < b && keys[e][d] == c {
				e++
			}
			t.label = append(t.label, c)
			t.word = append(t.word, -1)
			lo, hi, depth = append(lo, int32(a)), append(hi, int32(e)), append(depth, int32(d+1))
			a = e
		}
	}
	t.first = append(t.first, int32(len(t.label)))
	t.setRoot()
	return t
}

// setRoot fills the direct table of the root's children.
func (t *trie) setRoot() {
	for c := range t.root {
		t.root[c] = -1
	}
	if len(t.first) < 2 {
		return
	}
	for c := t.first[0]; c < t.first[1]; c++ {
		t.root[t.label[c]] = c
	}
}

// child returns the child of node n labelled c, or -1.
func (t *trie) child(n int32, c byte) int32 {
	if n == 0 {
		return t.root[c]
	}
	lo, end := t.first[n], t.first[n+1]
	hi := end
	for hi-lo > 8 {
		m := int32(uint32(lo+hi) >> 1)
		if t.label[m] < c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for ; lo < end; lo++ { // the first label >= c is in [lo, hi]
		if l := t.label[lo]; l >= c {
			if l == c {
				return lo
			}
			return -1
		}
	}
	return -1
}

// find returns the id of the word key, or -1.
func (t *trie) find(key string) int32 {
	n := int32(0)
	for i := 0; i < len(key); i++ {
		if n = t.child(n, key[i]); n < 0 {
			return -1
		}
	}
	return t.word[n]
}

// appendTo appends the trie's arrays, little-endian.
func (t *trie) appendTo(b []byte) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(len(t.label)))
	b = append(b, t.label...)
	for _, v := range t.first {
		b = binary.LittleEndian.AppendUint32(b, uint32(v))
	}
	for _, v := range t.word {
		b = binary.LittleEndian.AppendUint32(b, uint32(v))
	}
	return b
}

// readTrie reads what appendTo wrote from r; check it with valid before
// calling setRoot.
func readTrie(r *reader) trie {
	n := int(r.u32())
	r.check(n < 1<<30)
	return trie{label: []byte(r.bytes(n)), first: r.i32s(n + 1), word: r.i32s(n)}
}
