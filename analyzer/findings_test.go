package analyzer

import (
	"testing"

	"github.com/pplint/pplint/analyzer/claims"
	"github.com/pplint/pplint/segment"
)

func TestPlaceSnippet(t *testing.T) {
	src := []byte("# 标题\n\n为您**提供**服务，并向第三方提供您的信息。\n")
	text := "为您提供服务，并向第三方提供您的信息。"
	start := len("# 标题\n\n")
	in := &claims.Input{Sentences: []claims.Sentence{{Text: text,
		Span: segment.Span{Start: segment.Pos{Offset: start}, End: segment.Pos{Offset: len(src) - 1}}}}}
	second := len(src) - len("提供您的信息。\n")
	got, at := placeSnippet(src, in, second, "提供")
	if got != text || at != len("为您提供服务，并向第三方") {
		t.Errorf("second occurrence: got %q at %d", got, at)
	}
	first := start + len("为您**")
	if _, at := placeSnippet(src, in, first, "提供"); at != len("为您") {
		t.Errorf("first occurrence: at %d", at)
	}
	if s, at := placeSnippet(src, in, 0, "标题"); s != "" || at != -1 {
		t.Errorf("outside every sentence: %q %d", s, at)
	}
}
