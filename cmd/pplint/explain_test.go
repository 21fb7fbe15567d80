package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestRulesListsBuiltinAndCustom(t *testing.T) {
	code, out, _ := pplint(t, "", "rules", "--policy", customDir)
	if code != exitClean {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(out, "\n")
	if !strings.HasPrefix(lines[0], "ID") || !strings.Contains(lines[0], "SOURCE") {
		t.Errorf("header %q", lines[0])
	}
	for _, w := range []string{"grant-irrevocable", "builtin", "acme-no-sublicence", noSublicSrc, "我方授予的许可不得可转授权"} {
		if !strings.Contains(out, w) {
			t.Errorf("rules table lacks %q:\n%s", w, out)
		}
	}
	_, out, _ = pplint(t, "", "rules", "--format", "json", "--policy", customDir)
	var rules []struct{ ID, Source, Severity string }
	if err := json.Unmarshal([]byte(out), &rules); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range rules {
		got[r.ID] = r.Severity + " " + r.Source
	}
	if got["acme-dpo-named"] != "warning "+customDir+"/dpo-named/dpo_named.rego" || got["grant-sublicensable"] != "error builtin" {
		t.Errorf("json rules %v", got)
	}
}

func TestExplain(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"built-in, Chinese", []string{"explain", "grant-irrevocable"}, []string{
			"grant-irrevocable — 不可撤销的授权", "严重级别: error", "来源: builtin",
			"法律依据", "人脸规定 第十一条（最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件", "信息处理者采用格式条款与自然人订立合同",
			"触发条件", "反例（会触发本规则）", "✗ 本人不可撤销地授权贵公司", "正例（不会触发）", "✓ 您可以随时通过", "修改建议",
			"policies/rules/grants/grant-irrevocable/README.md"}},
		{"built-in, English", []string{"explain", "--lang", "en", "grant-irrevocable"}, []string{
			"grant-irrevocable — Irrevocable grant", "Legal basis", "What triggers it", "A form clause makes",
			"Bad (triggers the rule)", "Good (does not trigger)", "Fix\n  Limit the grant"}},
		{"custom, README examples", []string{"explain", "--policy", customDir, "acme-dpo-named"}, []string{
			"acme-dpo-named — 未公开个人信息保护负责人的联系方式", "来源: " + customDir + "/dpo-named/dpo_named.rego",
			"个保法 第五十二条（中华人民共和国个人信息保护法）", "个人信息处理者应当公开个人信息保护负责人的联系方式",
			"✗ 我们已设立个人信息保护负责人，联系方式请见官网。", "✓ 个人信息保护负责人：王某。", customDir + "/dpo-named/README.md"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := pplint(t, "", c.args...)
			if code != exitClean {
				t.Fatalf("exit %d: %s", code, errs)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("explain lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

// TestExplainMetadataExamples covers a custom rule without a README: the
// examples come from METADATA custom.examples.
func TestExplainMetadataExamples(t *testing.T) {
	dir := t.TempDir()
	b, err := readFile(noSublicSrc)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "no_sublicence.rego", b)
	code, out, errs := pplint(t, "", "explain", "--lang", "en", "--policy", dir, "acme-no-sublicence")
	if code != exitClean {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, w := range []string{"We never grant sub-licensable licences", "✗ 我们授予您一项可转授权的、非独占的许可", "✓ 我们授予您一项个人的、不可转让的"} {
		if !strings.Contains(out, w) {
			t.Errorf("explain lacks %q:\n%s", w, out)
		}
	}
	if strings.Contains(out, "Docs:") {
		t.Errorf("no README, yet a Docs line:\n%s", out)
	}
	if code, _, errs := pplint(t, "", "explain", "no-such-rule"); code != exitError || !strings.Contains(errs, "unknown rule") {
		t.Errorf("unknown rule: exit %d: %s", code, errs)
	}
}

func TestDisplayWidth(t *testing.T) {
	for s, want := range map[string]int{"": 0, "abc": 3, "个保法": 6, "个保法 第五条": 13, "（“x”）": 7} {
		if got := displayWidth(s); got != want {
			t.Errorf("displayWidth(%q) = %d, want %d", s, got, want)
		}
	}
}
