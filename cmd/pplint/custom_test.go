package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

const (
	customDir   = "../../fixtures/custom-policies"
	customBad   = customDir + "/docs/house-notice-bad.md"
	noSublicSrc = customDir + "/no-sublicence/no_sublicence.rego"
)

func TestCheckCustomPolicyText(t *testing.T) {
	code, out, _ := pplint(t, "", "check", "--policy", customDir, customBad)
	if code != exitFindings {
		t.Fatalf("exit %d\n%s", code, out)
	}
	for _, w := range []string{"house-notice-bad.md:7:9  错误  acme-no-sublicence", "依据: 公司制度 第七条",
		"house-notice-bad.md:1:3  警告  acme-dpo-named", "依据: 个保法 第五十二条", "建议: 将许可改为"} {
		if !strings.Contains(out, w) {
			t.Errorf("text report lacks %q:\n%s", w, out)
		}
	}
}

func TestCheckCustomPolicyJSON(t *testing.T) {
	_, out, _ := pplint(t, "", "check", "--format", "json", "--policy", customDir, customBad)
	var rep struct {
		Rules []struct {
			ID, Source, Severity string
			LegalBasis           []struct{ Law, Article, Text string } `json:"legal_basis"`
		}
		Findings []struct {
			RuleID string `json:"rule_id"`
			Level  string
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	// Only the custom rules' findings are checked: built-in disclosure rules
	// also report on this deliberately incomplete notice.
	var got []string
	for _, f := range rep.Findings {
		if strings.HasPrefix(f.RuleID, "acme-") {
			got = append(got, f.RuleID+"/"+f.Level)
		}
	}
	if strings.Join(got, " ") != "acme-dpo-named/warning acme-no-sublicence/error" {
		t.Errorf("findings %v", got)
	}
	found := false
	for _, r := range rep.Rules {
		if r.ID == "acme-no-sublicence" {
			found = true
			if r.Source != noSublicSrc || r.Severity != "error" || len(r.LegalBasis) != 1 || r.LegalBasis[0].Text == "" {
				t.Errorf("rule %+v", r)
			}
		}
	}
	if !found {
		t.Error("JSON rules lack acme-no-sublicence")
	}
}

func TestCheckCustomPolicySARIF(t *testing.T) {
	_, out, _ := pplint(t, "", "check", "--format", "sarif", "--policy", customDir, customBad)
	log, err := sarif.FromString(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := log.Validate(); err != nil {
		t.Fatalf("invalid SARIF: %v", err)
	}
	run := log.Runs[0]
	sources := map[string]any{}
	for _, r := range run.Tool.Driver.Rules {
		sources[*r.ID] = r.Properties.Properties["source"]
		if *r.ID == "acme-dpo-named" && !strings.Contains(*r.Help.Text, "个人信息保护负责人的联系方式") {
			t.Errorf("custom rule help lacks the article text: %s", *r.Help.Text)
		}
	}
	if sources["acme-no-sublicence"] != noSublicSrc || sources["grant-irrevocable"] != "builtin" {
		t.Errorf("rule sources %v", sources)
	}
	var got []string
	for _, res := range run.Results {
		if strings.HasPrefix(*res.RuleID, "acme-") {
			got = append(got, *res.RuleID)
		}
		if res.RuleIndex < 0 || *run.Tool.Driver.Rules[res.RuleIndex].ID != *res.RuleID {
			t.Errorf("%s: wrong ruleIndex %d", *res.RuleID, res.RuleIndex)
		}
	}
	if strings.Join(got, " ") != "acme-dpo-named acme-no-sublicence" {
		t.Errorf("results %v", got)
	}
}

func TestCheckCustomPolicyErrors(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "clash.rego", "# METADATA\n# custom:\n#   id: grant-irrevocable\npackage pplint.custom.house.clash\n\nreport contains 1 if false\n")
	code, out, errs := pplint(t, triad, "check", "--policy", dir, "-")
	if code != exitError || out != "" || !strings.Contains(errs, "clash.rego") || !strings.Contains(errs, "clashes with the built-in rule") {
		t.Errorf("id clash: exit %d, stdout %q, stderr %s", code, out, errs)
	}
	bad := t.TempDir()
	writeFile(t, bad, "broken.rego", "package pplint.custom.house.broken\n\nreport contains x if {\n\tx :=\n}\n")
	code, _, errs = pplint(t, triad, "check", "--policy", bad, "-")
	if code != exitError || !strings.Contains(errs, filepath.Join(bad, "broken.rego")+":5: rego_parse_error") {
		t.Errorf("syntax error: exit %d, stderr %s", code, errs)
	}
	slow := t.TempDir()
	writeFile(t, slow, "slow.rego", "# METADATA\n# custom:\n#   id: house-slow\npackage pplint.custom.house.slow\n\n"+
		"report contains 1 if {\n\tcount([x | some i in numbers.range(1, 4000); some j in numbers.range(1, 4000); x := i * j]) > 0\n}\n")
	code, _, errs = pplint(t, triad, "check", "--policy", slow, "--policy-timeout", "150ms", "-")
	if code != exitError || !strings.Contains(errs, "exceeded the time limit (150ms)") || !strings.Contains(errs, "slow.rego:") {
		t.Errorf("timeout: exit %d, stderr %s", code, errs)
	}
}

func TestTestCommandExitCodes(t *testing.T) {
	code, out, errs := pplint(t, "", "test", customDir)
	if code != exitClean || !strings.Contains(out, "test_fail_software_licence: PASS") || !strings.Contains(out, "PASS: 10/10") {
		t.Errorf("passing suite: exit %d\n%s\n%s", code, out, errs)
	}
	failing := t.TempDir()
	copyTree(t, customDir+"/no-sublicence", failing)
	writeFile(t, failing, "wrong_test.rego", "package pplint.custom.house[\"acme-no-sublicence_wrong_test\"]\n\n"+
		"import data.pplint.custom.house[\"acme-no-sublicence\"] as rule\n\n"+
		"test_fail_expects_a_finding_on_good_text if {\n\tcount(rule.report) > 0 with input as pplint.claims(\"我们授予您一项个人的、不可转让的许可。\")\n}\n")
	code, out, _ = pplint(t, "", "test", failing)
	if code != exitFindings || !strings.Contains(out, "test_fail_expects_a_finding_on_good_text: FAIL") {
		t.Errorf("failing suite: exit %d\n%s", code, out)
	}
	erroring := t.TempDir()
	copyTree(t, customDir+"/no-sublicence", erroring)
	writeFile(t, erroring, "net_test.rego", "package pplint.custom.house.net_test\n\n"+
		"test_success_network if {\n\tnet.lookup_ip_addr(\"example.com\")\n}\n")
	code, _, errs = pplint(t, "", "test", erroring)
	if code != exitError || !strings.Contains(errs, "net_test.rego:4") || !strings.Contains(errs, "network access is disabled") {
		t.Errorf("sandboxed test: exit %d\n%s", code, errs)
	}
	broken := t.TempDir()
	copyTree(t, customDir+"/no-sublicence", broken)
	writeFile(t, broken, "empty_test.rego", "package pplint.custom.house.empty_test\n\n"+
		"test_success_empty_text if {\n\tpplint.claims(\"\").claims == []\n}\n")
	code, out, _ = pplint(t, "", "test", broken)
	if code != exitError || !strings.Contains(out, "ERROR: 1/6") || !strings.Contains(out, "file is empty") {
		t.Errorf("test error: exit %d\n%s", code, out)
	}
	slow := t.TempDir()
	writeFile(t, slow, "slow_test.rego", "package pplint.custom.house.slow_test\n\ntest_success_slow if {\n"+
		"\tcount([x | some i in numbers.range(1, 4000); some j in numbers.range(1, 4000); x := i * j]) > 0\n}\n")
	code, out, _ = pplint(t, "", "test", "--timeout", "150ms", slow)
	if code != exitError || !strings.Contains(out, "eval_cancel_error") {
		t.Errorf("test timeout: exit %d\n%s", code, out)
	}
	if code, _, _ := pplint(t, "", "test"); code != exitClean {
		t.Errorf("built-in policy tests: exit %d", code)
	}
}

func TestInitPolicyScaffoldPassesItsTests(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "house-rules")
	if code, _, errs := pplint(t, "", "init", "--policy", dir); code != exitClean {
		t.Fatalf("init: exit %d: %s", code, errs)
	}
	code, out, errs := pplint(t, "", "test", dir)
	if code != exitClean || !strings.Contains(out, "PASS: 3/3") {
		t.Errorf("scaffold tests: exit %d\n%s\n%s", code, out, errs)
	}
	if code, _, errs := pplint(t, "", "init", "--policy", dir); code != exitError || !strings.Contains(errs, "--force") {
		t.Errorf("second init: exit %d: %s", code, errs)
	}
	if code, _, _ := pplint(t, "", "init", "--policy", dir, "--force"); code != exitClean {
		t.Errorf("init --force: exit %d", code)
	}
	if code, out, _ := pplint(t, "", "rules", "--policy", dir); code != exitClean || !strings.Contains(out, "house-no-face") {
		t.Errorf("scaffolded rule not listed: %s", out)
	}
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	entries, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(to, 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, to, e.Name(), string(b))
	}
}

