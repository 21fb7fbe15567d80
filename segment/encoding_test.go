package segment

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

const letter = "授权书\n本人不可撤销地授权贵公司永久保存本人的人脸信息。\n"

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeDetects(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		data []byte
		enc  string
	}{
		{"utf-8", []byte(letter), "utf-8"},
		{"utf-8 bom", append([]byte("\xef\xbb\xbf"), letter...), "utf-8"},
		{"utf-16le bom", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), letter), "utf-16le"},
		{"utf-16be bom", encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), letter), "utf-16be"},
		{"gb18030", encode(t, simplifiedchinese.GB18030, letter+"𠀀"), "gb18030"},
		{"gbk", encode(t, simplifiedchinese.GBK, letter), "gb18030"},
	}
	for _, c := range cases {
		src, enc, err := Decode(c.data, "")
		if err != nil || enc != c.enc || !strings.HasPrefix(string(src), letter) {
			t.Errorf("%s: got %q, %q, %v", c.name, src, enc, err)
		}
	}
}

func TestDecodeOverride(t *testing.T) {
	t.Parallel()
	gbk := encode(t, simplifiedchinese.GBK, letter)
	if src, _, err := Decode(gbk, "GBK"); err != nil || string(src) != letter {
		t.Errorf("--encoding gbk: %q, %v", src, err)
	}
	le := encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), letter)
	if src, _, err := Decode(le, "utf-16le"); err != nil || string(src) != letter {
		t.Errorf("--encoding utf-16le without BOM: %q, %v", src, err)
	}
	if _, _, err := Decode([]byte(letter), "utf-16be"); err == nil {
		t.Error("UTF-8 read as UTF-16BE decoded cleanly")
	}
	if _, _, err := Decode(gbk, "utf-8"); err == nil || !strings.Contains(err.Error(), "not valid UTF-8") {
		t.Errorf("GBK read as UTF-8: %v", err)
	}
	if _, _, err := Decode(gbk, "latin1"); err == nil || CheckEncoding("latin1") == nil {
		t.Error("unknown encoding accepted")
	}
}

func TestDecodeRejects(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, data, want string
	}{
		{"nul", "abc\x00def", "binary file (contains NUL bytes)"},
		{"controls", strings.Repeat("\x01\x02\x03abc", 20), "binary file (control characters)"},
		{"pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file (PDF)"},
		{"not gb18030", "abc\xff\xfe\xfdxyz", "not valid UTF-8 or GB18030 text (invalid UTF-8 at line 1, column 4)"},
		{"broken utf-8", "第一行\n本人授权\xff贵公司", "not valid UTF-8 or GB18030 text (UTF-8 with an invalid byte at line 2, column 5)"},
		{"odd utf-16", "\xff\xfe\x2c\x67\xba", "not valid UTF-16LE text: odd number of bytes"},
		{"lone surrogate", "\xff\xfe\x00\xd8\x41\x00", "not valid UTF-16LE text: invalid byte sequence at line 1, column 1"},
	}
	for _, c := range cases {
		_, _, err := Decode([]byte(c.data), "")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
	if _, _, err := Decode([]byte("a\x00b"), ""); !errors.Is(err, ErrBinary) {
		t.Errorf("NUL: %v is not ErrBinary", err)
	}
}

func TestLoadEmptyAndZip(t *testing.T) {
	t.Parallel()
	for _, data := range []string{"", " \n\t\r\n", "\xef\xbb\xbf\n"} {
		if _, err := Load("a.txt", []byte(data), LoadOptions{}); !errors.Is(err, ErrEmpty) {
			t.Errorf("%q: %v", data, err)
		}
	}
	if _, err := Load("a.txt", []byte("PK\x03\x04rest"), LoadOptions{}); err == nil || !strings.Contains(err.Error(), "--input-format docx") {
		t.Errorf("zip as text: %v", err)
	}
	if _, err := Load("a.html", []byte("<html><script>x</script></html>"), LoadOptions{}); !errors.Is(err, ErrNoText) {
		t.Errorf("html without text: %v", err)
	}
}

func TestGB18030Positions(t *testing.T) {
	t.Parallel()
	doc, err := Load("a.txt", encode(t, simplifiedchinese.GB18030, letter), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b := &doc.Blocks[1]
	i := strings.Index(b.Text, "永久")
	sp := doc.Span(b, i, i+len("永久"))
	if sp.Start.Line != 2 || sp.Start.Col != 13 || sp.End.Col != 15 {
		t.Errorf("span = %+v", sp)
	}
}

func TestLongLinePositions(t *testing.T) {
	t.Parallel()
	line := strings.Repeat("本人授权贵公司保存信息，", 20000) // 720 kB on one line
	doc, err := Parse("a.txt", []byte("标题\n"+line+"\n"), FormatText)
	if err != nil {
		t.Fatal(err)
	}
	off := len("标题\n") + len(line) - len("息，")
	if p := doc.Position(off); p.Line != 2 || p.Col != 20000*12-1 {
		t.Errorf("Position = %+v", p)
	}
	checkDocument(t, doc)
}
