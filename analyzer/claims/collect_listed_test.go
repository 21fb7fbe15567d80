package claims

import (
	"slices"
	"testing"
)

// listedSensitive returns the sensitive categories of the affirmed collect
// claims of text.
func listedSensitive(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, c := range extractText(t, text).Claims {
		if c.Type == "collect" && !c.Negated {
			for _, s := range c.Sensitive {
				if !slices.Contains(out, s) {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// TestListedCollect: an entry without a verb under a heading announcing
// collection is collected; the same entry elsewhere is not.
func TestListedCollect(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text string
		want string // sensitive category expected, "" for none
	}{
		{"## 二、我们采集的信息\n\n| 信息 | 场景 |\n|---|---|\n| 指纹模板 | 解锁保险箱时 |\n", "biometric"},
		{"### 收集的个人信息清单\n\n- 银行卡号：绑卡支付\n- 昵称：展示\n", "financial_account"},
		{"# 我们如何获取您的数据\n\n1. 病历摘要\n2. 设备型号\n", "health"},
		// near misses: a heading that is not about collection, or one that denies it
		{"## 常见问题\n\n- 指纹模板\n", ""},
		{"## 我们不会收集的信息\n\n- 宗教信仰\n", ""},
		{"## 第三方获取的数据\n\n- 人脸照片\n", ""},
	}
	for _, c := range cases {
		got := listedSensitive(t, c.text)
		if c.want == "" && len(got) > 0 || c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("%q: sensitive collected = %v, want %q", c.text, got, c.want)
		}
	}
}

// TestWrittenConsentOfOthers: the processor's or a rights holder's written
// consent is not the person's.
func TestWrittenConsentOfOthers(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "我们处理您的病历前，将取得您的书面同意。", typ: "consent", kind: "written"},
		{text: "人脸信息仅在征得您单独同意后采集。", typ: "consent", kind: "separate"},
		{text: "平台会通过弹窗另行征得您的同意。", typ: "consent", kind: "separate"},
		{text: "未经本公司事先书面同意，用户不得转载本站内容。", typ: "!consent"},
		{text: "除我方书面同意外，您不得将账号转让他人。", typ: "!consent"},
		{text: "经著作权人的书面授权，方可转载。", typ: "!consent"},
	})
}

// TestPersonBindsAccount: binding an account is processing it.
func TestPersonBindsAccount(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"# 隐私政策\n\n开通支付时，您需要绑定本人的银行卡。\n",
		"# 隐私政策\n\n提现前请绑定您的银行账户并提供开户行信息。\n",
		"# 隐私政策\n\n我们会在您绑定支付账户时核验账户信息。\n",
	} {
		if got := listedSensitive(t, text); !slices.Contains(got, "financial_account") {
			t.Errorf("%q: got %v, want financial_account", text, got)
		}
	}
}

// TestSeparateConsentApart: separate consent worded with its parts apart;
// a separate notice without consent, or explicit consent, is not.
func TestSeparateConsentApart(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "读取您的通讯录前，我们会另行向您说明用途并征得您的同意。", typ: "consent", kind: "separate"},
		{text: "开启声纹登录时，我们会再次征求您的授权。", typ: "consent", kind: "separate"},
		{text: "收集前我们会通过专门的授权弹窗请您确认是否同意。", typ: "consent", kind: "separate"},
		{text: "我们将就此取得您的专项授权。", typ: "consent", kind: "separate"},
		// near misses
		{text: "我们会单独提示您相关功能的用途。", typ: "!consent"},
		{text: "收集前将征得您的明示同意。", typ: "consent", kind: "explicit"},
	})
}
