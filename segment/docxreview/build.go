package docxreview

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pplint/pplint/segment"
)

// Build returns a new .docx of a document read from another format — its
// headings, paragraphs, list items and tables, as segment read them — with
// the comments, whose offsets index into doc.Source.
func Build(doc *segment.Document, cs []Comment, o Options) ([]byte, []Placement, error) {
	o = o.defaults()
	if len(doc.Blocks) == 0 {
		return nil, nil, fmt.Errorf("no text found in the document")
	}
	marks := make([]map[int][]mark, len(doc.Blocks))
	add := func(bi, off int, m mark) {
		if marks[bi] == nil {
			marks[bi] = map[int][]mark{}
		}
		marks[bi][off] = append(marks[bi][off], m)
	}
	var places []Placement
	for i, c := range cs {
		id := i
		bs, ts := startAt(doc, c.Start)
		be, te := endAt(doc, c.End)
		exact := c.End > c.Start && bs >= 0 && be >= 0 && (bs < be || bs == be && ts < te)
		if exact {
			add(bs, ts, mark{kind: markStart, id: id, prefix: "w"})
			add(be, te, mark{kind: markEnd, id: id, prefix: "w"})
		} else {
			bi := blockAt(doc, c.Start)
			add(bi, 0, mark{kind: markStart, id: id, prefix: "w"})
			add(bi, len(doc.Blocks[bi].Text), mark{kind: markEnd, id: id, prefix: "w"})
		}
		places = append(places, Placement{ID: id, Exact: exact})
	}

	var body strings.Builder
	for i := 0; i < len(doc.Blocks); {
		b := &doc.Blocks[i]
		if b.Kind != segment.KindTableCell {
			body.WriteString(paragraphXML(b, marks[i]))
			i++
			continue
		}
		// A table: consecutive cells, a new row where the source starts one.
		var rows [][]int
		for ; i < len(doc.Blocks) && doc.Blocks[i].Kind == segment.KindTableCell; i++ {
			if len(rows) > 0 && between(doc, i, "\n\n", "<table") {
				break // the next table
			}
			if len(rows) == 0 || between(doc, i, "\n", "<tr") {
				rows = append(rows, nil)
			}
			rows[len(rows)-1] = append(rows[len(rows)-1], i)
		}
		body.WriteString(tableXML(doc, rows, marks))
	}
	var comments strings.Builder
	for i, c := range cs {
		comments.WriteString(commentXML("w", false, places[i].ID, c, !places[i].Exact, o))
	}
	parts := []struct{ name, text string }{
		{typesPart, newTypes},
		{"_rels/.rels", newRootRels},
		{docPart, xmlHeader + `<w:document xmlns:w="` + wNS + `"><w:body>` + body.String() +
			`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`},
		{docRels, newDocRels},
		{"word/styles.xml", newStyles},
		{"word/numbering.xml", newNumbering},
		{"word/comments.xml", xmlHeader + `<w:comments xmlns:w="` + wNS + `">` + comments.String() + `</w:comments>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: o.Date.UTC()})
		if err != nil {
			return nil, nil, fmt.Errorf("write .docx: %w", err)
		}
		if _, err := w.Write([]byte(p.text)); err != nil {
			return nil, nil, fmt.Errorf("write .docx: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, nil, fmt.Errorf("write .docx: %w", err)
	}
	return buf.Bytes(), places, nil
}

// startAt maps a source offset to the block and text offset of the first
// character at or after it; -1 when there is none.
func startAt(doc *segment.Document, off int) (int, int) {
	for bi := range doc.Blocks {
		b := &doc.Blocks[bi]
		for _, r := range b.Runs {
			if r.SrcEnd <= off {
				continue
			}
			t := r.TextStart
			if r.SrcStart <= off && r.TextEnd-r.TextStart == r.SrcEnd-r.SrcStart {
				t += off - r.SrcStart
			}
			for t > 0 && t < len(b.Text) && !utf8.RuneStart(b.Text[t]) {
				t--
			}
			return bi, t
		}
	}
	return -1, 0
}

// endAt maps a source end offset to the block and text offset just after
// the last character before it; -1 when there is none.
func endAt(doc *segment.Document, off int) (int, int) {
	for bi := len(doc.Blocks) - 1; bi >= 0; bi-- {
		b := &doc.Blocks[bi]
		for ri := len(b.Runs) - 1; ri >= 0; ri-- {
			r := b.Runs[ri]
			if r.SrcStart >= off {
				continue
			}
			t := r.TextEnd
			if off < r.SrcEnd && r.TextEnd-r.TextStart == r.SrcEnd-r.SrcStart {
				t = r.TextStart + off - r.SrcStart
			}
			for t < len(b.Text) && !utf8.RuneStart(b.Text[t]) {
				t++
			}
			return bi, t
		}
	}
	return -1, 0
}

// blockAt returns the block that holds a source offset, or the next one,
// or the last.
func blockAt(doc *segment.Document, off int) int {
	for bi, b := range doc.Blocks {
		if len(b.Runs) > 0 && off < b.Runs[len(b.Runs)-1].SrcEnd {
			return bi
		}
	}
	return len(doc.Blocks) - 1
}

// between reports whether the source between block i and the one before
// holds text (Markdown, plain text) or html (HTML, any case): where table
// cell i starts a row ("\n", "<tr") or a table ("\n\n", "<table").
func between(doc *segment.Document, i int, text, html string) bool {
	a, b := doc.Blocks[i-1], doc.Blocks[i]
	if len(a.Runs) == 0 || len(b.Runs) == 0 {
		return true
	}
	from, to := a.Runs[len(a.Runs)-1].SrcEnd, b.Runs[0].SrcStart
	if from > to || to > len(doc.Source) {
		return true
	}
	src := bytes.ToLower(doc.Source[from:to])
	if doc.Format == segment.FormatHTML {
		return bytes.Contains(src, []byte(html))
	}
	return bytes.Contains(src, []byte(text))
}

// paragraphXML renders one block as a w:p with its marks.
func paragraphXML(b *segment.Block, ms map[int][]mark) string {
	var s strings.Builder
	s.WriteString("<w:p>")
	switch {
	case b.Kind == segment.KindHeading && b.Level > 0:
		s.WriteString(`<w:pPr><w:pStyle w:val="Heading` + strconv.Itoa(min(b.Level, 6)) + `"/></w:pPr>`)
	case b.Kind == segment.KindListItem:
		s.WriteString(`<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>`)
	}
	offs := sortedKeys(ms)
	last := 0
	for _, off := range offs {
		off = min(off, len(b.Text))
		s.WriteString(runXML(b.Text[last:off]))
		s.WriteString(marksXML(ms[off]))
		last = off
	}
	s.WriteString(runXML(b.Text[last:]))
	s.WriteString("</w:p>")
	return s.String()
}

// runXML renders text as a run; tabs become w:tab, line breaks spaces.
func runXML(text string) string {
	if text == "" {
		return ""
	}
	var s strings.Builder
	s.WriteString("<w:r>")
	for i, part := range strings.Split(text, "\t") {
		if i > 0 {
			s.WriteString("<w:tab/>")
		}
		if part != "" {
			part = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(part)
			s.WriteString(`<w:t xml:space="preserve">` + esc(part) + `</w:t>`)
		}
	}
	s.WriteString("</w:r>")
	return s.String()
}

// tableXML renders rows of table cells as a bordered table.
func tableXML(doc *segment.Document, rows [][]int, marks []map[int][]mark) string {
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	width := 8306 / max(cols, 1)
	var s strings.Builder
	s.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		s.WriteString(`<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="auto"/>`)
	}
	s.WriteString(`</w:tblBorders></w:tblPr><w:tblGrid>`)
	for range cols {
		s.WriteString(`<w:gridCol w:w="` + strconv.Itoa(width) + `"/>`)
	}
	s.WriteString(`</w:tblGrid>`)
	for _, r := range rows {
		s.WriteString("<w:tr>")
		for c := range cols {
			s.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(width) + `" w:type="dxa"/></w:tcPr>`)
			if c < len(r) {
				s.WriteString(paragraphXML(&doc.Blocks[r[c]], marks[r[c]]))
			} else {
				s.WriteString("<w:p/>")
			}
			s.WriteString("</w:tc>")
		}
		s.WriteString("</w:tr>")
	}
	s.WriteString("</w:tbl><w:p/>")
	return s.String()
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const newTypes = xmlHeader + `<Types xmlns="` + nsTypes + `">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
	`<Override PartName="/word/comments.xml" ContentType="` + typeComments + `"/></Types>`

const newRootRels = xmlHeader + `<Relationships xmlns="` + nsRels + `">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

const newDocRels = xmlHeader + `<Relationships xmlns="` + nsRels + `">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
	`<Relationship Id="rId3" Type="` + relComments + `" Target="comments.xml"/></Relationships>`

var newStyles = xmlHeader + `<w:styles xmlns:w="` + wNS + `">` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun" w:cs="Times New Roman"/>` +
	`<w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>` +
	`<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
	headingStyles() +
	`<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="420"/></w:pPr></w:style>` +
	`</w:styles>`

func headingStyles() string {
	var s strings.Builder
	sizes := []int{32, 28, 24, 22, 21, 21}
	for i, sz := range sizes {
		n := strconv.Itoa(i + 1)
		s.WriteString(`<w:style w:type="paragraph" w:styleId="Heading` + n + `"><w:name w:val="heading ` + n + `"/>` +
			`<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>` +
			`<w:outlineLvl w:val="` + strconv.Itoa(i) + `"/></w:pPr><w:rPr><w:rFonts w:eastAsia="SimHei"/><w:b/><w:sz w:val="` +
			strconv.Itoa(sz) + `"/></w:rPr></w:style>`)
	}
	return s.String()
}

const newNumbering = xmlHeader + `<w:numbering xmlns:w="` + wNS + `">` +
	`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>` +
	`<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl></w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
