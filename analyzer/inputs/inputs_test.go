package inputs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func tree(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"a.md", "b.txt", "notes.pdf", "sub/c.html", "sub/deep/d.md", ".git/x.md", "node_modules/y.md", "drafts/e.md"} {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("隐私政策"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func names(dir string, ins []Input) string {
	var out []string
	for _, in := range ins {
		rel, _ := filepath.Rel(dir, in.Path)
		out = append(out, filepath.ToSlash(rel))
	}
	return strings.Join(out, " ")
}

func TestCollect(t *testing.T) {
	dir := tree(t)
	cases := []struct {
		name string
		args []string
		o    Options
		want string
		errs int
	}{
		{"directory", []string{dir}, Options{}, "a.md b.txt drafts/e.md sub/c.html sub/deep/d.md", 0},
		{"glob", []string{dir + "/**/*.md"}, Options{}, "a.md drafts/e.md sub/deep/d.md", 0},
		{"exclude", []string{dir}, Options{Exclude: []string{"drafts/**", "*.txt"}}, "a.md sub/c.html sub/deep/d.md", 0},
		{"include", []string{dir}, Options{Include: []string{"*.html"}}, "sub/c.html", 0},
		{"explicit file of any type", []string{dir + "/notes.pdf"}, Options{}, "notes.pdf", 0},
		{"repeats", []string{dir + "/a.md", dir, dir + "/a.md"}, Options{}, "a.md b.txt drafts/e.md sub/c.html sub/deep/d.md", 0},
		{"missing", []string{dir + "/nope.md", dir + "/a.md"}, Options{}, "a.md", 1},
		{"empty glob", []string{dir + "/*.docx"}, Options{}, "", 1},
		{"glob under a missing directory", []string{dir + "/nope/*.md"}, Options{}, "", 1},
		{"too large", []string{dir + "/a.md"}, Options{MaxFileSize: 3}, "", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ins, errs := Collect(c.args, c.o)
			if got := names(dir, ins); got != c.want || len(errs) != c.errs {
				t.Errorf("got %q with errors %v; want %q with %d errors", got, errs, c.want, c.errs)
			}
		})
	}
}

func TestStdin(t *testing.T) {
	ins, errs := Collect([]string{"-"}, Options{Stdin: strings.NewReader("隐私政策"), StdinFilename: "p.md", MaxFileSize: 5})
	if len(errs) != 0 || len(ins) != 1 || ins[0].Path != "p.md" {
		t.Fatalf("got %v %v", ins, errs)
	}
	if _, err := ins[0].Read(); err == nil || !strings.Contains(err.Error(), "max-file-size") {
		t.Errorf("oversized stdin: err = %v", err)
	}
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "grows.txt")
	if err := os.WriteFile(p, []byte("短"), 0o644); err != nil {
		t.Fatal(err)
	}
	ins, errs := Collect([]string{p}, Options{MaxFileSize: 10})
	if len(ins) != 1 || len(errs) != 0 {
		t.Fatalf("got %v %v", ins, errs)
	}
	// The file grows past the limit after it was listed.
	if err := os.WriteFile(p, []byte(strings.Repeat("长", 10)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ins[0].Read(); err == nil || err.Error() != "file is larger than --max-file-size (10 bytes)" {
		t.Errorf("grown file: %v", err)
	}
	if err := os.Remove(p); err != nil {
		t.Fatal(err)
	}
	if _, err := ins[0].Read(); err == nil || err.Error() != "cannot read file: no such file or directory" {
		t.Errorf("removed file: %v", err)
	}
}

func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their mode")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "secret.md")
	sub := filepath.Join(dir, "locked")
	if err := os.WriteFile(p, []byte("隐私政策"), 0o000); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(sub, 0o000); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(sub, 0o755) })
	ins, errs := Collect([]string{dir}, Options{})
	if len(errs) != 1 || errs[0].Message != "cannot read directory: permission denied" {
		t.Errorf("locked directory: %v", errs)
	}
	if len(ins) != 1 {
		t.Fatalf("inputs %v", ins)
	}
	if _, err := ins[0].Read(); err == nil || err.Error() != "cannot read file: permission denied" {
		t.Errorf("unreadable file: %v", err)
	}
}

func TestGlobUnderMissingDirectory(t *testing.T) {
	_, errs := Collect([]string{"no-such-dir/*.md"}, Options{})
	if len(errs) != 1 || errs[0].Path != "no-such-dir/*.md" || errs[0].Message != "no files match this pattern" {
		t.Errorf("errors %v", errs)
	}
}
