package docxreview

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pplint/pplint/segment"
	"github.com/pplint/pplint/segment/internal/docxgen"
)

func TestFixturesRoundTrip(t *testing.T) {
	t.Parallel()
	paths, _ := filepath.Glob("../../fixtures/*/*.docx")
	more, _ := filepath.Glob("../../fixtures/*/*/*.docx")
	made, _ := filepath.Glob("testdata/*.docx") // written by LibreOffice
	paths = append(append(paths, more...), made...)
	if len(paths) == 0 {
		t.Fatal("no .docx fixtures")
	}
	for _, p := range paths {
		in, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := segment.Load(p, in, segment.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		// A comment on every block's whole text and on its middle.
		var find []string
		for _, b := range doc.Blocks {
			find = append(find, b.Text)
			if r := []rune(b.Text); len(r) > 2 {
				find = append(find, string(r[1:len(r)-1]))
			}
		}
		out, _, _ := review(t, in, find...)
		sameParts(t, in, out)
	}
}

func TestSplitRunsKeepFormatting(t *testing.T) {
	t.Parallel()
	in := docx(t, `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>本人不可</w:t></w:r><w:r w:rsidR="00A1"><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">撤销地 授权</w:t><w:tab/><w:t>贵公司</w:t></w:r></w:p>`, nil)
	out, places, _ := review(t, in, "不可撤销", "授权\t贵", "本人")
	for i, p := range places {
		if !p.Exact {
			t.Errorf("comment %d not exact", i)
		}
	}
	d := part(t, out, docPart)
	if strings.Count(d, "<w:rPr><w:b/></w:rPr>") != 2 || strings.Count(d, `<w:r w:rsidR="00A1"><w:rPr><w:i/></w:rPr>`) != 4 {
		t.Errorf("split runs lost their properties:\n%s", d)
	}
}

func TestHyperlinkFieldsTablesAndEntities(t *testing.T) {
	t.Parallel()
	body := `<w:p><w:r><w:t>请阅读</w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>《隐私政策》</w:t></w:r></w:hyperlink><w:r><w:t>全文。</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t xml:space="preserve">版本 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2024年</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>生效</w:t></w:r></w:p>` +
		`<w:p><w:fldSimple w:instr=" TITLE "><w:r><w:t>人脸识别授权</w:t></w:r></w:fldSimple><w:r><w:t>适用</w:t></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>永久保存&amp;使用</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>&#x4E2D;国&lt;境内&gt;</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
		`<w:p><w:ins w:id="7" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>新增条款</w:t></w:r></w:ins><w:r><w:t>原有条款</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>`
	out, places, _ := review(t, docx(t, body, nil),
		"阅读《隐私", "《隐私政策》全", "2024年", "年生效", "人脸识别授权适", "保存&使", "中国<境", "增条款原有", "条款 第二")
	for i, p := range places {
		if !p.Exact {
			t.Errorf("comment %d not exact", i)
		}
	}
	d := part(t, out, docPart)
	// The reference of a comment ending in a field result goes after it.
	if i, j := strings.Index(d, `<w:commentReference w:id="`+itoa(places[2].ID)+`"/>`), strings.Index(d, `w:fldCharType="end"`); i < j {
		t.Errorf("comment reference inside the field result:\n%s", d)
	}
}

func TestDeletedTextFallsBackToParagraph(t *testing.T) {
	t.Parallel()
	body := `<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t>本人不可</w:t></w:r><w:del w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>随时</w:delText></w:r></w:del><w:r><w:t>撤销地授权</w:t></w:r></w:p>` +
		`<w:p><w:r><m:oMath><m:r><m:t>x+y</m:t></m:r></m:oMath></w:r><w:r><w:t>公式</w:t></w:r></w:p><w:p/>`
	_, places, _ := review(t, docx(t, body, nil), "不可撤销", "撤销地", "x+y")
	if places[0].Exact || !places[1].Exact || places[2].Exact {
		t.Errorf("placements %+v: want paragraph, exact, paragraph", places)
	}
}

func TestTextBox(t *testing.T) {
	t.Parallel()
	body := `<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>框内不可撤销</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>框内不可撤销</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>之后</w:t></w:r></w:p>`
	// Word takes no comments in text boxes: text in one is marked on the
	// paragraph that holds the box.
	_, places, found := review(t, docx(t, body, nil), "不可撤销", "正文之后")
	if places[0].Exact || !places[1].Exact || found[0].Start != 0 || found[0].End != len("正文之后") {
		t.Errorf("placements %+v %+v", places, found)
	}
}

func TestExistingCommentsKept(t *testing.T) {
	t.Parallel()
	comments := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:comments xmlns:w="` + wNS + `"><w:comment w:id="4" w:author="律师" w:initials="LS"><w:p><w:r><w:t>请核实</w:t></w:r></w:p></w:comment></w:comments>`
	rels := `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="` + nsRels + `"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="` + relComments + `" Target="comments.xml"/></Relationships>`
	body := `<w:p><w:commentRangeStart w:id="4"/><w:r><w:t>本人不可撤销地授权</w:t></w:r><w:commentRangeEnd w:id="4"/><w:r><w:commentReference w:id="4"/></w:r></w:p>`
	in := docx(t, body, map[string]string{"word/comments.xml": comments, docRels: rels,
		typesPart: strings.Replace(part(t, docx(t, "", nil), typesPart), "</Types>", `<Override PartName="/word/comments.xml" ContentType="`+typeComments+`"/></Types>`, 1)})
	out, places, found := review(t, in, "不可撤销")
	if places[0].ID != 5 {
		t.Errorf("new comment id %d, want 5 (after the existing 4)", places[0].ID)
	}
	if len(found) != 2 || found[0].ID != 4 || found[0].Text != "请核实" || found[0].Author != "律师" || found[0].Start != 0 {
		t.Errorf("existing comment: %+v", found)
	}
	if strings.Count(part(t, out, docRels), relComments) != 1 || strings.Count(part(t, out, typesPart), "comments.xml") != 1 {
		t.Errorf("relationship or content type added twice")
	}
}

func TestAdjacentAndNestedComments(t *testing.T) {
	t.Parallel()
	in := docx(t, `<w:p><w:r><w:t>甲乙丙丁戊</w:t></w:r></w:p>`, nil)
	doc, _ := segment.Load("a.docx", in, segment.LoadOptions{})
	cs := []Comment{span(t, doc.Source, "甲乙", 0), span(t, doc.Source, "丙丁", 0), span(t, doc.Source, "乙丙丁", 0),
		span(t, doc.Source, "甲乙丙丁戊", 0), span(t, doc.Source, "乙丙丁", 0), {Start: 3, End: 3, Text: []string{"空"}, Note: "（整段）"}}
	out, places, err := Annotate(in, doc.Source, cs, testOpts)
	if err != nil {
		t.Fatal(err)
	}
	validPackage(t, out)
	_, found := readBack(t, out, doc.Source)
	for i, c := range cs[:5] {
		f := found[i]
		if !places[i].Exact || f.Start != c.Start || f.End != c.End {
			t.Errorf("comment %d: %+v marks [%d,%d) want [%d,%d)", i, places[i], f.Start, f.End, c.Start, c.End)
		}
	}
	if places[5].Exact || found[5].Start != 0 || found[5].End != len("甲乙丙丁戊") {
		t.Errorf("empty span: %+v %+v", places[5], found[5])
	}
}

func TestBadInput(t *testing.T) {
	t.Parallel()
	for name, data := range map[string][]byte{
		"ole":     append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 100)...),
		"corrupt": []byte("PK\x03\x04 truncated"),
	} {
		if _, _, err := Annotate(data, nil, nil, testOpts); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	in := docx(t, `<w:p><w:r><w:t>甲</w:t></w:r></w:p>`, nil)
	if _, _, err := Annotate(in, []byte("乙\n"), nil, testOpts); err == nil {
		t.Error("text mismatch: no error")
	}
	strict := docx(t, "", nil)
	in, _ = docxgen.Zip(map[string]string{typesPart: part(t, strict, typesPart), docPart: `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:body></w:document>`})
	if _, _, err := Annotate(in, []byte("甲\n"), []Comment{{Start: 0, End: 3}}, testOpts); err == nil || !strings.Contains(err.Error(), "Strict") {
		t.Errorf("strict: %v", err)
	}
}

