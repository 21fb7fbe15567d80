package segment

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/pplint/pplint/segment/internal/docxgen"
)

func buildDocx(t *testing.T, paras ...docxgen.Para) []byte {
	t.Helper()
	b, err := docxgen.Build(paras)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDocxBlocks(t *testing.T) {
	t.Parallel()
	data := buildDocx(t,
		docxgen.Para{Text: "隐私政策", Style: "a3"},
		docxgen.Para{},
		docxgen.Para{Text: "一、收集", Style: "1"},
		docxgen.Para{Text: "二、使用", Style: "Heading2"},
		docxgen.Para{Text: "我们收集您的信息。", Break: "第二行。"},
		docxgen.Para{Text: "列表项", List: true},
		docxgen.Para{Text: "单元格", Cell: true},
		docxgen.Para{Text: "  \t前后有空白  "},
	)
	doc, err := Load("t.docx", data, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkDocument(t, doc)
	want := "heading1:隐私政策|heading1:一、收集|heading2:二、使用|paragraph:我们收集您的信息。 第二行。|" +
		"list_item:列表项|table_cell:单元格|paragraph:前后有空白"
	if got := blockSummary(doc); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// Line = paragraph number (the empty second paragraph counts), column =
	// character in the paragraph.
	b := &doc.Blocks[3]
	i := strings.Index(b.Text, "第二行")
	if p := doc.Position(doc.SourceOffset(b, i)); p.Line != 5 || p.Col != 11 {
		t.Errorf("第二行 at %+v", p)
	}
	b = &doc.Blocks[6]
	if p := doc.Position(doc.SourceOffset(b, 0)); p.Line != 8 || p.Col != 4 {
		t.Errorf("trimmed paragraph at %+v", p)
	}
}

func TestDocxStyleNames(t *testing.T) {
	t.Parallel()
	st := docxStyles{"a1": {name: "标题 2"}, "x": {name: "My Heading", basedOn: "a1"}, "l": {name: "List", numbered: true}, "o": {outline: 3}}
	for _, c := range []struct {
		p     docxPara
		level int
		list  bool
	}{
		{docxPara{style: "a1"}, 2, false},
		{docxPara{style: "x"}, 2, false},
		{docxPara{style: "l"}, 0, true},
		{docxPara{style: "o"}, 3, false},
		{docxPara{style: "Heading3"}, 3, false},
		{docxPara{style: "Title"}, 1, false},
		{docxPara{outline: 9}, 6, false},
		{docxPara{style: "Normal"}, 0, false},
	} {
		if l, list := st.classify(c.p); l != c.level || list != c.list {
			t.Errorf("%+v: level %d list %v, want %d %v", c.p, l, list, c.level, c.list)
		}
	}
}

func TestDocxBody(t *testing.T) {
	t.Parallel()
	body := `<w:document xmlns:w="w" xmlns:mc="mc"><w:body>
<w:p><w:r><w:t>甲</w:t></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText><w:tab/><w:t>乙</w:t></w:r></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:t>重复</w:t></mc:Fallback></mc:AlternateContent><w:t>外
层</w:t></w:r></w:p></w:body></w:document>`
	paras, err := readBody(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range paras {
		got = append(got, p.text)
	}
	if strings.Join(got, "|") != "甲\t乙|外 层|框" {
		t.Errorf("paragraphs %q", got)
	}
}

func TestDocxBroken(t *testing.T) {
	t.Parallel()
	good := buildDocx(t, docxgen.Para{Text: "本人授权。"})
	noBody, _ := docxgen.Zip(map[string]string{"word/styles.xml": "<w:styles/>"})
	badXML, _ := docxgen.Zip(map[string]string{"word/document.xml": "<w:document><w:body><w:p>"})
	deep, _ := docxgen.Zip(map[string]string{"word/document.xml": strings.Repeat("<w:p>", 5000)})
	empty, _ := docxgen.Zip(map[string]string{"word/document.xml": "<w:document><w:body><w:p/></w:body></w:document>"})
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"truncated", good[:len(good)/2], "not a valid .docx file (corrupt or truncated zip archive): zip: not a valid zip file"},
		{"text", []byte("这不是压缩包"), "not a valid .docx file"},
		{"ole", append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 100)...), "legacy .doc or a password-protected"},
		{"no body", noBody, "the archive has no word/document.xml"},
		{"bad xml", badXML, "corrupt .docx: word/document.xml: XML syntax error on line 1: unexpected EOF"},
		{"deep", deep, "nested more than 1000 deep"},
		{"empty", empty, "no text found"},
		{"bomb", docxBomb(t, 1<<30, 1<<30), "word/document.xml decompresses to more than 50 MB (limit; possible zip bomb)"},
		{"lying bomb", docxBomb(t, 1<<30, 4<<20), "corrupt .docx: word/document.xml"},
	}
	for _, c := range cases {
		start := time.Now()
		_, err := Load("t.docx", c.data, LoadOptions{})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("%s: took %v", c.name, d)
		}
	}
}

func TestLimitedReader(t *testing.T) {
	t.Parallel()
	lr := &limitedReader{r: strings.NewReader(strings.Repeat("a", 100)), left: 10}
	b, err := io.ReadAll(lr)
	if len(b) != 10 || !errors.Is(err, errTooLarge) || !lr.over {
		t.Errorf("read %d bytes, err %v", len(b), err)
	}
	lr = &limitedReader{r: strings.NewReader(strings.Repeat("a", 10)), left: 10}
	if b, err := io.ReadAll(lr); len(b) != 10 || err != nil || lr.over {
		t.Errorf("exact size: %d bytes, err %v", len(b), err)
	}
}

// docxBomb builds a .docx whose document.xml inflates to size bytes from a
// deflate stream of about size/1000 bytes, declaring declared bytes in its
// header. Each megabyte after the first compresses to the same bytes, so
// the stream is one chunk repeated.
func docxBomb(t *testing.T, size, declared int64) []byte {
	t.Helper()
	const mb = 1 << 20
	var buf bytes.Buffer
	fw, _ := flate.NewWriter(&buf, flate.BestCompression)
	chunk := bytes.Repeat([]byte("a"), mb)
	prefix := []byte("<w:document><w:body><w:p><w:r><w:t>")
	fw.Write(prefix)
	fw.Write(chunk[len(prefix):])
	fw.Flush()
	first := append([]byte(nil), buf.Bytes()...)
	buf.Reset()
	fw.Write(chunk)
	fw.Flush()
	repeat := append([]byte(nil), buf.Bytes()...)
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
		CompressedSize64: uint64(len(first)) + uint64(size/mb-1)*uint64(len(repeat)), UncompressedSize64: uint64(declared)})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(first)
	for i := int64(1); i < size/mb; i++ {
		w.Write(repeat)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if out.Len() > 2*int(size/1000)+mb {
		t.Fatalf("bomb is %d bytes", out.Len())
	}
	return out.Bytes()
}
