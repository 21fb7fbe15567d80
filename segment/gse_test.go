package segment

import (
	"testing"
)

// TestLegalTermsAreWholeTokens checks that every legal term is one token,
// alone and between ordinary words, so that claim cues match whole words.
func TestLegalTermsAreWholeTokens(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	terms := LegalTerms()
	if len(terms) < 50 {
		t.Fatalf("only %d legal terms", len(terms))
	}
	for _, term := range terms {
		for _, text := range []string{term, "本人" + term + "。", "我们将" + term + "并告知您。"} {
			found := false
			for _, tok := range g.Tokens(text) {
				if tok.Text == term {
					found = true
				}
			}
			if !found {
				t.Errorf("%q is not one token in %q: %v", term, text, g.Tokens(text))
			}
		}
	}
}

// TestGSEConcurrent segments from many goroutines at once, as the analyzer
// does with its workers (run with -race).
func TestGSEConcurrent(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	const text = "本人不可撤销地授权贵公司永久保存本人的人脸信息。"
	want := g.Tokens(text)
	done := make(chan []Token)
	for range 8 {
		go func() { done <- g.Tokens(text) }()
	}
	for range 8 {
		if got := <-done; len(got) != len(want) {
			t.Errorf("concurrent segmentation differs: %v", got)
		}
	}
}
