package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const extra = "本人授权贵公司永久保存本人的身份证信息。\n"

// TestBaselineRoundTrip writes a baseline, edits the document above and
// around the known findings and checks that only new findings count.
func TestBaselineRoundTrip(t *testing.T) {
	dir := t.TempDir()
	doc := writeFile(t, dir, "letter.md", "# 授权书\n\n"+triad)
	base := filepath.Join(dir, "base.sarif")

	code, out, errs := pplint(t, "", "check", "--fail-level", "none", "--write-baseline", base, doc)
	if code != exitClean || !strings.Contains(out, "共 3 个问题") || !strings.Contains(errs, "wrote 3 finding(s) to baseline") {
		t.Fatalf("write baseline: exit %d\n%s\n%s", code, out, errs)
	}
	if _, err := os.Stat(base); err != nil {
		t.Fatal(err)
	}
	// Unchanged document: nothing new, exit 0.
	code, got, errs := findingsOf(t, "--baseline", base, doc)
	if code != exitClean || len(got) != 0 || !strings.Contains(errs, "hides 3 known finding(s)") {
		t.Errorf("unchanged: exit %d, %v, %s", code, got, errs)
	}
	// Unrelated paragraphs above, the known clause moved down and reflowed,
	// and one new problem: only the new one is reported.
	writeFile(t, dir, "letter.md", "# 授权书\n\n新增的第一段说明，与授权无关。\n\n第二段说明。\n\n"+
		strings.Replace(triad, "，", "，\n", 1)+"\n"+extra)
	code, got, _ = findingsOf(t, "--baseline", base, doc)
	if code != exitFindings || strings.Join(got, ",") != "grant-unlimited-term error" {
		t.Errorf("after edits: exit %d, %v; want only the new grant-unlimited-term", code, got)
	}
	// Editing the known clause itself makes its findings new again.
	writeFile(t, dir, "letter.md", "# 授权书\n\n"+strings.Replace(triad, "本人", "本人在此", 1))
	if _, got, _ := findingsOf(t, "--baseline", base, doc); len(got) != 3 {
		t.Errorf("edited clause: %v, want its 3 findings back", got)
	}
	// A baseline that cannot be read is an error, not an empty baseline.
	if code, _, errs := pplint(t, "", "check", "--baseline", filepath.Join(dir, "none.sarif"), doc); code != exitError || !strings.Contains(errs, "baseline") {
		t.Errorf("missing baseline: exit %d %s", code, errs)
	}
}

// TestBaselineMatchesAnyPathForm writes a baseline naming the document by a
// relative path and applies it with the document named as ./letter.md, by
// its absolute path and through its directory: every form is the same file,
// so nothing is new.
func TestBaselineMatchesAnyPathForm(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "letter.md", "# 授权书\n\n"+triad)
	t.Chdir(dir)
	base := filepath.Join(dir, "base.sarif")
	if code, out, errs := pplint(t, "", "check", "--fail-level", "none", "--write-baseline", base, "letter.md"); code != exitClean {
		t.Fatalf("write baseline: exit %d\n%s\n%s", code, out, errs)
	}
	for _, p := range []string{"./letter.md", filepath.Join(dir, "letter.md"), ".", dir} {
		if code, got, errs := findingsOf(t, "--baseline", base, p); code != exitClean || len(got) != 0 {
			t.Errorf("%s: exit %d, %v, %s; want the baseline to hide every finding", p, code, got, errs)
		}
	}
}

// TestSuppressionsEndToEnd checks the suppression fixtures through the CLI:
// suppressed findings are gone, faulty suppressions are warnings that
// count for the exit code, and pplint-suppression is in the SARIF rules.
func TestSuppressionsEndToEnd(t *testing.T) {
	fixture := "../../fixtures/suppress/authorization.md"
	code, got, _ := findingsOf(t, fixture)
	want := "grant-unlimited-term error,pplint-suppression warning,pplint-suppression warning"
	if code != exitFindings || strings.Join(got, ",") != want {
		t.Errorf("exit %d, %v; want %s", code, got, want)
	}
	_, out, _ := pplint(t, "", "check", "--format", "sarif", fixture)
	if !strings.Contains(out, `"id": "pplint-suppression"`) || !strings.Contains(out, `"ruleId": "pplint-suppression"`) {
		t.Error("SARIF lacks the pplint-suppression rule or results")
	}
	// All suppressed and with reasons: exit 0.
	dir := t.TempDir()
	clean := writeFile(t, dir, "a.md", "<!-- pplint-disable -- 存档的旧版本 -->\n"+triad)
	if code, got, _ := findingsOf(t, clean); code != exitClean || len(got) != 0 {
		t.Errorf("fully suppressed: exit %d %v", code, got)
	}
	// The meta rule can itself be switched off in the configuration.
	cfg := writeFile(t, dir, "cfg.yaml", "rules:\n  pplint-suppression: off\n")
	if _, got, _ := findingsOf(t, "--config", cfg, fixture); strings.Join(got, ",") != "grant-unlimited-term error" {
		t.Errorf("pplint-suppression off: %v", got)
	}
}
