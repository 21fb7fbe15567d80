package analyzer_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pplint/pplint/analyzer"
)

const customFixtures = "../fixtures/custom-policies"

// hostile writes a custom rule package with the given report body and id
// into a fresh directory and returns the directory.
func hostile(t *testing.T, id, body string) string {
	t.Helper()
	dir := t.TempDir()
	src := "# METADATA\n# title: hostile\n# custom:\n#   id: " + id + "\n#   severity: error\npackage pplint.custom.evil[\"" + id +
		"\"]\n\nimport data.pplint.lib.result\n\n" + body + "\n"
	if err := os.WriteFile(filepath.Join(dir, "p.rego"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

const finding = `report contains result.fail(rego.metadata.chain(), input.document.start, "error", {"zh": "x"}) if {`

func lint(t *testing.T, a *analyzer.Analyzer, path string) []string {
	t.Helper()
	rep := a.Run(context.Background(), []analyzer.File{{Path: path, Read: func() ([]byte, error) { return os.ReadFile(path) }}})
	if len(rep.Errors) > 0 {
		t.Fatalf("errors: %v", rep.Errors)
	}
	var got []string
	for _, f := range rep.Findings {
		got = append(got, f.RuleID+" "+string(f.Level))
	}
	return got
}

// customOnly keeps the findings of rules loaded from policy directories:
// the built-in disclosure rules also report on the house notices, which are
// deliberately incomplete.
func customOnly(a *analyzer.Analyzer, got []string) []string {
	builtin := map[string]bool{}
	for _, r := range a.Rules() {
		if r.Source == "builtin" {
			builtin[r.ID] = true
		}
	}
	var out []string
	for _, g := range got {
		if id, _, _ := strings.Cut(g, " "); !builtin[id] {
			out = append(out, g)
		}
	}
	return out
}

func TestCustomPoliciesRunWithBuiltins(t *testing.T) {
	t.Parallel()
	a, err := analyzer.New(context.Background(), analyzer.Options{PolicyDirs: []string{customFixtures}})
	if err != nil {
		t.Fatal(err)
	}
	sources := map[string]string{}
	for _, r := range a.Rules() {
		sources[r.ID] = r.Source
	}
	if sources["grant-irrevocable"] != "builtin" || sources["acme-no-sublicence"] != customFixtures+"/no-sublicence/no_sublicence.rego" ||
		sources["acme-dpo-named"] != customFixtures+"/dpo-named/dpo_named.rego" {
		t.Errorf("rule sources: %v", sources)
	}
	got := strings.Join(customOnly(a, lint(t, a, customFixtures+"/docs/house-notice-bad.md")), ", ")
	if got != "acme-dpo-named warning, acme-no-sublicence error" {
		t.Errorf("bad notice: got %q", got)
	}
	if got := customOnly(a, lint(t, a, customFixtures+"/docs/house-notice-good.md")); len(got) != 0 {
		t.Errorf("good notice: got %v", got)
	}
	// The built-in rules still fire next to the custom ones.
	if got := lint(t, a, "../fixtures/docs/authorization-letter.txt"); len(got) != 3 {
		t.Errorf("built-in findings with custom policies loaded: %v", got)
	}
}

// TestSandbox proves that each forbidden capability, and each malformed
// policy, stops compilation with the file, the line and a clear message.
func TestSandbox(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, id, body string
		want           []string
	}{
		{"http.send", "evil-http", finding + "\n\tr := http.send({\"method\": \"GET\", \"url\": \"http://127.0.0.1:1/\"})\n\tr.status_code == 200\n}",
			[]string{"p.rego:11", "http.send is not allowed", "network access is disabled"}},
		{"net.lookup_ip_addr", "evil-net", finding + "\n\tcount(net.lookup_ip_addr(\"example.com\")) > 0\n}",
			[]string{"p.rego:11", "net.lookup_ip_addr is not allowed", "network access is disabled"}},
		{"opa.runtime", "evil-runtime", finding + "\n\topa.runtime().env.HOME != \"\"\n}",
			[]string{"p.rego:11", "opa.runtime is not allowed", "runtime and environment introspection is disabled"}},
		{"mocked http.send", "evil-with", finding + "\n\ttrue with http.send as {}\n}",
			[]string{"p.rego:11", "http.send is not allowed"}},
		{"syntax error", "evil-syntax", "report contains x if {\n\tx := \n}",
			[]string{"p.rego:12", "rego_parse_error"}},
		{"undefined function", "evil-undefined", "report contains x if {\n\tx := no_such_function(input)\n}",
			[]string{"p.rego:11", "rego_type_error", "undefined function no_such_function"}},
		{"id clash with a built-in", "grant-irrevocable", finding + "\n\tfalse\n}",
			[]string{"p.rego", `rule id "grant-irrevocable" clashes with the built-in rule`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := hostile(t, c.id, c.body)
			_, err := analyzer.New(context.Background(), analyzer.Options{PolicyDirs: []string{dir}})
			if err == nil {
				t.Fatal("policy compiled")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
			if !strings.Contains(err.Error(), dir) {
				t.Errorf("error does not name the policy directory %s:\n%v", dir, err)
			}
		})
	}
}

func TestCustomPolicyConventions(t *testing.T) {
	t.Parallel()
	write := func(t *testing.T, src string) string {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "p.rego"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	cases := map[string]struct{ src, want string }{
		"outside pplint.custom": {"# METADATA\n# custom:\n#   id: x-rule\npackage pplint.rules.grants[\"x-rule\"]\n\nreport contains 1 if false\n",
			`p.rego:4: rego_compile_error: package pplint.rules.grants["x-rule"]: custom policies must declare a package under pplint.custom`},
		"no custom.id": {"package pplint.custom.house[\"x\"]\n\nreport contains 1 if false\n",
			"p.rego:1: rego_compile_error: package pplint.custom.house.x defines report but its package METADATA declares no custom.id"},
		"reserved id": {"# METADATA\n# custom:\n#   id: pplint-suppression\npackage pplint.custom.house.x\n\nreport contains 1 if false\n",
			`rule id "pplint-suppression": ids starting with "pplint-" are reserved`},
		"too deep": {"# METADATA\n# custom:\n#   id: x-deep\npackage pplint.custom.a.b.c\n\nreport contains 1 if false\n",
			"main collects data.pplint.custom.<category>.<name>.report only"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := analyzer.New(context.Background(), analyzer.Options{PolicyDirs: []string{write(t, c.src)}})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want %q", err, c.want)
			}
		})
	}
	t.Run("two custom rules, one id", func(t *testing.T) {
		t.Parallel()
		a := write(t, "# METADATA\n# custom:\n#   id: dup-id\npackage pplint.custom.house.one\n\nreport contains 1 if false\n")
		b := write(t, "# METADATA\n# custom:\n#   id: dup-id\npackage pplint.custom.house.two\n\nreport contains 1 if false\n")
		_, err := analyzer.New(context.Background(), analyzer.Options{PolicyDirs: []string{a, b}})
		if err == nil || !strings.Contains(err.Error(), `rule id "dup-id" is already declared in`) {
			t.Errorf("got %v", err)
		}
	})
}

// TestNoDataFromDisk checks that data files next to a policy are not
// loaded: a rule that fires only when data.house.enabled is true stays silent.
func TestNoDataFromDisk(t *testing.T) {
	t.Parallel()
	dir := hostile(t, "evil-data", finding+"\n\tdata.house.enabled\n}")
	for _, name := range []string{"data.json", "data.yaml"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(`{"house": {"enabled": true}}`), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a, err := analyzer.New(context.Background(), analyzer.Options{PolicyDirs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if got := customOnly(a, lint(t, a, customFixtures+"/docs/house-notice-bad.md")); len(got) != 0 {
		t.Errorf("data from disk reached the policy: %v", got)
	}
}

func TestPolicyTimeout(t *testing.T) {
	t.Parallel()
	dir := hostile(t, "evil-slow", finding+`
	n := count([x |
		some i in numbers.range(1, 4000)
		some j in numbers.range(1, 4000)
		x := i * j
	])
	n > 0
}`)
	a, err := analyzer.New(context.Background(), analyzer.Options{PolicyDirs: []string{dir}, PolicyTimeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	rep := a.Run(context.Background(), []analyzer.File{{Path: "notice.md", Read: func() ([]byte, error) { return []byte("# 隐私政策\n\n我们收集您的手机号码。\n"), nil }}})
	if len(rep.Errors) != 1 {
		t.Fatalf("want one error, got %v", rep.Errors)
	}
	msg := rep.Errors[0].Message
	for _, w := range []string{"exceeded the time limit (200ms)", filepath.Join(dir, "p.rego") + ":"} {
		if !strings.Contains(msg, w) {
			t.Errorf("timeout error lacks %q: %s", w, msg)
		}
	}
	if d := time.Since(start); d > 30*time.Second { // generous: CI machines are shared
		t.Errorf("evaluation ran %v despite a 200ms limit", d)
	}
	_, err = a.Evaluate(context.Background(), map[string]any{"document": map[string]any{"start": map[string]any{}}, "sentences": []any{}, "claims": []any{}})
	if !errors.Is(err, analyzer.ErrPolicyTimeout) {
		t.Errorf("Evaluate: got %v, want ErrPolicyTimeout", err)
	}
}
