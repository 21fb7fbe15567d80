package docxreview

import (
	"bytes"
	"errors"
	"sort"
	"strings"
	"unicode/utf8"
)

// apply returns document.xml with the marks of the plan.
func (b *body) apply(pl *plan) ([]byte, error) {
	type edit struct {
		pos, end int
		text     string
	}
	var edits []edit
	for _, pos := range sortedKeys(pl.at) {
		edits = append(edits, edit{pos, pos, marksXML(pl.at[pos])})
	}
	placed := 0
	for _, ms := range pl.at {
		placed += len(ms)
	}
	for r, cuts := range pl.cuts {
		n := len(r.children)
		whole := true
		for c, ms := range cuts {
			placed += len(ms)
			whole = whole && c.o == 0 && (c.c == 0 || c.c == n)
		}
		if whole {
			if ms := cuts[cut{0, 0}]; len(ms) > 0 {
				edits = append(edits, edit{r.start, r.start, marksXML(ms)})
			}
			if ms := cuts[cut{n, 0}]; len(ms) > 0 {
				edits = append(edits, edit{r.end, r.end, marksXML(ms)})
			}
			continue
		}
		edits = append(edits, edit{r.start, r.end, r.rebuild(b.raw, cuts)})
	}
	if placed < 2*len(pl.places) {
		return nil, errors.New("the document has no paragraph a comment can be placed on")
	}
	// Insertions before replacements at the same offset; insertions at one
	// offset in order of their marks (ends before starts).
	sort.SliceStable(edits, func(i, j int) bool {
		a, c := edits[i], edits[j]
		if a.pos != c.pos {
			return a.pos < c.pos
		}
		ai, ci := a.end == a.pos, c.end == c.pos
		if ai != ci {
			return ai
		}
		return strings.Contains(a.text, "commentRangeEnd") && !strings.Contains(c.text, "commentRangeEnd")
	})
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.pos < last {
			return nil, errors.New("overlapping comment marks (please report this)")
		}
		out.Write(b.raw[last:e.pos])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(b.raw[last:])
	return out.Bytes(), nil
}

// rebuild returns the run split at its cuts, with the marks between the
// pieces. Each piece repeats the run's start tag and properties.
func (r *run) rebuild(raw []byte, cuts map[cut][]mark) string {
	n := len(r.children)
	points := []cut{{0, 0}}
	for c := range cuts {
		points = append(points, c)
	}
	points = append(points, cut{n, 0})
	sort.Slice(points, func(i, j int) bool {
		if points[i].c != points[j].c {
			return points[i].c < points[j].c
		}
		return points[i].o < points[j].o
	})
	head, tail := string(raw[r.start:r.rPrEnd]), string(raw[r.closeAt:r.end])
	var b strings.Builder
	for i, p := range points {
		if i > 0 && points[i-1] == p {
			continue
		}
		if i > 0 {
			if s := r.segment(raw, points[i-1], p); s != "" {
				b.WriteString(head + s + tail)
			}
		}
		b.WriteString(marksXML(cuts[p]))
	}
	return b.String()
}

// segment returns the run content between two points.
func (r *run) segment(raw []byte, a, z cut) string {
	if a == z {
		return ""
	}
	if a.c == z.c {
		return r.textPart(a.c, a.o, z.o)
	}
	var s strings.Builder
	from := a.c
	if a.o > 0 {
		s.WriteString(r.textPart(a.c, a.o, r.children[a.c].text.Len()))
		from++
	}
	if from < z.c {
		s.Write(raw[r.children[from].start:r.children[z.c-1].end])
	}
	if z.o > 0 {
		s.WriteString(r.textPart(z.c, 0, z.o))
	}
	return s.String()
}

// textPart is characters [i, j) of text child c as a w:t of its own.
func (r *run) textPart(c, i, j int) string {
	ch := r.children[c]
	t := ch.text.String()[i:j]
	if t == "" {
		return ""
	}
	name := "t"
	if ch.prefix != "" {
		name = ch.prefix + ":t"
	}
	return "<" + name + ` xml:space="preserve">` + esc(t) + "</" + name + ">"
}

// runeStart moves an offset back to the start of the character it is in;
// runeEnd moves one forward to the end of it.
func runeStart(s string, i int) int {
	i = max(0, min(i, len(s)))
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

func runeEnd(s string, i int) int {
	i = max(0, min(i, len(s)))
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}
