package output

import (
	"sort"
	"strings"

	"github.com/pplint/pplint/analyzer/report"
)

// span is the part [start, end) of a block's text that one finding covers.
type span struct {
	start, end int
	f          *htmlFinding
	last       bool // the finding ends in this block: its number goes here
}

// document writes one document: its summary, the notes of document-scope
// findings, the text with every other finding marked, and its findings.
func (p *htmlPage) document(n int, path string, d *report.Document) {
	fs := p.byPath[path]
	p.printf(`<section class="doc" id="doc-%d"><h2 class="doc-title">%s</h2><p class="doc-sum">`, n, esc(report.RelPath(p.o.WorkDir, path)))
	byLevel, rules := counts(fs)
	p.levelChips(byLevel)
	for _, rc := range rules {
		p.printf(` <button type="button" class="rule-filter chip" data-rule="%s">%s ×%d</button>`, esc(rc.ID), esc(rc.ID), rc.N)
	}
	p.printf("</p>\n")
	if d == nil {
		p.printf(`<p class="notext">%s</p>`, esc(p.l["noText"]))
	} else {
		p.text(d, fs)
	}
	p.cards(fs)
	p.printf("</section>\n")
}

// text writes the blocks of d: headings, paragraphs, lists and tables.
func (p *htmlPage) text(d *report.Document, fs []*htmlFinding) {
	spans, notes := placeFindings(d, fs)
	p.printf(`<div class="text" lang="zh-CN">`)
	if len(notes[-1]) > 0 {
		p.printf(`<div class="doc-notes"><h3>%s</h3>`, esc(p.l["docScope"]))
		p.notes(notes[-1])
		p.printf(`</div>`)
	}
	var open string // "ul" or "table" while a list or table is open
	row := -1
	for i := range d.Blocks {
		b := &d.Blocks[i]
		want := ""
		switch b.Kind {
		case report.BlockListItem:
			want = "ul"
		case report.BlockTableCell:
			want = "table"
		}
		if open != want || (want == "table" && b.Row != row) {
			switch open {
			case "ul":
				p.printf("</ul>\n")
			case "table":
				p.printf("</tr>")
				if want != "table" {
					p.printf("</tbody></table>\n")
				}
			}
			switch want {
			case "ul":
				p.printf("<ul>")
			case "table":
				if open != "table" {
					p.printf(`<table class="doc-table"><tbody>`)
				}
				p.printf("<tr>")
			}
			open, row = want, b.Row
		}
		tag, attr := "p", ""
		switch b.Kind {
		case report.BlockHeading:
			tag = "h" + string(rune('0'+min(max(b.Level, 1)+2, 6)))
			attr = ` data-level="` + string(rune('0'+min(max(b.Level, 1), 6))) + `"`
		case report.BlockListItem:
			tag = "li"
		case report.BlockTableCell:
			tag = "td"
		}
		s, e := b.SourceRange()
		p.printf(`<%s class="b"%s data-src="%d-%d">`, tag, attr, s, e)
		p.blockText(b, spans[i])
		p.inlineNotes(spans[i])
		p.printf("</%s>\n", tag)
		if len(notes[i]) > 0 {
			p.printf(`<div class="doc-notes at-heading">`)
			p.notes(notes[i])
			p.printf(`</div>`)
		}
	}
	switch open {
	case "ul":
		p.printf("</ul>\n")
	case "table":
		p.printf("</tr></tbody></table>\n")
	}
	p.printf("</div>\n")
}

