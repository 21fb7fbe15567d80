package analyzer_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/pplint/pplint/analyzer"
)

// TestFormatsAgree lints the same authorisation letter written as
// Markdown, plain text in five encodings, HTML and Word, and checks that
// each reports the same three findings on the same words, at the line and
// column of that format (for .docx: paragraph and character).
func TestFormatsAgree(t *testing.T) {
	t.Parallel()
	a := newAnalyzer(t)
	// line and the column of the clause's first character in each file.
	where := map[string][2]int{
		"authorization.md": {7, 1}, "authorization.txt": {7, 1}, "authorization-utf8bom.txt": {7, 1},
		"authorization-gb18030.txt": {7, 1}, "authorization-utf16le.txt": {7, 1},
		"authorization-utf16be.txt": {7, 1}, "authorization.html": {13, 16}, "authorization.docx": {5, 1},
	}
	files, _ := filepath.Glob("../fixtures/formats/authorization*")
	seen := 0
	for _, path := range files {
		if strings.HasSuffix(path, ".want") {
			continue
		}
		seen++
		name := filepath.Base(path)
		at, ok := where[name]
		if !ok {
			t.Errorf("%s: no expectation", name)
			continue
		}
		rep := a.Run(context.Background(), []analyzer.File{{Path: path, Read: func() ([]byte, error) { return os.ReadFile(path) }}})
		if len(rep.Errors) > 0 {
			t.Errorf("%s: %v", name, rep.Errors)
			continue
		}
		var got []string
		for _, f := range rep.Findings {
			l := f.Location
			got = append(got, fmt.Sprintf("%s %d:%d-%d:%d %s", f.RuleID, l.StartLine, l.StartCol, l.EndLine, l.EndCol, f.Snippet))
		}
		sort.Strings(got)
		line, col := at[0], at[1]
		want := []string{
			fmt.Sprintf("grant-irrevocable %d:%d-%d:%d 不可撤销", line, col+2, line, col+6),
			fmt.Sprintf("grant-sublicensable %d:%d-%d:%d 转授权", line, col+26, line, col+29),
			fmt.Sprintf("grant-unlimited-term %d:%d-%d:%d 永久", line, col+12, line, col+14),
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", name, got, want)
		}
	}
	if seen != len(where) {
		t.Errorf("found %d fixtures, want %d", seen, len(where))
	}
}
