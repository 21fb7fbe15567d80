package analyzer_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/pplint/pplint/analyzer"
	"github.com/pplint/pplint/segment"
)

// panicky is a segmenter that panics on one sentence, standing in for a
// bug in any stage of one document's analysis.
type panicky struct{ segment.Segmenter }

func (p panicky) Tokens(text string) []segment.Token {
	if strings.Contains(text, "触发崩溃") {
		panic("segmenter bug\non two lines")
	}
	return p.Segmenter.Tokens(text)
}

// TestRunRecoversPanics checks that a panic while analysing one file
// becomes a one-line error for that file and that the other files are
// still linted.
func TestRunRecoversPanics(t *testing.T) {
	t.Parallel()
	g, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	a, err := analyzer.New(context.Background(), analyzer.Options{Segmenter: panicky{g}, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	text := func(s string) func() ([]byte, error) { return func() ([]byte, error) { return []byte(s), nil } }
	rep := a.Run(context.Background(), []analyzer.File{
		{Path: "crash.txt", Read: text("这一句会触发崩溃。")},
		{Path: "letter.txt", Read: text("本人不可撤销地授权贵公司永久保存本人的人脸信息，并可转授权给第三方。")},
		{Path: "read-panic.txt", Read: func() ([]byte, error) { panic("read bug") }},
		{Path: "unreadable.txt", Read: func() ([]byte, error) { return nil, errors.New("permission denied") }},
	})
	if rep.Files != 1 || len(rep.Findings) != 3 {
		t.Errorf("linted %d files with %d findings, want 1 and 3", rep.Files, len(rep.Findings))
	}
	want := map[string]string{
		"crash.txt":      "internal error while analysing this file (please report it): segmenter bug on two lines",
		"read-panic.txt": "internal error while analysing this file (please report it): read bug",
		"unreadable.txt": "permission denied",
	}
	if len(rep.Errors) != len(want) {
		t.Fatalf("errors: %v", rep.Errors)
	}
	for _, e := range rep.Errors {
		if want[e.Path] != e.Message {
			t.Errorf("%s: %q, want %q", e.Path, e.Message, want[e.Path])
		}
	}
}
