package segment

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pplint/pplint/segment/internal/refdict"
)

// TestCompactDictionarySegmentsLikeReference segments every fixture
// document with the embedded compact dictionary and with the reference
// dictionary it was cut from (gse's words of frequency ≥ 100): the tokens
// must be the same, which is what lets pplint load a fifth of the words.
func TestCompactDictionarySegmentsLikeReference(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the 36k-word reference dictionary")
	}
	ref, err := refdict.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(ref) < 30000 {
		t.Fatalf("reference dictionary has only %d words", len(ref))
	}
	want, err := NewGSEWith(refdict.Text(ref))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	docs, tokens := 0, 0
	err = filepath.WalkDir("../fixtures", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".md", ".txt", ".html", ".docx":
		default:
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		doc, err := Load(p, data, LoadOptions{})
		if err != nil {
			return nil // the fixtures of unreadable inputs
		}
		docs++
		a, b := doc.Sentences(want), doc.Sentences(got)
		for i := range a {
			tokens += len(a[i].Tokens)
			if !sameTokens(a[i].Tokens, b[i].Tokens) {
				t.Errorf("%s: %q\nreference: %v\ncompact:   %v", p, a[i].Text, tokenTexts(a[i].Tokens), tokenTexts(b[i].Tokens))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if docs < 100 || tokens < 10000 {
		t.Fatalf("only %d documents, %d tokens compared", docs, tokens)
	}
}

func sameTokens(a, b []Token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func tokenTexts(ts []Token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Text
	}
	return out
}
