package analyzer_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/pplint/pplint/analyzer"
)

var (
	sharedAnalyzer = sync.OnceValues(func() (*analyzer.Analyzer, error) {
		return analyzer.New(context.Background(), analyzer.Options{})
	})
)

func newAnalyzer(t *testing.T) *analyzer.Analyzer {
	t.Helper()
	a, err := sharedAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestFixtures lints every fixture that has a .want sidecar and compares
// the exact set of "rule line" pairs.
func TestFixtures(t *testing.T) {
	t.Parallel()
	a := newAnalyzer(t)
	wants, err := filepath.Glob("../fixtures/*/*.want")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("../fixtures/rules/*/*/*.want")
	wants = append(wants, more...)
	if len(wants) < 10 {
		t.Fatalf("only %d fixtures found", len(wants))
	}
	for _, want := range wants {
		doc := strings.TrimSuffix(want, ".want")
		t.Run(strings.TrimPrefix(doc, "../fixtures/"), func(t *testing.T) {
			t.Parallel()
			exp := readWant(t, want)
			rep := a.Run(context.Background(), []analyzer.File{{Path: doc, Read: func() ([]byte, error) { return os.ReadFile(doc) }}})
			if len(rep.Errors) > 0 {
				t.Fatalf("errors: %v", rep.Errors)
			}
			var got []string
			for _, f := range rep.Findings {
				got = append(got, fmt.Sprintf("%s %d", f.RuleID, f.Location.StartLine))
			}
			sort.Strings(got)
			if strings.Join(got, "\n") != strings.Join(exp, "\n") {
				t.Errorf("findings differ\n got: %q\nwant: %q", got, exp)
			}
			// fixtures/rules/<id>/{good,bad}/…: the rule of the directory must
			// stay silent on good text and fire on bad text. Other rules'
			// findings (document-scope rules on a short excerpt) are pinned by
			// the .want file like any other.
			if parts := strings.Split(doc, "/"); len(parts) > 4 && parts[2] == "rules" {
				id, kind := parts[3], parts[4]
				own := 0
				for _, g := range got {
					if strings.HasPrefix(g, id+" ") {
						own++
					}
				}
				if kind == "good" && own > 0 {
					t.Errorf("%s fires on a good fixture", id)
				}
				if kind == "bad" && own == 0 {
					t.Errorf("%s does not fire on a bad fixture", id)
				}
			}
		})
	}
}

func readWant(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Join(strings.Fields(line), " "))
	}
	sort.Strings(out)
	return out
}
