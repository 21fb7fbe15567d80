package segment

import (
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/go-ego/gse"

	"github.com/pplint/pplint/segment/internal/lexicon"
)

// extraDict exercises gse's loading rules: upper case, a repeat of a word of
// the compact dictionary, a word repeated within the file, a fraction, a
// frequency below the minimum, lines without a frequency, a comment, and
// words of equal length whose two splits of 龘靐齉 tie (gse keeps the first).
const extraDict = `# extra words
龘靐 2 n
靐齉 2 n
龘 2 n
齉 2 n
WiFi密码 300 n
中华人民共和国 5 ns
隐私政策 12.5 n
隐私政策 99999 n
Face++ 1.5 n
撤回 7
单独同意
 3D打印 40 v
X光 2 n
`

// zhDict is the text of the general dictionary compiled into zhLexicon.
var zhDict = sync.OnceValue(func() string {
	b, err := os.ReadFile("dict/zh.txt")
	if err != nil {
		panic(err)
	}
	return string(b)
})

// gseRef loads gse itself with the dictionaries NewGSE reads.
var gseRef = sync.OnceValue(func() *gse.Segmenter {
	var s gse.Segmenter
	s.NotLoadHMM, s.SkipLog = true, true
	for _, d := range []string{zhDict(), legalDict, extraDict} {
		if err := s.LoadDictStr(d); err != nil {
			panic(err)
		}
	}
	return &s
})

// equivTexts returns the fixture documents, edge cases and random mixes of
// dictionary words, digits, Latin letters and punctuation.
func equivTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{
		"", " ", "，", "a", "WiFi密码泄露", "本App将收集您的IMEI号、MAC地址和GPS位置。",
		"Ｆｕｌｌ　ｗｉｄｔｈ１２３。", "café naïve Ωmega Привет 3D打印X光", "emoji 😀 和\t制表符\n换行",
		"中华人民共和国个人信息保护法第十三条", "隐私政策隐私政策", "\x00中国\x00", "龘靐齉", "bad \xff\xfe bytes 个人",
	}
	err := filepath.WalkDir("../fixtures", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		texts = append(texts, string(b))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, d := range []string{zhDict(), legalDict, extraDict} {
		for _, line := range strings.Split(d, "\n") {
			if f := strings.Fields(line); len(f) > 1 {
				words = append(words, f[0])
			}
		}
	}
	pieces := []string{"，", "。", " ", "ABC", "x1", "2024年", "é", "“", "个", "人"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		var sb strings.Builder
		for range 5 + r.IntN(40) {
			if r.IntN(4) == 0 {
				sb.WriteString(pieces[r.IntN(len(pieces))])
			} else {
				sb.WriteString(words[r.IntN(len(words))])
			}
		}
		texts = append(texts, sb.String())
	}
	return texts
}

func TestGSEMatchesGse(t *testing.T) {
	if testing.Short() {
		t.Skip("loads gse's own trie")
	}
	ours, err := NewGSE(extraDict)
	if err != nil {
		t.Fatal(err)
	}
	ref := gseRef()
	for _, text := range equivTexts(t) {
		want := ref.Segment([]byte(text))
		got := ours.Tokens(text)
		if len(got) != len(want) {
			t.Fatalf("%q: %d tokens, gse has %d\n got %v\nwant %s", text, len(got), len(want), got, gse.ToString(want))
		}
		for i, w := range want {
			g := got[i]
			if g.Start != w.Start() || g.End != w.End() || g.POS != w.Token().Pos() {
				t.Fatalf("%q: token %d = %q [%d,%d) %s, gse has %q [%d,%d) %s", text, i, g.Text, g.Start, g.End, g.POS,
					text[w.Start():w.End()], w.Start(), w.End(), w.Token().Pos())
			}
		}
	}
}

func TestEncodedLexiconIsCurrent(t *testing.T) {
	lx, err := lexicon.Compile(zhDict())
	if err != nil {
		t.Fatal(err)
	}
	enc, err := lx.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if string(enc) != zhLexicon {
		t.Error("dict/zh.lex is not dict/zh.txt compiled: run go generate ./segment")
	}
}

// Every term of the legal dictionary, alone and inside a sentence, gets the
// same tokens as with gse's stock simplified-Chinese dictionary and the
// legal dictionary. The legal dictionary is loaded first there: loaded
// after it, gse would keep the stock entry of a term (the first entry of a
// word wins), and 个人信息, rare in the stock dictionary, would be split.
func TestLegalTermsMatchStockDictionary(t *testing.T) {
	if testing.Short() {
		t.Skip("loads gse's stock dictionary")
	}
	var stock gse.Segmenter
	stock.NotLoadHMM, stock.SkipLog = true, true
	if err := stock.LoadDictStr(legalDict); err != nil {
		t.Fatal(err)
	}
	if err := stock.LoadDictEmbed("zh_s"); err != nil {
		t.Fatal(err)
	}
	ours, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(legalDict, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(line, "#") {
			continue
		}
		n++
		for _, text := range []string{f[0], "本人同意" + f[0] + "。"} {
			var got []string
			for _, tk := range ours.Tokens(text) {
				got = append(got, tk.Text)
			}
			want := stock.Slice(text)
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("%q: tokens %q, with the stock dictionary %q", text, got, want)
			}
		}
	}
	if n < 50 {
		t.Fatalf("only %d legal terms read", n)
	}
}
