package docxreview

import (
	"errors"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pplint/pplint/segment"
	"github.com/pplint/pplint/segment/internal/docxgen"
)

// randomBody builds paragraphs of runs in the shapes Word and LibreOffice
// write: formatting, hyperlinks, fields, tracked changes, tabs and breaks,
// entities, table cells and text boxes.
func randomBody(r *rand.Rand) string {
	words := []string{"本人", "不可撤销", "地授权", "贵公司", "永久", "保存", "A&B", "<甲>", " 空格 ", "转授权", "x", "“引号”"}
	run := func() string {
		w := words[r.Intn(len(words))]
		props := []string{"", "<w:rPr><w:b/></w:rPr>", "<w:rPr><w:i/><w:color w:val=\"FF0000\"/></w:rPr>"}[r.Intn(3)]
		inner := `<w:t xml:space="preserve">` + esc(w) + `</w:t>`
		switch r.Intn(6) {
		case 0:
			inner += "<w:tab/>" + `<w:t>` + esc(words[r.Intn(len(words))]) + `</w:t>`
		case 1:
			inner = `<w:t>` + esc(w) + `</w:t><w:br/><w:t>续</w:t>`
		}
		return `<w:r w:rsidR="00AB12CD">` + props + inner + `</w:r>`
	}
	content := func() string {
		var b strings.Builder
		for range 1 + r.Intn(5) {
			switch r.Intn(9) {
			case 0:
				b.WriteString(`<w:hyperlink r:id="rId5">` + run() + run() + `</w:hyperlink>`)
			case 1:
				b.WriteString(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF x </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` + run() + `<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
			case 2:
				b.WriteString(`<w:del w:id="90" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>删去</w:delText></w:r></w:del>`)
			case 3:
				b.WriteString(`<w:ins w:id="91" w:author="A" w:date="2024-01-01T00:00:00Z">` + run() + `</w:ins>`)
			case 4:
				b.WriteString(`<w:bookmarkStart w:id="92" w:name="b"/>` + run() + `<w:bookmarkEnd w:id="92"/><w:proofErr w:type="spellStart"/>`)
			case 5:
				b.WriteString(`<w:fldSimple w:instr=" TITLE ">` + run() + `</w:fldSimple>`)
			default:
				b.WriteString(run())
			}
		}
		return b.String()
	}
	var b strings.Builder
	for range 1 + r.Intn(6) {
		p := `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>` + content() + `</w:p>`
		switch r.Intn(6) {
		case 0:
			p = `<w:tbl><w:tr><w:tc>` + p + `</w:tc><w:tc><w:p>` + content() + `</w:p></w:tc></w:tr></w:tbl>`
		case 1:
			p = `<w:p>` + content() + `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p>` + content() +
				`</w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent></w:r>` + content() + `</w:p>`
		case 2:
			p += `<w:p/>`
		}
		b.WriteString(p)
	}
	return b.String()
}

func TestRandomDocuments(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewSource(13))
	exact, para := 0, 0
	for i := range 300 {
		in := docx(t, randomBody(r), nil)
		doc, err := segment.Load("r.docx", in, segment.LoadOptions{})
		if err != nil {
			continue // no text
		}
		// Random spans on character boundaries, each inside one line or
		// across lines.
		var bounds []int
		for j := range len(doc.Source) + 1 {
			if j == len(doc.Source) || utf8.RuneStart(doc.Source[j]) {
				bounds = append(bounds, j)
			}
		}
		var cs []Comment
		for range 1 + r.Intn(6) {
			a, b := bounds[r.Intn(len(bounds))], bounds[r.Intn(len(bounds))]
			if a > b {
				a, b = b, a
			}
			cs = append(cs, Comment{Start: a, End: b, Text: []string{"t"}, Note: "n"})
		}
		out, places, err := Annotate(in, doc.Source, cs, testOpts)
		if err != nil {
			t.Fatalf("doc %d: %v", i, err)
		}
		validPackage(t, out)
		_, found := readBack(t, out, doc.Source)
		byID := map[int]Found{}
		for _, f := range found {
			byID[f.ID] = f
		}
		for k, c := range cs {
			f := byID[places[k].ID]
			switch {
			case places[k].Exact:
				exact++
				// Line ends (paragraph marks) at either end of a span are
				// not marked: a range ends after a paragraph's last
				// character and starts before one's first.
				if onlyLineEnds(doc.Source, c.Start, f.Start) != nil || onlyLineEnds(doc.Source, f.End, c.End) != nil {
					t.Errorf("doc %d comment %d: marks [%d,%d), want [%d,%d)\n%s", i, k, f.Start, f.End, c.Start, c.End, part(t, out, docPart))
				}
			default:
				para++
				if f.Start < 0 || f.End < f.Start || !strings.HasSuffix(f.Text, "n") {
					t.Errorf("doc %d comment %d on a paragraph: %+v", i, k, f)
				}
			}
		}
		if t.Failed() {
			return
		}
	}
	t.Logf("%d exact, %d on paragraphs", exact, para)
	if exact < para {
		t.Errorf("only %d of %d comments exact", exact, exact+para)
	}
}

// onlyLineEnds returns nil when src[a:b] is only line ends (or a == b).
func onlyLineEnds(src []byte, a, b int) error {
	if a > b || strings.Trim(string(src[a:b]), "\n") != "" {
		return errors.New("differs")
	}
	return nil
}

// FuzzWalkMatchesReader: wherever segment's reader reads a document.xml,
// the walk reads the same text, and a comment on any of it can be written.
func FuzzWalkMatchesReader(f *testing.F) {
	r := rand.New(rand.NewSource(1))
	for range 20 {
		f.Add(`<w:document xmlns:w="` + wNS + `"><w:body>` + randomBody(r) + `</w:body></w:document>`)
	}
	f.Add(`<w:document xmlns:w="` + wNS + `"><w:body><w:p><w:r><w:t>a&#13;&#10;b` + "\u2028" + `c<![CDATA[<d>]]></w:t></w:r></w:p></w:body></w:document>`)
	f.Add(`<document xmlns="` + wNS + `"><body><p><r><t>默认命名空间</t><tab/><t>x</t></r></p></body></document>`)
	f.Fuzz(func(t *testing.T, xmlText string) {
		in, err := docxgenZip(xmlText)
		if err != nil {
			t.Skip()
		}
		doc, err := segment.Load("f.docx", in, segment.LoadOptions{})
		if err != nil {
			return
		}
		b, err := walkBody([]byte(xmlText))
		if err != nil {
			t.Fatalf("the reader reads it, the walk fails: %v", err)
		}
		if got := b.text(); got != string(doc.Source) {
			t.Fatalf("walk reads %q, the reader %q", got, doc.Source)
		}
		out, _, err := Annotate(in, doc.Source, []Comment{{Start: 0, End: len(doc.Source)}, {Start: len(doc.Source) / 3, End: len(doc.Source) / 2}}, testOpts)
		if err != nil {
			if strings.Contains(err.Error(), "no paragraph a comment can be placed on") {
				return
			}
			t.Fatal(err)
		}
		if back, err := segment.Load("o.docx", out, segment.LoadOptions{}); err != nil || string(back.Source) != string(doc.Source) {
			t.Fatalf("review copy reads %v %q", err, back.Source)
		}
	})
}

func docxgenZip(document string) ([]byte, error) {
	return docxgen.Zip(map[string]string{"word/document.xml": document, "[Content_Types].xml": `<Types xmlns="` + nsTypes + `"/>`})
}
