package docxreview

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pplint/pplint/segment"
	"github.com/pplint/pplint/segment/internal/docxgen"
)

var testOpts = Options{Date: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}

// span returns a comment on the nth (0-based) occurrence of s in src.
func span(t *testing.T, src []byte, s string, n int) Comment {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		j := bytes.Index(src[off:], []byte(s))
		if j < 0 {
			t.Fatalf("%q not in %q", s, src)
		}
		if i == n {
			return Comment{Start: off + j, End: off + j + len(s), Text: []string{"【错误】" + s, "说明"}, Note: "（整段）"}
		}
		off += j + len(s)
	}
}

// review annotates in, checks the package and reads it back: the text is
// unchanged and every comment marks its exact text (or, where placed on a
// whole paragraph, covers it).
func review(t *testing.T, in []byte, find ...string) ([]byte, []Placement, []Found) {
	t.Helper()
	doc, err := segment.Load("in.docx", in, segment.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var cs []Comment
	for _, f := range find {
		cs = append(cs, span(t, doc.Source, f, 0))
	}
	out, places, err := Annotate(in, doc.Source, cs, testOpts)
	if err != nil {
		t.Fatal(err)
	}
	validPackage(t, out)
	text, found := readBack(t, out, doc.Source)
	byID := map[int]Found{}
	for _, f := range found {
		byID[f.ID] = f
	}
	for i, c := range cs {
		f, ok := byID[places[i].ID]
		if !ok {
			t.Fatalf("comment %d (%q) not in comments.xml", places[i].ID, find[i])
		}
		if f.Author != "pplint" || f.Initials != "PL" || f.Date != "2026-01-02T03:04:05Z" {
			t.Errorf("comment %d: author %q initials %q date %q", f.ID, f.Author, f.Initials, f.Date)
		}
		if !strings.HasPrefix(f.Text, "【错误】"+find[i]+"\n说明") {
			t.Errorf("comment %d text %q", f.ID, f.Text)
		}
		if places[i].Exact {
			if f.Start != c.Start || f.End != c.End {
				t.Errorf("comment %q marks %q, want exact", find[i], text[max(f.Start, 0):max(f.End, 0)])
			}
			if strings.Contains(f.Text, "（整段）") {
				t.Errorf("exact comment %d has the note", f.ID)
			}
		} else {
			// The paragraph covers the text, unless it is the one that
			// holds the text box the text is in.
			line := func(off int) int { return bytes.Count(text[:max(off, 0)], []byte("\n")) }
			if f.Start < 0 || line(f.Start) == line(c.Start) && (f.Start > c.Start || f.End < c.End) {
				t.Errorf("comment %q on a paragraph: marks [%d,%d), want it to cover [%d,%d)", find[i], f.Start, f.End, c.Start, c.End)
			}
			if !strings.HasSuffix(f.Text, "（整段）") {
				t.Errorf("paragraph comment %d lacks the note: %q", f.ID, f.Text)
			}
		}
	}
	return out, places, found
}

// readBack reads the review copy with segment's reader.
func readBack(t *testing.T, out, src []byte) ([]byte, []Found) {
	t.Helper()
	doc, err := segment.Load("out.docx", out, segment.LoadOptions{})
	if err != nil {
		t.Fatalf("read back: %v", err)
	}
	if !bytes.Equal(doc.Source, src) {
		t.Fatalf("text changed:\n got %q\nwant %q", doc.Source, src)
	}
	text, found, err := ReadComments(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(text, src) {
		t.Fatalf("text with marks read back as %q", text)
	}
	return text, found
}

var idAttr = regexp.MustCompile(`<w:(commentRangeStart|commentRangeEnd|commentReference) w:id="(\d+)"/>`)

// validPackage checks that out is a well-formed OOXML package whose comment
// marks, references, comments, relationship and content type agree.
func validPackage(t *testing.T, out []byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if _, dup := parts[f.Name]; dup {
			t.Errorf("part %s twice", f.Name)
		}
		parts[f.Name] = string(b)
		if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
			d := xml.NewDecoder(bytes.NewReader(b))
			for {
				_, err := d.Token()
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatalf("%s is not well-formed: %v", f.Name, err)
				}
			}
		}
	}
	if !strings.Contains(parts["[Content_Types].xml"], `PartName="/word/comments.xml" ContentType="`+typeComments+`"`) {
		t.Errorf("no content type for comments.xml: %s", parts["[Content_Types].xml"])
	}
	if !strings.Contains(parts[docRels], `Type="`+relComments+`" Target="comments.xml"`) {
		t.Errorf("no relationship to comments.xml: %s", parts[docRels])
	}
	if !strings.Contains(parts["_rels/.rels"], "word/document.xml") {
		t.Errorf("no officeDocument relationship")
	}
	count := map[string]map[string]int{}
	for _, m := range idAttr.FindAllStringSubmatch(parts[docPart], -1) {
		if count[m[2]] == nil {
			count[m[2]] = map[string]int{}
		}
		count[m[2]][m[1]]++
	}
	found, err := readCommentsPart([]byte(parts["word/comments.xml"]))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, f := range found {
		key := itoa(f.ID)
		if ids[key] {
			t.Errorf("comment id %s twice", key)
		}
		ids[key] = true
		c := count[key]
		if c["commentRangeStart"] != 1 || c["commentRangeEnd"] != 1 || c["commentReference"] != 1 {
			t.Errorf("comment %s: marks %v, want one start, end and reference", key, c)
		}
	}
	for id := range count {
		if !ids[id] {
			t.Errorf("marks for comment %s, which comments.xml lacks", id)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// docx builds a package around a hand-written body.
func docx(t *testing.T, body string, extra map[string]string) []byte {
	t.Helper()
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:document xmlns:w="` + wNS + `" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
		`xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ` +
		`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` + body + `<w:sectPr/></w:body></w:document>`
	base, err := docxgen.Build(nil)
	if err != nil {
		t.Fatal(err)
	}
	zr, _ := zip.NewReader(bytes.NewReader(base), int64(len(base)))
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		parts[f.Name] = string(b)
	}
	parts[docPart] = doc
	for k, v := range extra {
		parts[k] = v
	}
	b, err := docxgen.Zip(parts)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

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

// sameParts checks that every part but the three a review changes is
// copied byte for byte, compressed bytes included.
func sameParts(t *testing.T, in, out []byte) {
	t.Helper()
	zi, _ := zip.NewReader(bytes.NewReader(in), int64(len(in)))
	zo, _ := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	got := map[string]*zip.File{}
	for _, f := range zo.File {
		got[f.Name] = f
	}
	for _, f := range zi.File {
		g := got[f.Name]
		if g == nil {
			t.Errorf("%s missing", f.Name)
			continue
		}
		switch f.Name {
		case docPart, docRels, typesPart, "word/comments.xml":
			continue
		}
		a, _ := f.OpenRaw()
		b, _ := g.OpenRaw()
		ra, _ := io.ReadAll(a)
		rb, _ := io.ReadAll(b)
		if !bytes.Equal(ra, rb) || f.CRC32 != g.CRC32 || f.Method != g.Method {
			t.Errorf("%s changed", f.Name)
		}
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

func part(t *testing.T, data []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			return string(b)
		}
	}
	t.Fatalf("no part %s", name)
	return ""
}

// tableShapes lists each table as its row count and the cells of each row.
func tableShapes(doc string) string {
	var out []string
	for _, tbl := range strings.Split(doc, "<w:tbl>")[1:] {
		tbl = tbl[:strings.Index(tbl, "</w:tbl>")]
		rows := strings.Split(tbl, "<w:tr>")[1:]
		shape := []string{strconv.Itoa(len(rows))}
		for _, r := range rows {
			shape = append(shape, strconv.Itoa(strings.Count(r, "<w:tc>")))
		}
		out = append(out, strings.Join(shape, " "))
	}
	return strings.Join(out, "|")
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
