package claimsview

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/pplint/pplint/analyzer/claims"
	"github.com/pplint/pplint/segment"
)

func sp(line, col, endCol int) segment.Span {
	return segment.Span{Start: segment.Pos{Line: line, Col: col}, End: segment.Pos{Line: line, Col: endCol}}
}

// sample is a hand-built input: a heading, a lead-in, an item completing
// it, and a sentence without claims.
func sample() *claims.Input {
	in := &claims.Input{
		Document: claims.Document{Path: "letter.txt", Format: "text", Type: "authorization", Title: "授权书",
			TypeEvidence:          []claims.Evidence{{Source: "title", Cue: "授权书", Sentence: 0}, {Source: "signature", Cue: "签字", Sentence: -1}},
			ProcessesPersonalInfo: true},
		Sentences: []claims.Sentence{
			{Index: 0, Text: "授权书", Span: sp(1, 1, 4), Kind: "heading", Section: "授权书", Block: 0, Lead: -1},
			{Index: 1, Text: "本人授权丙公司：", Span: sp(3, 1, 9), Kind: "paragraph", Section: "授权书", Block: 1, Lead: -1},
			{Index: 2, Text: "永久保存本人的声纹信息。", Span: sp(4, 1, 13), Kind: "list_item", Section: "授权书", Block: 2, Lead: 1},
			{Index: 3, Text: "特此声明。", Span: sp(6, 1, 6), Kind: "paragraph", Section: "授权书", Block: 3, Lead: -1},
		},
		Claims: []claims.Claim{
			{Type: "grant", Sentence: 1, Direction: "user_to_processor", Object: "other"},
			{Type: "retention", Sentence: 2, Conditional: true, Kind: "stated", Categories: []string{"biometric"},
				Sensitive: []string{"biometric"}, Attributes: map[string]claims.Cue{
					"unlimited":   {Cue: "永久", Span: sp(4, 1, 3)},
					"destruction": {Cue: "保存", Span: sp(4, 3, 5), Negated: true},
				}},
		},
		ClaimsByType: map[string][]int{"grant": {0}, "retention": {1}},
	}
	return in
}

const sampleText = `== letter.txt
type          authorization
evidence      title 「授权书」 at #0 1:1
evidence      signature 「签字」
title         授权书
format        text
personal info processed
sentences     4 in 4 blocks
claims        2: grant 1, retention 1

§ 授权书

#1  3:1-3:9  paragraph, block 1
    本人授权丙公司：
  ▸ claims[0] grant
      negated       no
      conditional   no
      direction     user_to_processor
      object        other

#2  4:1-4:13  list_item, block 2
    永久保存本人的声纹信息。
    lead-in: #1 本人授权丙公司：
  ▸ claims[1] retention
      negated       no
      conditional   yes
      kind          stated
      categories    biometric
      sensitive     biometric
      attributes
        destruction      「保存」 4:3-4:5  (negated)
        unlimited        「永久」 4:1-4:3
`

func TestWriteText(t *testing.T) {
	var b bytes.Buffer
	if err := WriteText(&b, sample(), Options{}); err != nil {
		t.Fatal(err)
	}
	if b.String() != sampleText {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), sampleText)
	}
}

func TestWriteTextSentencesAndTypes(t *testing.T) {
	var b bytes.Buffer
	if err := WriteText(&b, sample(), Options{Sentences: true, Types: []string{"grant"}}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"\n§ #0  1:1-1:4  heading, block 0\n    授权书\n", "\n#3  6:1-6:6  paragraph, block 3\n    特此声明。\n",
		"    lead-in: #1 本人授权丙公司：\n"} {
		if !bytes.Contains(b.Bytes(), []byte(want)) {
			t.Errorf("lacks %q:\n%s", want, out)
		}
	}
	if bytes.Contains(b.Bytes(), []byte("retention\n")) || bytes.Contains(b.Bytes(), []byte("\n§ 授权书")) {
		t.Errorf("shows a filtered claim or repeats the heading:\n%s", out)
	}
	b.Reset()
	if err := WriteText(&b, sample(), Options{Types: []string{"share"}}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(b.Bytes(), []byte("\n(no claims of type share)\n")) {
		t.Errorf("empty filter:\n%s", b.String())
	}
}

func TestFilterAndJSON(t *testing.T) {
	in := sample()
	if Filter(in, nil) != in {
		t.Error("Filter without types copies the input")
	}
	f := Filter(in, []string{"retention"})
	if len(f.Claims) != 1 || f.Claims[0].Type != "retention" || !reflect.DeepEqual(f.ClaimsByType, map[string][]int{"retention": {0}}) {
		t.Errorf("filtered: %+v", f)
	}
	if len(in.Claims) != 2 || len(f.Sentences) != 4 {
		t.Error("Filter changed its input or dropped sentences")
	}
	var b bytes.Buffer
	if err := WriteJSON(&b, in); err != nil {
		t.Fatal(err)
	}
	want, _ := json.MarshalIndent(in, "", "  ")
	if b.String() != string(want)+"\n" {
		t.Errorf("JSON is not the indented input:\n%s", b.String())
	}
}

func TestWriteTextRepeatedHeadings(t *testing.T) {
	in := &claims.Input{Sentences: []claims.Sentence{
		{Index: 0, Text: "说明", Kind: "heading", Section: "说明", Lead: -1},
		{Index: 1, Text: "甲。", Kind: "paragraph", Section: "说明", Block: 1, Lead: -1},
		{Index: 2, Text: "说明", Kind: "heading", Section: "说明", Block: 2, Lead: -1},
		{Index: 3, Text: "乙。", Kind: "paragraph", Section: "说明", Block: 3, Lead: -1},
	}, Claims: []claims.Claim{{Type: "collect", Sentence: 1}, {Type: "collect", Sentence: 3}}}
	var b bytes.Buffer
	if err := WriteText(&b, in, Options{}); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(b.Bytes(), []byte("\n§ 说明\n")); n != 2 {
		t.Errorf("want each of two same-named sections headed, got %d:\n%s", n, b.String())
	}
}