// placeFindings finds where each finding of d goes: clause findings become
// spans of the blocks their source span overlaps; document-scope findings
// become notes after the heading that holds their span, or at the top of
// the document (key -1).
func placeFindings(d *report.Document, fs []*htmlFinding) (map[int][]span, map[int][]*htmlFinding) {
	spans := map[int][]span{}
	notes := map[int][]*htmlFinding{}
	order := make([]int, len(d.Blocks)) // block indices by source start
	for i := range order {
		order[i] = i
	}
	starts := make([]int, len(d.Blocks))
	ends := make([]int, len(d.Blocks))
	for i := range d.Blocks {
		starts[i], ends[i] = d.Blocks[i].SourceRange()
	}
	sort.SliceStable(order, func(a, b int) bool { return starts[order[a]] < starts[order[b]] })
	for _, f := range fs {
		lo, hi := f.Location.Offset, f.Location.EndOffset
		// First block (in source order) that ends after the start.
		k := sort.Search(len(order), func(k int) bool { return ends[order[k]] > lo || (lo == hi && ends[order[k]] >= lo) })
		// A document-scope finding on a heading (the title, or the section
		// where the missing item belongs) is a note, not a mark.
		if f.DocScope && (k == len(order) || starts[order[k]] > lo || d.Blocks[order[k]].Kind == report.BlockHeading) {
			at := -1
			if k < len(order) && order[k] > 0 && starts[order[k]] <= lo {
				at = order[k]
			}
			notes[at] = append(notes[at], f)
			f.Noted = true
			continue
		}
		var mine []int
		for ; k < len(order) && (starts[order[k]] < hi || (lo == hi && starts[order[k]] <= lo)); k++ {
			mine = append(mine, order[k])
		}
		if len(mine) == 0 {
			notes[-1] = append(notes[-1], f) // outside every block (e.g. in markup)
			f.Noted = true
			continue
		}
		for j, bi := range mine {
			b := &d.Blocks[bi]
			ts := b.TextOffset(max(lo, starts[bi]), false)
			te := b.TextOffset(min(hi, ends[bi]), true)
			if te < ts {
				te = ts
			}
			spans[bi] = append(spans[bi], span{start: ts, end: te, f: f, last: j == len(mine)-1})
		}
	}
	return spans, notes
}

// notes writes document-scope findings as a list of short notes.
func (p *htmlPage) notes(fs []*htmlFinding) {
	p.printf(`<ul class="notes">`)
	for _, f := range fs {
		c := levelClass(f.Level)
		p.printf(`<li class="note lv-%s" data-f="%d" data-rule="%s" data-level="%s" data-start="%d" data-end="%d"><span class="anchor" id="m-%d"></span>`,
			c, f.N, esc(f.RuleID), f.Level, f.Location.Offset, f.Location.EndOffset, f.N)
		p.ref(f)
		p.printf(` <span class="lv lv-%s">%s</span> <strong>%s</strong> <code>%s</code> %s</li>`, c,
			esc(htmlLevelName(f.Level, p.o.Lang)), esc(f.Rule.Title.In(p.o.Lang)), esc(f.RuleID), esc(f.Message.In(p.o.Lang)))
	}
	p.printf(`</ul>`)
}

// inlineNotes writes, under a block's text, one line per finding that
// ends in it: number, level, rule title and id, message. The card (in the
// side panel or the findings list) adds the basis and the fix.
func (p *htmlPage) inlineNotes(spans []span) {
	n := 0
	for _, s := range spans {
		if !s.last {
			continue
		}
		if n == 0 {
			p.printf(`<span class="inotes">`)
		}
		n++
		f := s.f
		c := levelClass(f.Level)
		p.printf(`<span class="inote lv-%s" data-f="%d">`, c, f.N)
		p.ref(f)
		p.printf(` <span class="lv lv-%s">%s</span> <b>%s</b> <code>%s</code> %s</span>`, c, esc(htmlLevelName(f.Level, p.o.Lang)),
			esc(f.Rule.Title.In(p.o.Lang)), esc(f.RuleID), esc(f.Message.In(p.o.Lang)))
	}
	if n > 0 {
		p.printf(`</span>`)
	}
}

// ref writes a finding's number, linking to its card.
func (p *htmlPage) ref(f *htmlFinding) {
	p.printf(`<a class="ref lv-%s" href="#f-%d" data-f="%d" title="%s">%d</a>`, levelClass(f.Level), f.N, f.N,
		esc(f.RuleID+" — "+f.Message.In(p.o.Lang)), f.N)
}

