package analyzer

import (
	"github.com/pplint/pplint/analyzer/report"
	"github.com/pplint/pplint/segment"
)

// reportDocument copies a parsed document's blocks into the plain report
// types, numbering table rows: an HTML row starts at each <tr>, a Markdown
// row is a source line; a .docx cell, one paragraph per line, gets a row of
// its own.
func reportDocument(doc *segment.Document) *report.Document {
	out := &report.Document{Path: doc.Path, Format: string(doc.Format), Blocks: make([]report.Block, len(doc.Blocks))}
	row, from := 0, 0
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		rb := report.Block{Kind: string(b.Kind), Level: b.Level, Text: b.Text, Runs: make([]report.Run, len(b.Runs))}
		for j, r := range b.Runs {
			rb.Runs[j] = report.Run{TextStart: r.TextStart, TextEnd: r.TextEnd, SrcStart: r.SrcStart, SrcEnd: r.SrcEnd}
		}
		if b.Kind == segment.KindTableCell && len(b.Runs) > 0 {
			start := b.Runs[0].SrcStart
			if doc.Format == segment.FormatHTML {
				row += countRowTags(doc.Source[min(from, start):start])
				from = start
			} else {
				row = doc.Position(start).Line
			}
			rb.Row = row
		}
		out.Blocks[i] = rb
	}
	return out
}

// countRowTags counts the <tr> start tags of an HTML fragment, in any case.
func countRowTags(src []byte) int {
	n := 0
	for i := 0; i+3 < len(src); i++ {
		if src[i] == '<' && src[i+1]|0x20 == 't' && src[i+2]|0x20 == 'r' {
			if c := src[i+3]; c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' {
				n++
			}
		}
	}
	return n
}
