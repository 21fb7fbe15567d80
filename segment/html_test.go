package segment

import (
	"strings"
	"testing"
	"time"
)

func parseHTMLDoc(t *testing.T, src string) *Document {
	t.Helper()
	doc, err := Parse("t.html", []byte(src), FormatHTML)
	if err != nil {
		t.Fatal(err)
	}
	checkDocument(t, doc)
	return doc
}

func blockSummary(doc *Document) string {
	var out []string
	for _, b := range doc.Blocks {
		s := string(b.Kind) + ":" + b.Text
		if b.Level > 0 {
			s = string(b.Kind) + string(rune('0'+b.Level)) + ":" + b.Text
		}
		out = append(out, s)
	}
	return strings.Join(out, "|")
}

func TestHTMLBlocksAndChrome(t *testing.T) {
	t.Parallel()
	src := `<html><head><title>标题栏</title><style>p{}</style></head><body>
<nav>导航</nav><header>页眉</header>
<article><header><h1>隐私政策</h1></header>
<h2>一、收集</h2>
<p>我们收集
   您的信息。<br>第二行。</p>
<ul><li>列表一<li><p>列表二</p></ul>
<table><tr><td>格一<td>格二</tr></table>
<div hidden>隐藏</div><div style="display: none">也隐藏</div>
<script>var a = "脚本";</script>
</article><footer>页脚</footer></body></html>`
	doc := parseHTMLDoc(t, src)
	want := "heading1:隐私政策|heading2:一、收集|paragraph:我们收集\n您的信息。\n第二行。|" +
		"list_item:列表一|list_item:列表二|table_cell:格一|table_cell:格二"
	if got := blockSummary(doc); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestHTMLEntitiesMapBack(t *testing.T) {
	t.Parallel()
	src := "<p>\n  甲&amp;乙&nbsp;丙&#x4e01;&ampx&lt&#59;戊</p>"
	doc := parseHTMLDoc(t, src)
	b := &doc.Blocks[0]
	if b.Text != "甲&乙\u00a0丙丁&x<;戊" {
		t.Fatalf("text = %q", b.Text)
	}
	for _, c := range []struct{ text, src string }{
		{"&", "&amp;"}, {"\u00a0", "&nbsp;"}, {"丁", "&#x4e01;"}, {"<", "&lt"}, {";", "&#59;"}, {"戊", "戊"}, {"丙丁", "丙&#x4e01;"},
	} {
		i := strings.Index(b.Text, c.text)
		sp := doc.Span(b, i, i+len(c.text))
		if got := src[sp.Start.Offset:sp.End.Offset]; got != c.src {
			t.Errorf("%q maps to %q, want %q", c.text, got, c.src)
		}
	}
	i := strings.Index(b.Text, "戊")
	if p := doc.Position(doc.SourceOffset(b, i)); p.Line != 2 || p.Col != 38 {
		t.Errorf("戊 at %+v", p)
	}
}

func TestHTMLDeepNesting(t *testing.T) {
	t.Parallel()
	for _, tag := range []string{"div", "b", "li", "td", "nav", "article"} {
		src := strings.Repeat("<"+tag+">", 10000) + "<p>深层文本。</p>" + strings.Repeat("</"+tag+">", 10000) + "<p>其后。</p>"
		start := time.Now()
		doc := parseHTMLDoc(t, src)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: %v for 10,000 nested tags", tag, d)
		}
		got := blockSummary(doc)
		if tag != "nav" && !strings.Contains(got, "深层文本。") || !strings.Contains(got, "其后。") {
			t.Errorf("%s: blocks %q", tag, got)
		}
	}
}
