package docxreview

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
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
