package claims

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/pplint/pplint/segment"
)

// The discourse layer reads a clause with the text it depends on. A
// sentence that ends in "：" (本人不可撤销地授权甲公司：, 发生下列情形之一的，
// 本平台不承担责任：) is a lead-in: the items after it complete it. Items are
// the rest of the lead-in's block, then following list items or paragraphs
// that open with an enumerator ((1), 1., ①, a)), until a heading or a
// block that is no item. A lead-in that ends its paragraph is completed at
// least by the next paragraph.

// enumerator opens a list item written as text: （1）, 1., 1、, 一、, ①, a), 一是, -.
var enumerator = regexp.MustCompile(`^\s*(?:[（(]?\s*[0-9０-９]{1,3}\s*[）)、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]|[①-⑳]|[a-zA-Z][.、)）]|[一二三四五六七八九十]是|[-•·●▪◆*]\s)`)

// maxItems bounds the item text joined onto a lead-in.
const maxItems = 3000

// leadColon returns the offset of the colon that makes text a lead-in
// (the last "：" when only an optional enumerated first item follows it),
// or -1.
func leadColon(text string) int {
	t := strings.TrimRight(text, " \t")
	i := max(strings.LastIndex(t, "："), strings.LastIndexByte(t, ':')) // faster than LastIndexAny on Chinese text
	if i < 0 {
		return -1
	}
	_, n := utf8.DecodeRuneInString(t[i:])
	rest := strings.TrimSpace(t[i+n:])
	if rest == "" || enumerator.MatchString(rest) {
		return i
	}
	return -1
}

// isItem reports whether sentence i continues the list opened by lead.
func isItem(doc *segment.Document, ss []segment.Sentence, lead, prev, i int) bool {
	b := doc.Blocks[ss[i].Block]
	switch {
	case b.Kind == segment.KindHeading:
		return false
	case sibling(ss[lead].Text, ss[i].Text):
		return false // 二、 after the lead-in 一、本人同意：
	case ss[i].Block == ss[lead].Block, ss[i].Block == ss[prev].Block:
		return true // the rest of the lead-in's block, or of an item's
	case b.Kind == segment.KindListItem, enumerator.MatchString(ss[i].Text):
		return true
	case ss[i].Block == ss[lead].Block+1 && (lead+1 == len(ss) || ss[lead+1].Block != ss[lead].Block):
		return true // the paragraph right after a lead-in that ends its own
	}
	return false
}

// sibling reports whether item is the next point rather than an item of
// the lead-in: it opens with an enumerator of the same style as the
// lead-in's own (一、… then 二、…), or with a dotted clause number at the
// lead-in's level or above (7.6 after the lead-in 7.5).
func sibling(lead, item string) bool {
	l, t := clauseNumber.FindString(lead), clauseNumber.FindString(item)
	if strings.Contains(l, ".") || strings.Contains(t, ".") {
		return l != "" && strings.Contains(t, ".") && strings.Count(t, ".") <= strings.Count(l, ".")
	}
	st := enumStyle(lead)
	return st != "" && st == enumStyle(item)
}

// clauseNumber is a leading dotted clause number (7.5, 7.5.3).
// A number followed by a dot and no digit (1. 本人…) is an enumerator.
var clauseNumber = regexp.MustCompile(`^\s*\d+(?:\.\d+)*`)

// enumStyle is the shape of text's leading enumerator, digits and Chinese
// numerals folded (（3） and （1） share one), or "".
func enumStyle(text string) string {
	m := enumerator.FindString(text)
	if m == "" {
		return ""
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9', r >= '０' && r <= '９':
			return '0'
		case strings.ContainsRune("一二三四五六七八九十", r):
			return '一'
		case r >= '①' && r <= '⑳':
			return '①'
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			return 'a'
		case r == ' ', r == '\t':
			return -1
		}
		return r
	}, m)
}

// leads computes, for each sentence, the index of the lead-in sentence it
// completes (-1 for none), given each sentence's lead-in colon (-1 for none).
func leads(doc *segment.Document, ss []segment.Sentence, colon []int) []int {
	out := make([]int, len(ss))
	active := -1
	for i := range ss {
		out[i] = -1
		if active >= 0 && isItem(doc, ss, active, i-1, i) {
			out[i] = active
		} else {
			active = -1
		}
		if doc.Blocks[ss[i].Block].Kind != segment.KindHeading && colon[i] >= 0 {
			active = i
		}
	}
	return out
}

// discourse gives each sentence its lead-in text (up to the colon) and
// each lead-in the text of its items.
type discourse struct {
	lead  []int
	colon []int // leadColon of each sentence, computed once
	items []strings.Builder
}

func newDiscourse(doc *segment.Document, ss []segment.Sentence) *discourse {
	d := &discourse{colon: make([]int, len(ss)), items: make([]strings.Builder, len(ss))}
	for i := range ss {
		d.colon[i] = leadColon(ss[i].Text)
		if c := d.colon[i]; c >= 0 {
			_, n := utf8.DecodeRuneInString(ss[i].Text[c:])
			d.items[i].WriteString(ss[i].Text[c+n:]) // a first item on the lead-in's line
		}
	}
	d.lead = leads(doc, ss, d.colon)
	for i, l := range d.lead {
		if l >= 0 && d.items[l].Len() < maxItems {
			d.items[l].WriteString(ss[i].Text)
		}
	}
	return d
}

// leadText is the lead-in of sentence i up to its colon, or "".
func (d *discourse) leadText(ss []segment.Sentence, i int) string {
	l := d.lead[i]
	if l < 0 {
		return ""
	}
	return ss[l].Text[:d.colon[l]]
}
