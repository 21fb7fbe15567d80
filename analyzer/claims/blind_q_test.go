package claims_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
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

// TestBlindPhrasings lints phrasings written before the rules were run on
// them and compares, per document, the set of blind rules that fire. It
// logs every mismatch and the recall and precision over all cases.
func TestBlindPhrasings(t *testing.T) {
	t.Parallel()
	a, err := analyzer.New(context.Background(), analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := append(append(append([]blindCase{}, blindGrants...), blindOthers...), blindRound2...)
	cases = append(append(cases, blindRound3...), blindRound4...)
	files := make([]analyzer.File, len(cases))
	for i, c := range cases {
		text := c.title + "\n\n" + c.body + "\n"
		files[i] = analyzer.File{Path: fmt.Sprintf("b%03d.txt", i), Read: func() ([]byte, error) { return []byte(text), nil }}
	}
	rep := a.Run(context.Background(), files)
	got := map[string]map[string]bool{}
	for _, f := range rep.Findings {
		for l, id := range blindRules {
			if f.RuleID == id {
				if got[f.Location.Path] == nil {
					got[f.Location.Path] = map[string]bool{}
				}
				got[f.Location.Path][l] = true
			}
		}
	}
	tp, fn, fp := 0, 0, 0
	for i, c := range cases {
		g := got[files[i].Path]
		var miss, extra []string
		for _, l := range strings.Split(c.want, "") {
			if g[l] {
				tp++
			} else {
				fn++
				miss = append(miss, blindRules[l])
			}
		}
		for l := range g {
			if !strings.Contains(c.want, l) {
				fp++
				extra = append(extra, blindRules[l])
			}
		}
		sort.Strings(extra)
		if len(miss)+len(extra) > 0 {
			t.Logf("%s | %s: missing %v, extra %v", c.title, c.body, miss, extra)
		}
	}
	r, p := float64(tp)/float64(tp+fn), float64(tp)/float64(max(tp+fp, 1))
	t.Logf("blind: tp %d fn %d fp %d recall %.2f precision %.2f", tp, fn, fp, r, p)
	if r < blindFloor || p < blindFloor {
		t.Errorf("blind recall %.2f / precision %.2f below %.2f", r, p, blindFloor)
	}
}
