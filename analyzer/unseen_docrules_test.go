package analyzer_test

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/pplint/pplint/analyzer"
)

// docRules are the document-scope rules this table pins; findings of
// other rules are ignored.
var docRules = map[string]bool{
	"sharing-consent-missing": true, "sensitive-consent-missing": true,
	"sensitive-necessity-undisclosed": true, "cross-border-consent-missing": true,
	"minor-guardian-consent-missing": true, "automated-decision-optout-missing": true,
	"withdrawal-undisclosed": true, "rights-undisclosed": true, "retention-undisclosed": true,
	"purpose-undisclosed": true, "security-measures-undisclosed": true,
	"controller-contact-missing": true,
}

// TestUnseenDocumentRules lints short whole documents written for this
// test (expectations were written before the first run) and compares the
// set of document-scope rules that fire.
func TestUnseenDocumentRules(t *testing.T) {
	t.Parallel()
	a := newAnalyzer(t)
	for _, tc := range unseenDocs {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := docRuleSet(a, tc.name, tc.text)
			want := append([]string(nil), tc.want...)
			sort.Strings(want)
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}

func docRuleSet(a *analyzer.Analyzer, name, text string) []string {
	path := name + ".md"
	rep := a.Run(context.Background(), []analyzer.File{{Path: path, Read: func() ([]byte, error) { return []byte(text), nil }}})
	seen := map[string]bool{}
	for _, f := range rep.Findings {
		if docRules[f.RuleID] {
			seen[f.RuleID] = true
		}
	}
	out := make([]string, 0, len(seen))
	for id := range seen {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}
