package claims

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestRequiredSets(t *testing.T) {
	for _, c := range []struct {
		re   string
		want []string
	}{
		{`(存续|使用)期间`, []string{"期间"}},
		{`(不予|拒绝)(修改|更正)`, []string{"不予", "拒绝"}},
		{`违约|赔偿`, []string{"违约", "赔偿"}},
		{`\d+\s*(天|年)`, []string{"天", "年"}},
		{`a*b?`, nil},
		{`(?i)cookie`, nil},
		{`x|y*`, nil},
	} {
		got := required(regexp.MustCompile(c.re))
		slices.Sort(got)
		slices.Sort(c.want)
		if !slices.Equal(got, c.want) {
			t.Errorf("required(%s) = %q, want %q", c.re, got, c.want)
		}
	}
}

// TestRequiredSound checks on every line of the fixtures that each
// regular expression of the extractors matches only lines holding one of
// its required strings.
func TestRequiredSound(t *testing.T) {
	res := sourceRegexps(t)
	if len(res) < 10 {
		t.Fatalf("only %d regular expressions found in the sources", len(res))
	}
	var lines []string
	err := filepath.WalkDir("../../fixtures", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".md") || strings.HasSuffix(p, ".txt")) {
			return err
		}
		b, err := os.ReadFile(p)
		lines = append(lines, strings.Split(string(b), "\n")...)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	matched := 0
	for _, re := range res {
		need := required(re)
		for _, l := range lines {
			if !re.MatchString(l) {
				continue
			}
			matched++
			if need != nil && !slices.ContainsFunc(need, func(s string) bool { return strings.Contains(l, s) }) {
				t.Errorf("%s matches %q but holds none of %q", re, l, need)
			}
		}
	}
	if matched < 100 {
		t.Errorf("only %d matching lines: fixtures not found?", matched)
	}
}

// sourceRegexps compiles the regexp.MustCompile literals of the package's
// sources.
func sourceRegexps(t *testing.T) []*regexp.Regexp {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var out []*regexp.Regexp
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			if sel, ok := call.Fun.(*ast.SelectorExpr); !ok || sel.Sel.Name != "MustCompile" {
				return true
			}
			if src, ok := literal(call.Args[0]); ok {
				out = append(out, regexp.MustCompile(src))
			}
			return true
		})
	}
	return out
}

// literal evaluates a string literal or a concatenation of them.
func literal(e ast.Expr) (string, bool) {
	switch x := e.(type) {
	case *ast.BasicLit:
		s, err := strconv.Unquote(x.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		a, ok1 := literal(x.X)
		b, ok2 := literal(x.Y)
		return a + b, ok1 && ok2
	case *ast.ParenExpr:
		return literal(x.X)
	}
	return "", false
}
