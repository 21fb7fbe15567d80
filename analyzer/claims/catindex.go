package claims

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// catTerm is a term or an exclusion of category cat.
type catTerm struct {
	text    string
	cat     int
	exclude bool
}

// catIndex maps each first character of a category term or exclusion to the
// words that start with it, so one pass over a sentence finds them all.
var catIndex = sync.OnceValue(func() map[rune][]catTerm {
	idx := map[rune][]catTerm{}
	add := func(w string, cat int, exclude bool) {
		r, _ := utf8.DecodeRuneInString(w)
		idx[r] = append(idx[r], catTerm{text: w, cat: cat, exclude: exclude})
	}
	for i, c := range piCategories {
		for _, t := range c.terms {
			add(t, i, false)
		}
		for _, n := range c.not {
			add(n, i, true)
		}
	}
	return idx
})

// scanCategories reports, by index into piCategories, which categories
// have a term in text and which have an exclusion in text (for those,
// mentions decides).
func scanCategories(text string) (named, excluded []bool) {
	named = make([]bool, len(piCategories))
	excluded = make([]bool, len(piCategories))
	idx := catIndex()
	for i, r := range text {
		for _, t := range idx[r] {
			if strings.HasPrefix(text[i:], t.text) {
				if t.exclude {
					excluded[t.cat] = true
				} else {
					named[t.cat] = true
				}
			}
		}
	}
	return named, excluded
}