func TestBuildFromOtherFormats(t *testing.T) {
	t.Parallel()
	for name, src := range map[string]string{
		"a.md":   "# 授权书\n\n本人**不可撤销**地授权，\n并同意永久保存。\n\n- 列表一\n- 列表二\n\n| 项目 | 期限 |\n|---|---|\n| 人脸 | 永久 |\n\n| 甲 |\n|---|\n| 乙 |\n",
		"a.html": "<h1>授权书</h1><p>本人不可撤销地授权 &amp; 同意永久保存。</p><ul><li>列表一</li></ul><table><tr><td>人脸</td><td>永久</td></tr><tr><td>指纹</td></tr></table>",
		"a.txt":  "授权书\n\n本人不可撤销地授权，并同意永久保存。\n",
	} {
		doc, err := segment.Load(name, []byte(src), segment.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		cs := []Comment{span(t, doc.Source, "不可撤销", 0), span(t, doc.Source, "永久", 0), span(t, doc.Source, "授权书", 0), {Start: 0, End: 0, Note: "（整段）"}}
		out, places, err := Build(doc, cs, testOpts)
		if err != nil {
			t.Fatal(err)
		}
		validPackage(t, out)
		back, err := segment.Load("out.docx", out, segment.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var want, got []string
		for _, b := range doc.Blocks {
			k := b.Kind
			if k == segment.KindHeading && b.Level == 0 {
				k = segment.KindParagraph
			}
			want = append(want, string(k)+":"+strings.Join(strings.Fields(b.Text), " "))
		}
		for _, b := range back.Blocks {
			got = append(got, string(b.Kind)+":"+strings.Join(strings.Fields(b.Text), " "))
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s read back as\n%s\nwant\n%s", name, strings.Join(got, "|"), strings.Join(want, "|"))
		}
		text, found, err := ReadComments(out)
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range cs[:3] {
			if !places[i].Exact {
				t.Errorf("%s: comment %d not exact", name, i)
				continue
			}
			want := string(doc.Source[c.Start:c.End])
			if g := string(text[found[i].Start:found[i].End]); g != want {
				t.Errorf("%s: comment %d marks %q, want %q", name, i, g, want)
			}
		}
		if places[3].Exact {
			t.Errorf("%s: empty comment placed exactly", name)
		}
		tables := map[string]string{"a.md": "2 2 2|2 1 1", "a.html": "2 2 2", "a.txt": ""}
		if got := tableShapes(part(t, out, docPart)); got != tables[name] {
			t.Errorf("%s: tables (rows, cells per row) %q, want %q", name, got, tables[name])
		}
	}
}

func TestUntouchedParagraphsKept(t *testing.T) {
	t.Parallel()
	in, err := os.ReadFile("testdata/libreoffice-contract.docx")
	if err != nil {
		t.Fatal(err)
	}
	out, places, _ := review(t, in, "永久")
	if !places[0].Exact {
		t.Fatal("not exact")
	}
	before, after := part(t, in, docPart), part(t, out, docPart)
	b, err := walkBody([]byte(before))
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := segment.Load("c.docx", in, segment.LoadOptions{})
	line := bytes.Count(doc.Source[:bytes.Index(doc.Source, []byte("永久"))], []byte("\n"))
	p := b.paras[line]
	if !strings.HasPrefix(after, before[:p.contentAt]) || !strings.HasSuffix(after, before[p.endAt:]) {
		t.Error("bytes outside the commented paragraph changed")
	}
}
