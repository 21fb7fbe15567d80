package segment

import (
	_ "embed" // the compact general and legal dictionaries are embedded
	"fmt"
	"strings"
	"sync"

	"github.com/go-ego/gse"
)

//go:generate go run ./internal/gendict -o dict/zh.txt -train ../fixtures,../../shared/capp130

// zhDict is the compact general dictionary (see internal/gendict).
//
//go:embed dict/zh.txt
var zhDict string

//go:embed dict/legal.txt
var legalDict string

// Token is one word of a sentence; Start and End are byte offsets into the
// text that was segmented.
type Token struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	POS   string `json:"pos,omitempty"`
}

// Segmenter splits text into word tokens.
type Segmenter interface {
	Tokens(text string) []Token
}

// GSE is a Segmenter backed by gse's shortest-path segmentation
// (gse.Segmenter.Segment, no HMM) over pplint's embedded dictionaries: the
// compact general dictionary, then the legal dictionary, which adds the
// terms the general one lacks (the first entry of a word wins in gse).
type GSE struct {
	seg gse.Segmenter
}

var defaultGSE = sync.OnceValues(func() (*GSE, error) { return NewGSE() })

// Default returns the process-wide GSE segmenter, loading it on first use.
func Default() (*GSE, error) { return defaultGSE() }

// NewGSE loads a segmenter from the embedded compact general dictionary, the
// embedded legal dictionary and then extra dictionaries in gse's text
// format ("word frequency [pos]" per line; the first entry of a word wins).
// It never reads files.
func NewGSE(extra ...string) (*GSE, error) {
	return NewGSEWith(zhDict, extra...)
}

// NewGSEWith is NewGSE with another general dictionary in place of the
// embedded compact one (the dictionary generator and tests use the
// reference dictionary it was cut from).
func NewGSEWith(general string, extra ...string) (*GSE, error) {
	g := &GSE{}
	g.seg.NotLoadHMM = true
	g.seg.SkipLog = true
	// One LoadDictStr call: gse recomputes every token's path values after
	// each call, so loading the dictionaries one by one costs that again.
	dicts := strings.Join(append([]string{general, legalDict}, extra...), "\n")
	if err := g.seg.LoadDictStr(dicts); err != nil {
		return nil, fmt.Errorf("load dictionary: %w", err)
	}
	return g, nil
}

// LegalTerms lists the words of the embedded legal dictionary.
func LegalTerms() []string {
	var out []string
	for _, line := range strings.Split(legalDict, "\n") {
		if f := strings.Fields(line); len(f) > 0 && !strings.HasPrefix(line, "#") {
			out = append(out, f[0])
		}
	}
	return out
}

// Tokens segments text; tokens cover text exactly, in order.
func (g *GSE) Tokens(text string) []Token {
	segs := g.seg.Segment([]byte(text))
	out := make([]Token, len(segs))
	for i := range segs {
		s := &segs[i]
		out[i] = Token{Text: text[s.Start():s.End()], Start: s.Start(), End: s.End(), POS: s.Token().Pos()}
	}
	return out
}
