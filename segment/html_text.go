package segment

import (
	"bytes"

	"golang.org/x/net/html"
)

// text adds the raw text token src[from:to] to the current block.
func (p *htmlParser) text(from, to int) {
	raw := p.src[from:to]
	for i := 0; i < len(raw); {
		switch c := raw[i]; {
		case htmlSpace(c):
			j := i
			for j < len(raw) && htmlSpace(raw[j]) {
				j++
			}
			p.space(from+i, from+j, bytes.ContainsAny(raw[i:j], "\n\r"))
			i = j
		case c == '&':
			n, dec := htmlEntity(raw[i:])
			if n == 0 {
				p.word([]byte("&"), from+i, from+i+1)
				i++
				continue
			}
			p.word([]byte(dec), from+i, from+i+n)
			i += n
		default:
			j := i + 1
			for j < len(raw) && raw[j] != '&' && !htmlSpace(raw[j]) {
				j++
			}
			p.word(raw[i:j], from+i, from+j)
			i = j
		}
	}
}

// space records white space between words; it is written only when a word
// follows in the same block, so blocks never start or end with it.
func (p *htmlParser) space(from, to int, newline bool) {
	if t := p.bb.text.Bytes(); len(t) == 0 || t[len(t)-1] == '\n' {
		return
	}
	if p.pending == nil {
		p.pending = &htmlSpaceRun{from: from, to: to}
	}
	p.pending.newline = p.pending.newline || newline
}

func (p *htmlParser) word(txt []byte, from, to int) {
	if ws := p.pending; ws != nil {
		p.pending = nil
		sep := " "
		if ws.newline {
			sep = "\n"
		}
		p.bb.add([]byte(sep), ws.from, ws.to)
	}
	p.bb.add(txt, from, to)
}

// htmlSpaceRun is collapsed white space at src[from:to].
type htmlSpaceRun struct {
	from, to int
	newline  bool
}

// htmlSpace reports ASCII white space as HTML defines it.
func htmlSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// htmlEntity decodes the character reference at the start of s ("&amp;",
// "&nbsp", "&#x4e2d;") the way the tokenizer does, and returns how many
// bytes it spans; 0 when s does not start one. The candidate is decoded
// with html.UnescapeString; what follows the reference comes back
// unchanged, so the longest common suffix of candidate and result (leaving
// at least one decoded byte) is the part not consumed.
func htmlEntity(s []byte) (int, string) {
	k := 1
	for k < len(s) && k < 40 && (isAlnum(s[k]) || (k == 1 && s[k] == '#')) {
		k++
	}
	if k < len(s) && s[k] == ';' {
		k++
	}
	if k == 1 {
		return 0, ""
	}
	e := string(s[:k])
	u := html.UnescapeString(e)
	if u == e {
		return 0, ""
	}
	sfx := 0
	for sfx < len(u)-1 && sfx < len(e)-1 && u[len(u)-1-sfx] == e[len(e)-1-sfx] {
		sfx++
	}
	return len(e) - sfx, u[:len(u)-sfx]
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
