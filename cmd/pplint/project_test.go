package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// findingsOf runs check --format json and returns "rule level line" per
// finding.
func findingsOf(t *testing.T, args ...string) (int, []string, string) {
	t.Helper()
	code, out, errs := pplint(t, "", append([]string{"check", "--format", "json"}, args...)...)
	var rep struct {
		Findings []struct {
			RuleID   string `json:"rule_id"`
			Level    string `json:"level"`
			Location struct {
				StartLine int `json:"start_line"`
			} `json:"location"`
		} `json:"findings"`
	}
	if code == exitError {
		return code, nil, errs
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, out)
	}
	var got []string
	for _, f := range rep.Findings {
		got = append(got, f.RuleID+" "+f.Level)
	}
	sort.Strings(got)
	return code, got, errs
}

func TestConfigDiscoveredAndMerged(t *testing.T) {
	root := t.TempDir()
	writeFile(t, root, ".pplint.yaml", "lang: en\nfail-level: error\nrules:\n  grant-irrevocable: off\n  grant-sublicensable: note\n")
	sub := filepath.Join(root, "docs", "legal")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, sub, "letter.txt", triad)
	t.Chdir(sub)

	code, got, _ := findingsOf(t, "letter.txt")
	if want := "grant-sublicensable note,grant-unlimited-term error"; strings.Join(got, ",") != want || code != exitFindings {
		t.Errorf("exit %d, findings %v; want %s", code, got, want)
	}
	// The rule list of the outputs follows the configuration too.
	_, out, _ := pplint(t, "", "check", "--format", "sarif", "letter.txt")
	if strings.Contains(out, `"id": "grant-irrevocable"`) || !strings.Contains(out, `"level": "note"`) {
		t.Errorf("SARIF rules ignore the configuration:\n%s", out)
	}
	// Config lang en and fail-level error apply; flags override them.
	_, out, _ = pplint(t, "", "check", "letter.txt")
	if !strings.Contains(out, "finding(s)") {
		t.Errorf("config lang en not applied:\n%s", out)
	}
	if code, _, _ := pplint(t, "", "check", "--fail-level", "none", "letter.txt"); code != exitClean {
		t.Errorf("--fail-level none: exit %d", code)
	}
	_, out, _ = pplint(t, "", "check", "--lang", "zh", "letter.txt")
	if !strings.Contains(out, "共 2 个问题") {
		t.Errorf("--lang zh does not override the file:\n%s", out)
	}
	// --no-config ignores the file; --config names another one.
	if _, got, _ := findingsOf(t, "--no-config", "letter.txt"); len(got) != 3 {
		t.Errorf("--no-config: %v", got)
	}
	other := writeFile(t, root, "strict.yaml", "rules:\n  grant-unlimited-term: warning\n")
	if _, got, _ := findingsOf(t, "--config", other, "letter.txt"); strings.Join(got, ",") != "grant-irrevocable error,grant-sublicensable error,grant-unlimited-term warning" {
		t.Errorf("--config: %v", got)
	}
}

func TestConfigIncludeExclude(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, ".pplint.yaml", "exclude: [\"drafts/**\"]\n")
	if err := os.MkdirAll(filepath.Join(dir, "drafts"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "a.txt", triad)
	writeFile(t, filepath.Join(dir, "drafts"), "b.txt", triad)
	t.Chdir(dir)
	if _, got, _ := findingsOf(t, "."); len(got) != 3 {
		t.Errorf("exclude from config: %d findings, want 3", len(got))
	}
	if _, got, _ := findingsOf(t, "--exclude", "nothing", "."); len(got) != 6 {
		t.Errorf("--exclude overrides the file: %d findings, want 6", len(got))
	}
}

func TestConfigErrors(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", triad)
	t.Chdir(dir)
	cases := []struct{ yaml, want string }{
		{"lang: en\nfail_level: error\n", `.pplint.yaml:2: unknown key "fail_level"`},
		{"rules:\n  grant-irrevocable: off\n  no-such-rule: error\n", `.pplint.yaml:3: unknown rule "no-such-rule"`},
		{"fail-level: loud\n", `.pplint.yaml:1: fail-level "loud"`},
	}
	for _, c := range cases {
		writeFile(t, dir, ".pplint.yaml", c.yaml)
		code, out, errs := pplint(t, "", "check", "a.txt")
		if code != exitError || !strings.Contains(errs, c.want) || out != "" {
			t.Errorf("exit %d, stderr %q, stdout %q; want exit 2 and %q", code, errs, out, c.want)
		}
	}
	if code, _, errs := pplint(t, "", "check", "--config", "missing.yaml", "a.txt"); code != exitError || !strings.Contains(errs, "missing.yaml") {
		t.Errorf("missing --config: exit %d %s", code, errs)
	}
}

func TestInit(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if code, out, errs := pplint(t, "", "init"); code != exitClean || out != "" {
		t.Fatalf("init: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	data, err := os.ReadFile(".pplint.yaml")
	if err != nil || !strings.Contains(string(data), "# grant-irrevocable: error") || !strings.Contains(string(data), "pplint-suppression") {
		t.Fatalf("config written: %v\n%s", err, data)
	}
	writeFile(t, dir, ".pplint.yaml", "lang: en\n")
	if code, _, errs := pplint(t, "", "init"); code != exitError || !strings.Contains(errs, "--force") {
		t.Errorf("init over an existing file: exit %d %s", code, errs)
	}
	if b, _ := os.ReadFile(".pplint.yaml"); string(b) != "lang: en\n" {
		t.Error("init without --force replaced the file")
	}
	if code, _, _ := pplint(t, "", "init", "--force"); code != exitClean {
		t.Errorf("init --force: exit %d", code)
	}
	// The written default loads and changes nothing.
	writeFile(t, dir, "a.txt", triad)
	if code, got, errs := findingsOf(t, "a.txt"); code != exitFindings || len(got) != 3 {
		t.Errorf("with the default config: exit %d %v %s", code, got, errs)
	}
}
