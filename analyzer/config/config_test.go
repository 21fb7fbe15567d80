package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pplint/pplint/analyzer/report"
)

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFindWalksUp(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if p, err := Find(deep); err != nil || strings.HasPrefix(p, root) {
		t.Fatalf("found %q (%v) before any file was written", p, err)
	}
	write(t, filepath.Join(root, ".pplint.yaml"), "lang: en\n")
	write(t, filepath.Join(root, "a", ".pplint.yml"), "lang: zh\n")
	p, err := Find(deep)
	if err != nil || p != filepath.Join(root, "a", ".pplint.yml") {
		t.Fatalf("Find = %q, %v; want the nearest file", p, err)
	}
	c, err := Discover("", filepath.Join(root, "a", "..")) // only the root file is above
	if err != nil || c == nil || c.Lang != "en" {
		t.Fatalf("Discover from root: %+v, %v", c, err)
	}
	c, err = Discover(filepath.Join(root, ".pplint.yaml"), deep) // explicit wins
	if err != nil || c.Lang != "en" {
		t.Fatalf("explicit config: %+v, %v", c, err)
	}
	if _, err := Discover(filepath.Join(root, "missing.yaml"), deep); err == nil {
		t.Error("a missing explicit config is not an error")
	}
}

func TestParseAll(t *testing.T) {
	src := `lang: en
fail-level: error
include: ["docs/**"]
exclude:
  - drafts/**
  - "*.tmp.md"
policies: [policies/custom, /abs/dir]
rules:
  grant-irrevocable: off
  grant-sublicensable: note
  grant-unlimited-term: on
`
	c, err := Parse("/repo/.pplint.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if c.Lang != "en" || c.FailLevel != report.LevelError {
		t.Errorf("lang %q fail-level %q", c.Lang, c.FailLevel)
	}
	if strings.Join(c.Include, ",") != "docs/**" || strings.Join(c.Exclude, ",") != "drafts/**,*.tmp.md" {
		t.Errorf("include %v exclude %v", c.Include, c.Exclude)
	}
	if want := filepath.Join("/repo", "policies/custom") + ",/abs/dir"; strings.Join(c.Policies, ",") != want {
		t.Errorf("policies %v, want %s", c.Policies, want)
	}
	ov := c.Overrides()
	if len(ov) != 2 || ov["grant-irrevocable"] != report.LevelNone || ov["grant-sublicensable"] != report.LevelNote {
		t.Errorf("overrides %v", ov)
	}
	if c.Rules[2].ID != "grant-unlimited-term" || c.Rules[2].Line != 11 {
		t.Errorf("rule settings %+v", c.Rules)
	}
}

func TestParseErrorsNameTheLine(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"unknown key", "lang: zh\nfial-level: error\n", `x.yaml:2: unknown key "fial-level"`},
		{"bad lang", "lang: fr\n", `x.yaml:1: lang "fr"`},
		{"bad fail-level", "\nfail-level: fatal\n", `x.yaml:2: fail-level "fatal"`},
		{"bad rule value", "rules:\n  grant-irrevocable: loud\n", `x.yaml:2: rule grant-irrevocable: "loud"`},
		{"rule list", "rules:\n  - grant-irrevocable\n", `x.yaml:2: rules: want a mapping`},
		{"bad glob", "exclude: ['[a-']\n", `x.yaml:1: exclude: bad glob`},
		{"empty include", "include: ['']\n", `x.yaml:1: include: want a list of non-empty strings`},
		{"duplicate", "lang: zh\nlang: en\n", `x.yaml:2: "lang" is already set on line 1`},
		{"not a mapping", "- a\n", `x.yaml:1: the configuration must be a mapping`},
		{"syntax", "lang: [zh\n", `x.yaml: yaml:`},
		{"nested value", "lang:\n  a: b\n", `x.yaml:2: lang: want a single value`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("x.yaml", []byte(c.src))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want it to contain %q", err, c.want)
			}
		})
	}
}

func TestAllErrorsReported(t *testing.T) {
	_, err := Parse("x.yaml", []byte("lang: fr\nfoo: 1\nrules:\n  a: loud\n"))
	if err == nil || strings.Count(err.Error(), "x.yaml:") != 3 {
		t.Errorf("want three errors, got %v", err)
	}
}

func TestCheckRules(t *testing.T) {
	c, err := Parse("x.yaml", []byte("rules:\n  grant-irrevocable: off\n  grant-irrevocabel: off\n"))
	if err != nil {
		t.Fatal(err)
	}
	err = c.CheckRules(func(id string) bool { return id == "grant-irrevocable" })
	if err == nil || err.Error() != `x.yaml:3: unknown rule "grant-irrevocabel" (see `+"`pplint rules`)" {
		t.Errorf("CheckRules: %v", err)
	}
}

func TestEmptyAndTemplate(t *testing.T) {
	c, err := Parse("x.yaml", []byte("# nothing\n"))
	if err != nil || c.Lang != "" || len(c.Rules) != 0 {
		t.Fatalf("empty file: %+v, %v", c, err)
	}
	rules := []report.Rule{{ID: "grant-irrevocable", Severity: report.LevelError, Title: report.Text{Zh: "不可撤销的授权"}}}
	tpl := Template(rules)
	if !strings.Contains(tpl, "# grant-irrevocable: error  # 不可撤销的授权") {
		t.Errorf("template lacks the rule line:\n%s", tpl)
	}
	c, err = Parse("x.yaml", []byte(tpl))
	if err != nil {
		t.Fatalf("the template does not load: %v", err)
	}
	if c.Lang != "zh" || c.FailLevel != report.LevelWarning || len(c.Overrides()) != 0 {
		t.Errorf("the template changes defaults: %+v", c)
	}
	// Uncommenting a rule line must give a valid setting.
	c, err = Parse("x.yaml", []byte(strings.Replace(tpl, "  # grant-irrevocable: error", "  grant-irrevocable: error", 1)))
	if err != nil || c.Overrides()["grant-irrevocable"] != report.LevelError {
		t.Errorf("uncommented rule line: %+v, %v", c, err)
	}
}
