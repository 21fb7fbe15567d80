package claims_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/pplint/pplint/analyzer"
)

// blindRules are the rules the blind phrasing sets check, by letter.
var blindRules = map[string]string{
	"I": "grant-irrevocable", "U": "grant-unlimited-term", "S": "grant-sublicensable",
	"L": "liability-exclusion", "P": "public-disclosure-consent-missing", "D": "deletion-restricted",
	"X": "sale-personal-info", "R": "retention-unlimited", "F": "face-sole-verification",
}

// blindCase is one document (a title and a body) and the letters of the
// rules expected to fire on it ("" for a near miss).
type blindCase struct{ title, body, want string }

// blindFloor is the recall and precision the blind sets must keep.
const blindFloor = 0.9

// blindMismatch is a blind case decided wrongly: the rules it missed and
// the ones that fired without being expected.
type blindMismatch struct {
	c           blindCase
	miss, extra []string
}

// blindAnalyzer is the analyzer every blind batch shares: the built-in
// policies compile once per test binary.
var blindAnalyzer = sync.OnceValues(func() (*analyzer.Analyzer, error) {
	return analyzer.New(context.Background(), analyzer.Options{})
})

// runBlind lints each case as a document of its own (title, blank line,
// body) and compares, per case, the set of rules (by letter) that fire with
// the expected letters. It returns the mismatches and the totals.
func runBlind(t *testing.T, prefix string, rules map[string]string, cases []blindCase) (wrong []blindMismatch, tp, fn, fp int) {
	t.Helper()
	a, err := blindAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	files := make([]analyzer.File, len(cases))
	for i, c := range cases {
		text := c.title + "\n\n" + c.body + "\n"
		files[i] = analyzer.File{Path: fmt.Sprintf("%s%03d.txt", prefix, i), Read: func() ([]byte, error) { return []byte(text), nil }}
	}
	rep := a.Run(context.Background(), files)
	got := map[string]map[string]bool{}
	for _, f := range rep.Findings {
		for l, id := range rules {
			if f.RuleID == id {
				if got[f.Location.Path] == nil {
					got[f.Location.Path] = map[string]bool{}
				}
				got[f.Location.Path][l] = true
			}
		}
	}
	for i, c := range cases {
		g := got[files[i].Path]
		m := blindMismatch{c: c}
		for _, l := range strings.Split(c.want, "") {
			if g[l] {
				tp++
			} else {
				fn++
				m.miss = append(m.miss, rules[l])
			}
		}
		for l := range g {
			if !strings.Contains(c.want, l) {
				fp++
				m.extra = append(m.extra, rules[l])
			}
		}
		sort.Strings(m.extra)
		if len(m.miss)+len(m.extra) > 0 {
			wrong = append(wrong, m)
		}
	}
	return wrong, tp, fn, fp
}

// knownBy looks up a case's known-miss reason in known, by key(case).
func knownBy(known map[string]string, key func(blindCase) string) func(blindCase) (string, bool) {
	return func(c blindCase) (string, bool) {
		reason, ok := known[key(c)]
		return reason, ok
	}
}

func byBody(c blindCase) string { return c.body }

// checkBlind runs a blind batch with runBlind: a mismatch fails the test
// unless known gives its reason (then it is logged), and the totals are
// logged under name.
func checkBlind(t *testing.T, name, prefix string, rules map[string]string, cases []blindCase, known func(blindCase) (string, bool)) {
	t.Helper()
	wrong, tp, fn, fp := runBlind(t, prefix, rules, cases)
	for _, m := range wrong {
		if reason, ok := known(m.c); ok {
			t.Logf("known miss (%s) %s | %s: missing %v, extra %v", reason, m.c.title, m.c.body, m.miss, m.extra)
			continue
		}
		t.Errorf("%s | %s: missing %v, extra %v", m.c.title, m.c.body, m.miss, m.extra)
	}
	r, p := float64(tp)/float64(max(tp+fn, 1)), float64(tp)/float64(max(tp+fp, 1))
	t.Logf("%s: %d cases, tp %d fn %d fp %d recall %.2f precision %.2f", name, len(cases), tp, fn, fp, r, p)
}

// TestBlindPhrasings lints phrasings written before the rules were run on
// them and compares, per document, the set of blind rules that fire. It
// logs every mismatch and the recall and precision over all cases.
func TestBlindPhrasings(t *testing.T) {
	t.Parallel()
	cases := append(append(append([]blindCase{}, blindGrants...), blindOthers...), blindRound2...)
	cases = append(append(cases, blindRound3...), blindRound4...)
	wrong, tp, fn, fp := runBlind(t, "b", blindRules, cases)
	for _, m := range wrong {
		t.Logf("%s | %s: missing %v, extra %v", m.c.title, m.c.body, m.miss, m.extra)
	}
	r, p := float64(tp)/float64(tp+fn), float64(tp)/float64(max(tp+fp, 1))
	t.Logf("blind: tp %d fn %d fp %d recall %.2f precision %.2f", tp, fn, fp, r, p)
	if r < blindFloor || p < blindFloor {
		t.Errorf("blind recall %.2f / precision %.2f below %.2f", r, p, blindFloor)
	}
}
