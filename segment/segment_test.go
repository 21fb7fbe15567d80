package segment

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSentences(t *testing.T) {
	t.Parallel()
	text := "第一句。第二句！“引用句。”第三句；\n最后一句"
	var got []string
	for _, r := range Sentences(text) {
		got = append(got, text[r.Start:r.End])
	}
	want := []string{"第一句。", "第二句！", "“引用句。”", "第三句；", "最后一句"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestMarkdownBlocksMapToSource(t *testing.T) {
	t.Parallel()
	src := "# 标题\n\n- 列表**加粗**项\n\n| 甲 | 乙 |\n|---|---|\n| 单元格 | 𠀀字 |\n\n段落第一行\n第二行。\n"
	doc, err := Parse("t.md", []byte(src), FormatMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	var kinds, texts []string
	for _, b := range doc.Blocks {
		kinds = append(kinds, string(b.Kind))
		texts = append(texts, b.Text)
	}
	wantKinds := "heading list_item table_cell table_cell table_cell table_cell paragraph"
	if strings.Join(kinds, " ") != wantKinds {
		t.Fatalf("kinds = %v", kinds)
	}
	if texts[1] != "列表加粗项" || texts[6] != "段落第一行\n第二行。" {
		t.Errorf("texts = %q", texts)
	}
	// 加粗 in the list item: text offset 6 ("加") maps to its source position.
	b := &doc.Blocks[1]
	sp := doc.Span(b, len("列表"), len("列表加粗"))
	if got := src[sp.Start.Offset:sp.End.Offset]; got != "加粗" {
		t.Errorf("span text = %q", got)
	}
	if sp.Start.Line != 3 || sp.Start.Col != 7 || sp.End.Col != 9 {
		t.Errorf("span = %+v", sp)
	}
	// The astral-plane character counts as one column.
	cell := &doc.Blocks[5]
	sp = doc.Span(cell, len("𠀀"), len("𠀀字"))
	if sp.Start.Line != 7 || sp.Start.Col != 10 || sp.End.Col != 11 {
		t.Errorf("astral span = %+v", sp)
	}
}

func TestTextBlocks(t *testing.T) {
	t.Parallel()
	src := "授权书\n\n一、授权事项\n本人授权贵司查询本人的信用信息，用于审核借款申请，且本授权在借款合同\n履行完毕之前持续有效。\n1、第二项。\n"
	doc, err := Parse("t.txt", []byte(src), FormatText)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, string(b.Kind)+":"+b.Text)
	}
	want := []string{"heading:授权书", "heading:一、授权事项",
		"paragraph:本人授权贵司查询本人的信用信息，用于审核借款申请，且本授权在借款合同\n履行完毕之前持续有效。", "paragraph:1、第二项。"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	b := &doc.Blocks[2]
	i := strings.Index(b.Text, "履行")
	if p := doc.Position(doc.SourceOffset(b, i)); p.Line != 5 || p.Col != 1 {
		t.Errorf("continuation line position = %+v", p)
	}
}

func TestGSETokensCoverText(t *testing.T) {
	t.Parallel()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "本人不可撤销地授权贵公司永久保存本人的人脸信息，并可转授权给第三方。"
	var sb strings.Builder
	words := map[string]bool{}
	for _, tk := range g.Tokens(text) {
		if text[tk.Start:tk.End] != tk.Text {
			t.Fatalf("token %q does not match its offsets", tk.Text)
		}
		sb.WriteString(tk.Text)
		words[tk.Text] = true
	}
	if sb.String() != text {
		t.Errorf("tokens do not rejoin to the text")
	}
	for _, w := range []string{"不可撤销", "人脸信息", "转授权", "永久", "第三方"} {
		if !words[w] {
			t.Errorf("legal term %q is not a single token", w)
		}
	}
}

func TestLongSentencesAreSplit(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("本人同意贵公司处理必要的信息，", 1000) + strings.Repeat("无标点", 3000) + "。"
	rs := Sentences(long)
	if len(rs) < 2 {
		t.Fatalf("%d sentences", len(rs))
	}
	prev := 0
	for _, r := range rs {
		if r.End-r.Start > MaxSentence || r.Start < prev {
			t.Errorf("sentence [%d,%d) after %d", r.Start, r.End, prev)
		}
		prev = r.End
		if !utf8.ValidString(long[r.Start:r.End]) {
			t.Errorf("sentence [%d,%d) cuts a character", r.Start, r.End)
		}
	}
	if !strings.HasSuffix(long[rs[0].Start:rs[0].End], "，") {
		t.Errorf("first piece does not end after a comma: %q", long[rs[0].End-9:rs[0].End])
	}
	checkSentences(t, long)
}
