package segment

import (
	_ "embed" // the compiled general lexicon and the legal dictionary are embedded
	"fmt"
	"sync"

	"github.com/pplint/pplint/segment/internal/lexicon"
)

//go:generate go run ./internal/gendict -o dict/zh.txt -lex dict/zh.lex

// zhLexicon is dict/zh.txt, the compact general dictionary, compiled.
//
//go:embed dict/zh.lex
var zhLexicon string

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

// GSE is a Segmenter that gives exactly the tokens of gse's shortest-path
// segmentation (gse.Segmenter.Segment, no HMM) over the same dictionaries,
// from a lexicon compiled at build time (see segment/internal/lexicon).
type GSE struct {
	lx *lexicon.Lexicon
}

var defaultGSE = sync.OnceValues(func() (*GSE, error) { return NewGSE() })

// Default returns the process-wide GSE segmenter, loading it on first use.
func Default() (*GSE, error) { return defaultGSE() }

// NewGSE loads a segmenter from the embedded compact general dictionary, the
// embedded legal dictionary and then extra dictionaries in gse's text format
// ("word frequency [pos]" per line; the first entry of a word wins). It
// never reads files.
func NewGSE(extra ...string) (*GSE, error) {
	lx, err := lexicon.Load(zhLexicon, append([]string{legalDict}, extra...)...)
	if err != nil {
		return nil, fmt.Errorf("load dictionary: %w", err)
	}
	return &GSE{lx: lx}, nil
}

// Tokens segments text; tokens cover text exactly, in order.
func (g *GSE) Tokens(text string) []Token {
	p := g.lx.Segment(text)
	defer p.Release()
	out := make([]Token, p.Len())
	for i := range out {
		s, e, pos := p.Token(i)
		out[i] = Token{Text: text[s:e], Start: s, End: e, POS: pos}
	}
	return out
}
