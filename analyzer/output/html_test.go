package output

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	hc "github.com/pplint/pplint/analyzer/output/htmlcheck"
	"github.com/pplint/pplint/analyzer/report"
)

// hostile is a plain-text document that tries to break out of the page.
const hostile = "第一条 <script>alert(1)</script> 本授权不可撤销。\n\n</style><img src=x onerror=alert(2)> 授权长期有效且不可撤销。\n"

// htmlSample is a report over the hostile document and a Markdown one with
// markup between runs: overlapping, document-scope, heading and table
// findings.
func htmlSample() *report.Report {
	p1, p2 := strings.Index(hostile, "第一条"), strings.Index(hostile, "</style>")
	e1, e2 := strings.Index(hostile, "\n\n"), len(hostile)-1
	txt := report.Document{Path: "/w/hostile.txt", Format: "text", Blocks: []report.Block{
		{Kind: report.BlockParagraph, Text: hostile[p1:e1], Runs: []report.Run{rn(0, e1-p1, p1, e1)}},
		{Kind: report.BlockParagraph, Text: hostile[p2:e2], Runs: []report.Run{rn(0, e2-p2, p2, e2)}},
	}}
	// "# 标题\n\n| **甲** | 乙 |\n" has runs with gaps for the markup.
	md := "# 标题\n\n| **甲方** | 乙方不可撤销 |\n"
	mdDoc := report.Document{Path: "/w/t.md", Format: "markdown", Blocks: []report.Block{
		{Kind: report.BlockHeading, Level: 1, Text: "标题", Runs: []report.Run{rn(0, 6, 2, 8)}},
		{Kind: report.BlockTableCell, Row: 3, Text: "甲方", Runs: []report.Run{rn(0, 6, 14, 20)}},
		{Kind: report.BlockTableCell, Row: 3, Text: "乙方不可撤销", Runs: []report.Run{rn(0, 18, 25, 43)}},
	}}
	if md[14:20] != "甲方" || md[25:43] != "乙方不可撤销" {
		panic("bad markdown runs")
	}
	clause := report.Rule{ID: "grant-irrevocable", Title: report.Text{Zh: "不可撤销的授权", En: "Irrevocable grant"}, Scope: "clause",
		Fix: report.Text{Zh: "删除。", En: "Drop it."}, HelpURI: "https://example.test/grant-irrevocable",
		LegalBasis: []report.LegalBasis{{Law: "人脸规定", Article: "第十一条", Text: "<b>条文</b>原文"}}}
	doc := report.Rule{ID: "retention-undisclosed", Title: report.Text{Zh: "未告知保存期限", En: "No retention period"}, Scope: "document",
		LegalBasis: []report.LegalBasis{{Law: "个保法", Article: "第十七条", Text: "保存期限"}}}
	at := func(path, src, sub string, n int, rule string, lvl report.Level) report.Finding {
		i := -1
		for ; n > 0; n-- {
			i += 1 + strings.Index(src[i+1:], sub)
		}
		return report.Finding{RuleID: rule, Level: lvl, Message: report.Text{Zh: "问题 " + sub + " <i>", En: "issue <i>"},
			Location: report.Location{Path: path, StartLine: 1, StartCol: 1, Offset: i, EndOffset: i + len(sub)},
			Snippet:  sub, Sentence: sub, SnippetAt: 0}
	}
	r := &report.Report{Rules: []report.Rule{clause, doc}, Files: 2, Documents: []report.Document{txt, mdDoc},
		Errors: []report.FileError{{Path: "/w/bad.txt", Message: "invalid <UTF-8>"}},
		Findings: []report.Finding{
			at("/w/hostile.txt", hostile, "本授权不可撤销", 1, clause.ID, report.LevelWarning),
			at("/w/hostile.txt", hostile, "不可撤销", 1, clause.ID, report.LevelError),
			at("/w/hostile.txt", hostile, "<script>", 1, clause.ID, report.LevelNote),
			at("/w/hostile.txt", hostile, "长期有效且不可撤销", 1, clause.ID, report.LevelError),
			at("/w/t.md", md, "标题", 1, doc.ID, report.LevelWarning),
			at("/w/t.md", md, "**甲方** | 乙方", 1, clause.ID, report.LevelError),
		}}
	r.Sort()
	return r
}

// rn is a run mapping text [ts, te) to source [ss, se).
func rn(ts, te, ss, se int) report.Run {
	return report.Run{TextStart: ts, TextEnd: te, SrcStart: ss, SrcEnd: se}
}

func renderHTML(t *testing.T, r *report.Report, lang string) (string, *html.Node) {
	t.Helper()
	w, err := New("html", Options{Lang: lang, WorkDir: "/w", ToolVersion: "1.2.3",
		Date: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), Settings: []Setting{{"lang", lang}}})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := w.Write(&b, r); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	return b.String(), doc
}

