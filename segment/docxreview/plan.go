package docxreview

import (
	"fmt"
	"sort"
	"strings"
)

// markKind orders the marks placed at one point: range ends and
// references first, then range starts, so that comments meeting at a
// point do not overlap.
type markKind int

const (
	markEnd     markKind = iota // commentRangeEnd and its reference run
	markEndOnly                 // commentRangeEnd; the reference is elsewhere
	markRef                     // the reference run alone
	markStart                   // commentRangeStart
)

type mark struct {
	kind   markKind
	id     int
	prefix string // of the WordprocessingML namespace where it goes
}

func (m mark) xml() string {
	p, ns := m.prefix, ""
	if p == "" {
		p, ns = "w", ` xmlns:w="`+wNS+`"`
	}
	start := fmt.Sprintf(`<%[1]s:commentRangeStart%[2]s %[1]s:id="%[3]d"/>`, p, ns, m.id)
	end := fmt.Sprintf(`<%[1]s:commentRangeEnd%[2]s %[1]s:id="%[3]d"/>`, p, ns, m.id)
	ref := fmt.Sprintf(`<%[1]s:r%[2]s><%[1]s:commentReference %[1]s:id="%[3]d"/></%[1]s:r>`, p, ns, m.id)
	switch m.kind {
	case markStart:
		return start
	case markEndOnly:
		return end
	case markRef:
		return ref
	}
	return end + ref
}

func marksXML(ms []mark) string {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].kind == markStart || ms[j].kind == markStart {
			return ms[i].kind < ms[j].kind
		}
		return ms[i].id < ms[j].id
	})
	var b strings.Builder
	for _, m := range ms {
		b.WriteString(m.xml())
	}
	return b.String()
}

// cut is a point in a run: before character o of child c (o is 0 for a
// point before the child); {len(children), 0} is the end of the run.
type cut struct{ c, o int }

// plan is where the comment marks go.
type plan struct {
	places []Placement
	at     map[int][]mark // raw offsets of document.xml
	cuts   map[*run]map[cut][]mark
}

func (pl *plan) addCut(r *run, c cut, m mark) {
	if pl.cuts[r] == nil {
		pl.cuts[r] = map[cut][]mark{}
	}
	pl.cuts[r][c] = append(pl.cuts[r][c], m)
}

// plan places each comment on its exact text when it can, else on the
// whole paragraph.
func (b *body) plan(cs []Comment, firstID int) *plan {
	pl := &plan{at: map[int][]mark{}, cuts: map[*run]map[cut][]mark{}}
	starts := make([]int, len(b.paras))
	n := 0
	for i, p := range b.paras {
		starts[i] = n
		n += p.text.Len() + 1
	}
	locate := func(off int) (int, int) {
		i := sort.Search(len(starts), func(i int) bool { return starts[i] > off }) - 1
		if i < 0 {
			return 0, 0
		}
		return i, min(off-starts[i], b.paras[i].text.Len())
	}
	text := b.text()
	for i, c := range cs {
		id := firstID + i
		c.Start, c.End = runeStart(text, c.Start), runeEnd(text, c.End)
		exact := b.placeExact(pl, c, id, locate)
		if !exact {
			p, _ := locate(c.Start)
			b.placePara(pl, p, id)
		}
		pl.places = append(pl.places, Placement{ID: id, Exact: exact})
	}
	return pl
}

func (b *body) placeExact(pl *plan, c Comment, id int, locate func(int) (int, int)) bool {
	if c.End <= c.Start || len(b.paras) == 0 {
		return false
	}
	ps, cs := locate(c.Start)
	pe, ce := locate(c.End)
	for ps < pe && cs >= b.paras[ps].text.Len() {
		ps, cs = ps+1, 0
	}
	for pe > ps && ce == 0 {
		pe, ce = pe-1, b.paras[pe-1].text.Len()
	}
	rs, cutS, ok := startCut(b.paras[ps], cs)
	if !ok {
		return false
	}
	re, cutE, ok := endCut(b.paras[pe], ce)
	if !ok {
		return false
	}
	rawS, rawE := rs.rawAt(cutS), re.rawAt(cutE)
	if rawS >= rawE {
		return false
	}
	for _, d := range b.dels {
		if rawS <= d && d < rawE {
			return false // the range would cross deleted text
		}
	}
	pl.addCut(rs, cutS, mark{kind: markStart, id: id, prefix: rs.para.prefix})
	if re.refOut {
		pl.addCut(re, cutE, mark{kind: markEndOnly, id: id, prefix: re.para.prefix})
		pl.at[re.para.endAt] = append(pl.at[re.para.endAt], mark{kind: markRef, id: id, prefix: re.para.prefix})
	} else {
		pl.addCut(re, cutE, mark{kind: markEnd, id: id, prefix: re.para.prefix})
	}
	return true
}

// placePara marks the whole of paragraph i (or the paragraph that holds
// it, for one that cannot take marks, or else the first that can).
func (b *body) placePara(pl *plan, i, id int) {
	usable := func(p *para) bool { return p != nil && p.main && !p.selfClosing && !p.inTextBox }
	var p *para
	if i < len(b.paras) {
		p = b.paras[i]
	}
	for p != nil && !usable(p) {
		p = p.outer
	}
	if p == nil {
		for _, q := range b.paras {
			if usable(q) && strings.TrimSpace(q.text.String()) != "" {
				p = q
				break
			}
		}
	}
	if p == nil {
		for _, q := range b.paras {
			if usable(q) {
				p = q
				break
			}
		}
	}
	if p == nil {
		return // apply reports it
	}
	pl.at[p.contentAt] = append(pl.at[p.contentAt], mark{kind: markStart, id: id, prefix: p.prefix})
	pl.at[p.endAt] = append(pl.at[p.endAt], mark{kind: markEnd, id: id, prefix: p.prefix})
}

// startCut returns the point before character col of paragraph p.
func startCut(p *para, col int) (*run, cut, bool) {
	for _, pc := range p.pieces {
		if pc.at <= col && col < pc.end {
			if pc.run == nil {
				return nil, cut{}, false
			}
			if pc.atomic {
				return pc.run, cut{pc.child, 0}, true
			}
			return pc.run, pc.run.norm(cut{pc.child, pc.base + pc.conv[col-pc.at]}), true
		}
	}
	return nil, cut{}, false
}

// endCut returns the point after character col-1 of paragraph p.
func endCut(p *para, col int) (*run, cut, bool) {
	for _, pc := range p.pieces {
		if pc.at <= col-1 && col-1 < pc.end {
			if pc.run == nil {
				return nil, cut{}, false
			}
			if pc.atomic {
				return pc.run, cut{pc.child + 1, 0}, true
			}
			return pc.run, pc.run.norm(cut{pc.child, pc.base + pc.conv[col-pc.at]}), true
		}
	}
	return nil, cut{}, false
}

// norm turns a point at the end of a text child into the point before
// the next child.
func (r *run) norm(c cut) cut {
	if c.c < len(r.children) && r.children[c.c].text != nil && c.o > 0 && c.o >= r.children[c.c].text.Len() {
		return cut{c.c + 1, 0}
	}
	return c
}

// rawAt is the raw offset of a point, near enough to order points.
func (r *run) rawAt(c cut) int {
	switch {
	case c.c >= len(r.children):
		return r.end
	case c.o > 0:
		return r.children[c.c].start + c.o // inside the child, in order
	}
	return r.children[c.c].start
}
