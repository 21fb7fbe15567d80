package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pplint/pplint/segment/internal/docxgen"
)

// addFixtures seeds a fuzz target with the repository's fixtures whose
// names end in one of exts.
func addFixtures(f *testing.F, exts ...string) {
	paths, _ := filepath.Glob("../fixtures/*/*")
	more, _ := filepath.Glob("../fixtures/rules/*/*/*")
	for _, p := range append(paths, more...) {
		for _, e := range exts {
			if strings.HasSuffix(p, e) {
				if b, err := os.ReadFile(p); err == nil {
					f.Add(b)
				}
			}
		}
	}
}

func FuzzMarkdown(f *testing.F) {
	addFixtures(f, ".md")
	f.Add([]byte("# 标题\n\n- 列表**加粗**项 <http://x.cn>\n\n| 甲 | 乙 |\n|---|---|\n| 单元格 | 𠀀字 |\n\n段落\\\n第二行。\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := Parse("f.md", src, FormatMarkdown)
		if err != nil {
			t.Fatal(err)
		}
		checkDocument(t, doc)
	})
}

func FuzzHTML(f *testing.F) {
	addFixtures(f, ".html")
	f.Add([]byte("<p>甲&amp;乙&nbsp;丙&#x4e01;&ampx&#59;&lt</p><ul><li>一<li>二</ul><table><tr><td>格<td>子</table>"))
	f.Add([]byte("<div hidden>隐</div><header>页眉</header><article><header>标题</header></article><br>换<br/>行"))
	f.Add([]byte(strings.Repeat("<div><b>", 600) + "深" + strings.Repeat("</b></div>", 600)))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := Parse("f.html", src, FormatHTML)
		if err != nil {
			t.Fatal(err)
		}
		checkDocument(t, doc)
	})
}

func FuzzText(f *testing.F) {
	addFixtures(f, ".txt")
	f.Add([]byte("\xef\xbb\xbf授权书\r\n\r\n一、授权事项\n本人授权。"))
	f.Add([]byte("\xff\xfe\x2c\x67\xba\x4e"))
	f.Add([]byte("\xb1\xbe\xc8\xcb\xca\xda\xc8\xa8"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, enc := range []string{"", "gbk", "utf-16"} {
			doc, err := Load("f.txt", data, LoadOptions{Encoding: enc})
			if err != nil {
				continue
			}
			checkDocument(t, doc)
		}
	})
}

func FuzzDocx(f *testing.F) {
	addFixtures(f, ".docx")
	f.Add([]byte(docxgen.Document([]docxgen.Para{{Text: "标题", Style: "1"}, {Text: "列表", List: true},
		{Text: "单元格", Cell: true}, {Text: "前", Break: "后"}})))
	f.Add([]byte(`<w:p><w:r><w:t>外</w:t><w:txbxContent><w:p><w:r><w:t>内</w:t></w:r></w:p></w:txbxContent></w:r></w:p>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, raw := range [][]byte{data, wrapDocx(t, data)} {
			doc, err := Load("f.docx", raw, LoadOptions{})
			if err != nil {
				continue
			}
			checkDocument(t, doc)
		}
	})
}

func FuzzSentences(f *testing.F) {
	f.Add("第一句。第二句！“引用句。”第三句；\n最后一句")
	f.Add("a. b! c? d; e.\nf")
	f.Fuzz(func(t *testing.T, text string) {
		checkSentences(t, text)
	})
}

// wrapDocx puts data in a zip archive as word/document.xml.
func wrapDocx(t *testing.T, data []byte) []byte {
	b, err := docxgen.Zip(map[string]string{"word/document.xml": string(data)})
	if err != nil {
		t.Fatal(err)
	}
	return b
}
