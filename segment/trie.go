package segment

// trie is a static byte trie in breadth-first order: the children of node n
// are the nodes first[n] … first[n+1]-1, sorted by label, so a node needs
// no pointers and the whole trie is four flat arrays.
type trie struct {
	label []byte  // label[n]: the byte on the edge into node n
	first []int32 // first[n]: the first child of node n; len(label)+1 entries
	word  []int32 // word[n]: the id of the word ending at node n, or -1
	root  [256]int32
}

// buildTrie builds the trie of keys, which must be sorted and unique; word
// ids are indexes into keys.
func buildTrie(keys []string) trie {
	n := 1
	for _, k := range keys {
		n += len(k) // an upper bound on the number of nodes
	}
	n = min(n, 1<<31-1)
	t := trie{label: make([]byte, 1, n/2), first: make([]int32, 0, n/2+1), word: make([]int32, 1, n/2)}
	t.word[0] = -1
	// lo/hi: the keys below node i (a range of keys); depth is len(prefix).
	lo, hi, depth := []int32{0}, []int32{int32(len(keys))}, []int32{0}
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
	for c := range t.root {
		t.root[c] = -1
	}
	for c := t.first[0]; c < t.first[1]; c++ {
		t.root[t.label[c]] = c
	}
	return t
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
