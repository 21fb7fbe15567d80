package claims

import (
	"regexp"
	"regexp/syntax"
	"sync"
)

// maxRequired bounds the strings of a required set.
const maxRequired = 24

// requiredCache maps a *regexp.Regexp to its required strings ([]string;
// nil: none known).
var requiredCache sync.Map

// required returns strings of which every match of re contains at least
// one, or nil when the expression guarantees none (findRe then always runs
// it).
func required(re *regexp.Regexp) []string {
	if v, ok := requiredCache.Load(re); ok {
		return v.([]string)
	}
	var set []string
	if t, err := syntax.Parse(re.String(), syntax.Perl); err == nil {
		set, _ = requiredOf(t)
	}
	requiredCache.Store(re, set)
	return set
}

// requiredOf returns a set of strings one of which occurs in every match of
// t, and whether there is one.
func requiredOf(t *syntax.Regexp) ([]string, bool) {
	switch t.Op {
	case syntax.OpLiteral:
		if t.Flags&syntax.FoldCase != 0 || len(t.Rune) == 0 {
			return nil, false
		}
		return []string{string(t.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(t.Rune); i += 2 {
			for r := t.Rune[i]; r <= t.Rune[i+1]; r++ {
				if len(out) == maxRequired {
					return nil, false
				}
				out = append(out, string(r))
			}
		}
		return out, len(out) > 0
	case syntax.OpCapture, syntax.OpPlus:
		return requiredOf(t.Sub[0])
	case syntax.OpRepeat:
		if t.Min >= 1 {
			return requiredOf(t.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		for _, s := range t.Sub {
			set, ok := requiredOf(s)
			if !ok || len(out)+len(set) > maxRequired {
				return nil, false
			}
			out = append(out, set...)
		}
		return out, true
	case syntax.OpConcat:
		var best []string
		for _, s := range t.Sub {
			if set, ok := requiredOf(s); ok && (best == nil || better(set, best)) {
				best = set
			}
		}
		return best, best != nil
	}
	return nil, false
}

// better prefers the set whose shortest string is longer (rarer), then the
// smaller set.
func better(a, b []string) bool {
	la, lb := shortest(a), shortest(b)
	if la != lb {
		return la > lb
	}
	return len(a) < len(b)
}

func shortest(set []string) int {
	n := -1
	for _, s := range set {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}