func TestHTMLFindingsMarkedWithBasis(t *testing.T) {
	r := htmlSample()
	_, doc := renderHTML(t, r, "zh")
	hc.CheckReport(t, doc, r, func(path string) []byte {
		if strings.HasSuffix(path, ".txt") {
			return []byte(hostile)
		}
		return []byte("# 标题\n\n| **甲方** | 乙方不可撤销 |\n")
	})
	notes := hc.FindAll(doc, func(n *html.Node) bool { return hc.HasClass(n, "note") })
	if len(notes) != 1 || hc.Attr(notes[0], "data-rule") != "retention-undisclosed" {
		t.Errorf("want the document-scope finding as the one note, got %d", len(notes))
	}
	if cells := hc.FindAll(doc, func(n *html.Node) bool { return n.Data == "td" && hc.HasClass(n, "b") }); len(cells) != 2 ||
		cells[0].Parent != cells[1].Parent {
		t.Errorf("want the two table cells in one row, got %d", len(cells))
	}
	stacked := hc.FindAll(doc, func(n *html.Node) bool { return n.Data == "mark" && hc.Attr(n, "data-n") == "2" })
	if len(stacked) == 0 {
		t.Error("overlapping findings do not stack")
	}
}

func TestHTMLEscapesDocuments(t *testing.T) {
	out, doc := renderHTML(t, htmlSample(), "zh")
	scripts := hc.FindAll(doc, func(n *html.Node) bool { return n.Type == html.ElementNode && n.Data == "script" })
	styles := hc.FindAll(doc, func(n *html.Node) bool { return n.Type == html.ElementNode && n.Data == "style" })
	imgs := hc.FindAll(doc, func(n *html.Node) bool { return n.Type == html.ElementNode && n.Data == "img" })
	if len(scripts) != 2 || len(styles) != 1 || len(imgs) != 0 {
		t.Fatalf("document markup became elements: %d scripts, %d styles, %d img", len(scripts), len(styles), len(imgs))
	}
	for _, s := range scripts {
		if strings.Contains(hc.Text(s), "alert(") {
			t.Error("document text inside a script")
		}
	}
	body := hc.DocText(doc)
	for _, want := range []string{"<script>alert(1)</script>", "</style><img src=x onerror=alert(2)>"} {
		if !strings.Contains(body, want) {
			t.Errorf("document text %q not shown as text", want)
		}
	}
	if strings.Contains(out, "<b>条文</b>") || !strings.Contains(body, "<b>条文</b>原文") {
		t.Error("article text not escaped")
	}
	if !strings.Contains(out, "2026-01-02 03:04 UTC") || !strings.Contains(out, "pplint 1.2.3") {
		t.Error("date or version missing")
	}
	if !strings.Contains(body, "invalid <UTF-8>") || !strings.Contains(body, "bad.txt") {
		t.Error("file error missing")
	}
}

func TestHTMLLoadsNothing(t *testing.T) {
	_, doc := renderHTML(t, htmlSample(), "zh")
	hc.CheckOffline(t, doc)
}

func TestHTMLEnglish(t *testing.T) {
	r := htmlSample()
	_, doc := renderHTML(t, r, "en")
	body := hc.DocText(doc)
	for _, want := range []string{"Legal basis", "Suggested fix", "Irrevocable grant", "issue <i>", "Findings in this document", "Drop it."} {
		if !strings.Contains(body, want) {
			t.Errorf("en report lacks %q", want)
		}
	}
	for _, unwanted := range []string{"法律依据", "修改建议", "问题 不可撤销"} {
		if strings.Contains(body, unwanted) {
			t.Errorf("en report has %q", unwanted)
		}
	}
	// The documents stay as written.
	if !strings.Contains(body, "乙方不可撤销") {
		t.Error("document text translated or lost")
	}
	if l := hc.Attr(doc.FirstChild.NextSibling, "lang"); l != "en" {
		t.Errorf("html lang %q", l)
	}
}

func TestHTMLWithoutDocuments(t *testing.T) {
	r := htmlSample()
	r.Documents = nil
	_, doc := renderHTML(t, r, "zh")
	if n := len(hc.FindAll(doc, func(n *html.Node) bool { return hc.HasClass(n, "card") })); n != len(r.Findings) {
		t.Errorf("%d cards for %d findings", n, len(r.Findings))
	}
}

func TestBlockOffsets(t *testing.T) {
	b := report.Block{Text: "甲方乙方", Runs: []report.Run{rn(0, 6, 10, 16), rn(6, 12, 20, 26)}}
	for _, c := range []struct {
		src  int
		end  bool
		want int
	}{{10, false, 0}, {13, false, 3}, {16, false, 6}, {16, true, 6}, {18, false, 6}, {18, true, 6}, {26, true, 12}, {5, false, 0}, {30, true, 12}} {
		if got := b.TextOffset(c.src, c.end); got != c.want {
			t.Errorf("TextOffset(%d, %v) = %d, want %d", c.src, c.end, got, c.want)
		}
	}
	for text, want := range map[int]int{0: 10, 3: 13, 6: 20, 12: 26} {
		if got := b.SourceOffset(text, text == 12); got != want {
			t.Errorf("SourceOffset(%d) = %d, want %d", text, got, want)
		}
	}
	if got := b.SourceOffset(6, true); got != 16 {
		t.Errorf("SourceOffset(6, end) = %d, want 16", got)
	}
}
