package segment

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-ego/gse"

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

// TestLegalTermsSegmentLikeStock segments every legal term alone and in two
// ordinary contexts with pplint's dictionaries and with gse's stock
// simplified dictionary under the same legal dictionary: the tokens must be
// the same, so that the compact dictionary costs no legal term its
// boundaries. The legal dictionary is loaded first there (the first entry
// of a word wins in gse): the stock dictionary lists some legal terms at
// a frequency so low that they would split (个人信息 3 → 个人|信息).
func TestLegalTermsSegmentLikeStock(t *testing.T) {
	if testing.Short() {
		t.Skip("loads gse's stock dictionary (seconds, hundreds of MB)")
	}
	var stock gse.Segmenter
	stock.NotLoadHMM, stock.SkipLog = true, true
	if err := stock.LoadDictStr(legalDict); err != nil {
		t.Fatal(err)
	}
	if err := stock.LoadDictEmbed("zh_s"); err != nil {
		t.Fatal(err)
	}
	got, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, term := range LegalTerms() {
		for _, text := range []string{term, "本人" + term + "。", "我们将" + term + "并告知您。"} {
			var want []string
			for _, s := range stock.Segment([]byte(text)) {
				want = append(want, text[s.Start():s.End()])
			}
			if g := tokenTexts(got.Tokens(text)); strings.Join(g, "|") != strings.Join(want, "|") {
				t.Errorf("%q: pplint %v, gse stock %v", text, g, want)
			}
		}
	}
}
