package claims

import "testing"

func TestPatternMatches(t *testing.T) {
	t.Parallel()
	synonyms["testAct"] = []string{"使用", "注册", "登录"}
	cases := []struct {
		pat, text, want string
	}{
		{"@testAct ~8 即|则 ~2 视为|表示 ~12 同意|接受", "您注册本服务即视为您同意本协议。", "注册本服务即视为您同意"},
		{"@testAct ~8 即|则? ~2 视为|表示 ~12 同意|接受", "您的登录行为将视为您接受本政策。", "登录行为将视为您接受"},
		{"@testAct ~8 即|则 ~2 视为|表示 ~12 同意|接受", "您使用本服务，即视为同意。", ""},
		{"@testAct ~~8 即|则 ~2 视为|表示 ~12 同意|接受", "您使用本服务，即视为同意。", "使用本服务，即视为同意"},
		{"@testAct ~~8 即|则 ~2 视为|表示 ~12 同意|接受", "您使用本服务。即视为同意。", ""},
		{"如 ~6 同意 ~8 停止", "如您不同意本协议请停止使用。", ""},
		{"如 ~6 不同意 ~8 停止", "如您不同意本协议请停止使用。", "如您不同意本协议请停止"},
		{"保留 ~6 修改", "我们保留随时修改的权利。", "保留随时修改"},
		{"保留 ~2 修改", "我们保留随时对本条款进行修改的权利。", ""},
	}
	for _, c := range cases {
		s := sentOf(t, c.text)
		ms := s.matchPattern(mustPattern(c.pat))
		got := ""
		if len(ms) > 0 {
			got = ms[0].text(s)
		}
		if got != c.want {
			t.Errorf("%q on %q = %q, want %q", c.pat, c.text, got, c.want)
		}
	}
}

func TestPatternSyntaxErrors(t *testing.T) {
	t.Parallel()
	for _, src := range []string{"", "~3 同意", "同意 ~x 接受", "同意? 接受", "同意 接受?", "同意||接受"} {
		if _, err := compilePattern(src); err == nil {
			t.Errorf("compilePattern(%q): no error", src)
		}
	}
}