// blockText writes a block's text with its spans marked. Overlapping spans
// stack: the text is cut at every span boundary and each piece is one
// <mark> listing the findings that cover it, coloured by the highest level
// among them; each finding's number follows its last piece.
func (p *htmlPage) blockText(b *report.Block, spans []span) {
	if len(spans) == 0 {
		p.printf("%s", esc(b.Text))
		return
	}
	cuts := []int{0, len(b.Text)}
	for _, s := range spans {
		cuts = append(cuts, s.start, s.end)
	}
	sort.Ints(cuts)
	pos := 0
	for ci, c := range cuts {
		if ci > 0 && c == cuts[ci-1] {
			continue
		}
		// Anchors of spans starting here, numbers of spans ending here.
		if c > pos {
			p.piece(b, spans, pos, c)
			pos = c
		}
		for _, s := range spans {
			if s.end == c && s.last {
				p.ref(s.f)
			}
		}
		for _, s := range spans {
			if s.start == c && s.f.anchorOnce() {
				p.printf(`<span class="anchor" id="m-%d"></span>`, s.f.N)
			}
		}
	}
}

// piece writes b.Text[from:to], marked with the spans that cover it.
func (p *htmlPage) piece(b *report.Block, spans []span, from, to int) {
	var ids []string
	top := report.Level("")
	for _, s := range spans {
		if s.start <= from && to <= s.end && s.start < s.end {
			ids = append(ids, itoa(s.f.N))
			if s.f.Level.Rank() > top.Rank() || top == "" {
				top = s.f.Level
			}
		}
	}
	text := esc(b.Text[from:to])
	if len(ids) == 0 {
		p.printf("%s", text)
		return
	}
	p.printf(`<mark class="hl lv-%s" data-f="%s" data-n="%d" data-s="%d" data-e="%d">%s</mark>`, levelClass(top),
		strings.Join(ids, " "), min(len(ids), 4), b.SourceOffset(from, false), b.SourceOffset(to, true), text)
}

// anchorOnce reports whether the finding's anchor is still to be written.
func (f *htmlFinding) anchorOnce() bool {
	if f.anchored {
		return false
	}
	f.anchored = true
	return true
}

func itoa(n int) string {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(buf[i:])
		}
	}
}

// cards writes the numbered findings of one document with their basis and
// fix: the list the marks link to, and what the print-out ends with.
func (p *htmlPage) cards(fs []*htmlFinding) {
	p.printf(`<section class="findings"><h3>%s</h3>`, esc(p.l["docFinds"]))
	if len(fs) == 0 {
		p.printf(`<p class="none">%s</p></section>`+"\n", esc(p.l["noFindings"]))
		return
	}
	p.printf(`<ol class="cards">`)
	for _, f := range fs {
		c := levelClass(f.Level)
		p.printf(`<li class="card lv-%s" id="f-%d" data-f="%d" data-rule="%s" data-level="%s" data-start="%d" data-end="%d">`,
			c, f.N, f.N, esc(f.RuleID), f.Level, f.Location.Offset, f.Location.EndOffset)
		p.printf(`<div class="card-head"><span class="num">%d</span> <span class="lv lv-%s">%s</span> <strong class="title">%s</strong> <code class="rid">%s</code> <span class="loc">%s</span></div>`,
			f.N, c, esc(htmlLevelName(f.Level, p.o.Lang)), esc(f.Rule.Title.In(p.o.Lang)), esc(f.RuleID), esc(p.location(f)))
		p.printf(`<p class="msg">%s</p>`, esc(f.Message.In(p.o.Lang)))
		if f.Sentence != "" && !f.Noted {
			p.printf(`<blockquote class="quote" lang="zh-CN" aria-label="%s">%s</blockquote>`, esc(p.l["quote"]), quote(f.Finding))
		}
		p.basis(f.Rule.LegalBasis)
		if fix := f.Rule.Fix.In(p.o.Lang); fix != "" {
			p.printf(`<div class="fix"><h4>%s</h4><p>%s</p></div>`, esc(p.l["fix"]), esc(fix))
		}
		p.printf(`<p class="links"><a class="back" href="#m-%d">%s</a>`, f.N, esc(p.l["back"]))
		if u := f.Rule.HelpURI; strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
			p.printf(` · <a class="doc-link" href="%s" target="_blank" rel="noopener noreferrer">%s</a>`, esc(u), esc(p.l["docLink"]))
		}
		p.printf("</p></li>\n")
	}
	p.printf("</ol></section>\n")
}
