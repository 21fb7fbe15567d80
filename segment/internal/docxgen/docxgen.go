// Package docxgen writes small, deterministic .docx files for tests and
// fixtures: paragraphs with a style, numbered list items and one-column
// table rows. Its styles use Chinese-Word style ids ("1" named "heading 1")
// so that readers must resolve names through word/styles.xml.
package docxgen

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"sort"
	"strings"
	"time"
)

// Para is one body paragraph.
type Para struct {
	Text  string
	Style string // paragraph style id: "1" (heading 1), "2" (heading 2), "a3" (Title), "Heading1", …
	List  bool   // numbered (w:numPr)
	Cell  bool   // put the paragraph in a one-cell table row
	Break string // text after a w:br in the same paragraph
}

const wNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`

const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="` + wNS + `"><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style><w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style></w:styles>`

// Document returns the word/document.xml for paras.
func Document(paras []Para) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<w:document xmlns:w="` + wNS + `"><w:body>`)
	for _, p := range paras {
		var pr string
		if p.Style != "" {
			pr += `<w:pStyle w:val="` + esc(p.Style) + `"/>`
		}
		if p.List {
			pr += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`
		}
		para := "<w:p>"
		if pr != "" {
			para += "<w:pPr>" + pr + "</w:pPr>"
		}
		if p.Text != "" {
			para += `<w:r><w:t xml:space="preserve">` + esc(p.Text) + `</w:t></w:r>`
		}
		if p.Break != "" {
			para += `<w:r><w:br/><w:t>` + esc(p.Break) + `</w:t></w:r>`
		}
		para += "</w:p>"
		if p.Cell {
			para = "<w:tbl><w:tr><w:tc>" + para + "</w:tc></w:tr></w:tbl>"
		}
		b.WriteString(para)
	}
	b.WriteString(`<w:sectPr/></w:body></w:document>`)
	return b.String()
}

// Build returns a .docx holding paras.
func Build(paras []Para) ([]byte, error) {
	return Zip(map[string]string{
		"[Content_Types].xml": contentTypes, "_rels/.rels": rels,
		"word/document.xml": Document(paras), "word/styles.xml": styles,
	})
}

// Zip writes the named parts, sorted by name and with a fixed time, so
// that the output is byte-for-byte reproducible.
func Zip(parts map[string]string) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := make([]string, 0, len(parts))
	for name := range parts {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		text := parts[name]
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return nil, fmt.Errorf("docx %s: %w", name, err)
		}
		if _, err := w.Write([]byte(text)); err != nil {
			return nil, fmt.Errorf("docx %s: %w", name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("docx: %w", err)
	}
	return buf.Bytes(), nil
}

func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
