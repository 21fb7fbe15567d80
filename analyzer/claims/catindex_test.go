package claims

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// categoriesInByScan is categoriesIn as a scan of every term of every
// category, the definition the index must match.
func categoriesInByScan(text string) (all, sensitive []string) {
	for _, c := range piCategories {
		if mentions(text, c) {
			all = append(all, c.name)
			if c.sensitive {
				sensitive = append(sensitive, c.name)
			}
		}
	}
	return gpsLookup(text, all, sensitive)
}

func TestCategoriesInMatchesScan(t *testing.T) {
	var words []string
	for _, c := range piCategories {
		words = append(words, c.terms...)
		words = append(words, c.not...)
	}
	filler := []string{"我们", "会", "收集", "您的", "，", "。", "以及", "地", "址", "IP", "a"}
	texts := []string{"", "收集您的IP地址和收货地址", "地IP地址址", "身心健康", "收入囊中的收入"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		var sb strings.Builder
		for range 1 + r.IntN(8) {
			if r.IntN(2) == 0 {
				sb.WriteString(words[r.IntN(len(words))])
			} else {
				sb.WriteString(filler[r.IntN(len(filler))])
			}
		}
		texts = append(texts, sb.String())
	}
	for _, text := range texts {
		a, s := categoriesIn(text)
		wa, ws := categoriesInByScan(text)
		if !slices.Equal(a, wa) || !slices.Equal(s, ws) {
			t.Fatalf("%q: categories %v %v, want %v %v", text, a, s, wa, ws)
		}
	}
}
