package lexicon

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// magic starts an encoded lexicon; the digit is the format version.
const magic = "pplint-lexicon-1\n"

// Encode serialises a compiled lexicon (one without runtime dictionaries),
// so that Load can rebuild it without parsing or sorting words.
func (lx *Lexicon) Encode() ([]byte, error) {
	if len(lx.over.word) > 1 {
		return nil, errors.New("encode lexicon: runtime dictionaries cannot be encoded")
	}
	b := []byte(magic)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(lx.total))
	b = binary.LittleEndian.AppendUint32(b, uint32(lx.maxLen))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(lx.names)))
	for _, n := range lx.names {
		if len(n) > 255 {
			return nil, fmt.Errorf("encode lexicon: part of speech %q is too long", n)
		}
		b = append(b, byte(len(n)))
		b = append(b, n...)
	}
	b = lx.base.appendTo(b)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(lx.log2f)))
	for _, f := range lx.log2f {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(f))
	}
	return append(b, lx.pos...), nil
}

// decode reads what Encode wrote.
func decode(s string) (*Lexicon, error) {
	r := &reader{s: s}
	if string(r.bytes(len(magic))) != magic {
		return nil, errors.New("not an encoded lexicon")
	}
	lx := &Lexicon{}
	lx.total = math.Float64frombits(r.u64())
	lx.maxLen = int(r.u32())
	nn := int(r.u32())
	r.check(nn <= 256)
	for i := 0; i < nn && r.err == nil; i++ {
		lx.names = append(lx.names, string(r.bytes(int(r.byte()))))
	}
	lx.base = readTrie(r)
	nw := int(r.u32())
	r.check(nw <= len(r.s)/4)
	if r.err != nil {
		return nil, r.err
	}
	lx.log2f = make([]float32, 0, nw)
	for i := 0; i < nw && r.err == nil; i++ {
		lx.log2f = append(lx.log2f, math.Float32frombits(r.u32()))
	}
	lx.pos = []byte(r.bytes(nw))
	r.check(len(r.s) == 0)
	for _, p := range lx.pos {
		r.check(int(p) < len(lx.names))
	}
	if r.err == nil {
		r.check(lx.base.valid(nw))
	}
	if r.err != nil {
		return nil, r.err
	}
	lx.base.setRoot()
	return lx, nil
}

// valid reports whether the arrays form a trie in breadth-first order
// whose word ids are below words.
func (t *trie) valid(words int) bool {
	n := len(t.label)
	if len(t.first) != n+1 || len(t.word) != n || n == 0 || t.first[0] < 0 || t.first[n] != int32(n) {
		return false
	}
	for i := range n {
		f, next := t.first[i], t.first[i+1]
		if f > next || f <= int32(i) && next > f || t.word[i] >= int32(words) {
			return false
		}
	}
	return true
}

// reader reads little-endian values from a string and remembers the first
// error.
type reader struct {
	s   string
	err error
}

func (r *reader) check(ok bool) {
	if !ok && r.err == nil {
		r.err = fmt.Errorf("corrupt lexicon")
	}
}

func (r *reader) bytes(n int) string {
	r.check(n >= 0 && n <= len(r.s))
	if r.err != nil {
		return ""
	}
	b := r.s[:n]
	r.s = r.s[n:]
	return b
}

func (r *reader) byte() byte {
	if b := r.bytes(1); len(b) == 1 {
		return b[0]
	}
	return 0
}

func (r *reader) u32() uint32 {
	if b := r.bytes(4); len(b) == 4 {
		return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
	}
	return 0
}

func (r *reader) u64() uint64 {
	lo := uint64(r.u32())
	return lo | uint64(r.u32())<<32
}

func (r *reader) i32s(n int) []int32 {
	b := r.bytes(4 * n)
	if r.err != nil {
		return nil
	}
	out := make([]int32, n)
	for i := range out {
		j := 4 * i
		out[i] = int32(uint32(b[j]) | uint32(b[j+1])<<8 | uint32(b[j+2])<<16 | uint32(b[j+3])<<24)
	}
	return out
}