func readFile(p string) (string, error) {
	b, err := os.ReadFile(p)
	return string(b), err
}

func TestCapabilitiesCommand(t *testing.T) {
	code, out, _ := pplint(t, "", "capabilities")
	if code != exitClean {
		t.Fatalf("exit %d", code)
	}
	caps, err := ast.LoadCapabilitiesJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, b := range caps.Builtins {
		names[b.Name] = true
	}
	if !names["pplint.claims"] || !names["pplint.input"] || !names["regex.match"] || names["http.send"] || names["opa.runtime"] {
		t.Errorf("capabilities: pplint.claims %v, regex.match %v, http.send %v, opa.runtime %v",
			names["pplint.claims"], names["regex.match"], names["http.send"], names["opa.runtime"])
	}
}

// TestConfigPolicies checks that the policies of .pplint.yaml are loaded
// by check, rules and explain, relative to the configuration file, and
// that rule settings may name the custom rules.
func TestConfigPolicies(t *testing.T) {
	abs, err := filepath.Abs(customDir)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	copyTree(t, filepath.Join(abs, "no-sublicence"), filepath.Join(dir, "house", "no-sublicence"))
	writeFile(t, dir, ".pplint.yaml", "policies: [house]\nrules:\n  acme-no-sublicence: warning\n")
	doc, err := os.ReadFile(filepath.Join(abs, "docs", "house-notice-bad.md"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "notice.md", string(doc))
	t.Chdir(dir)
	code, out, errs := pplint(t, "", "check", "notice.md")
	if code != exitFindings || !strings.Contains(out, "notice.md:7:9  警告  acme-no-sublicence") {
		t.Errorf("check with configured policies: exit %d\n%s\n%s", code, out, errs)
	}
	if _, out, _ := pplint(t, "", "rules"); !strings.Contains(out, filepath.Join("house", "no-sublicence", "no_sublicence.rego")) {
		t.Errorf("rules do not list the configured policy with a relative source:\n%s", out)
	}
	if code, _, errs := pplint(t, "", "explain", "acme-no-sublicence"); code != exitClean {
		t.Errorf("explain with configured policies: exit %d: %s", code, errs)
	}
	if code, out, _ := pplint(t, "", "check", "--no-config", "notice.md"); code == exitError || strings.Contains(out, "acme-") {
		t.Errorf("--no-config still loads the configured policies: exit %d\n%s", code, out)
	}
}
