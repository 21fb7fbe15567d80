package claims

import (
	"slices"
	"testing"
)

func TestCollectorSubject(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text  string
		third bool
	}{
		{"在您使用支付功能时，支付机构会通过其页面收集您的银行卡信息，以完成支付。", true},
		{"开通钱包功能时，财付通会收集您的姓名和银行卡号。", true},
		{"您需按照单位要求提供工资银行卡信息和/或您保存的联系人信息。", false},
		{"在您使用提现功能时，我们会收集您的银行卡号。", false},
	} {
		got, ok := claimOf(t, c.text, "collect")
		if !ok {
			t.Errorf("%s: no collect claim", c.text)
			continue
		}
		if _, third := got.Attributes["third_party"]; third != c.third {
			t.Errorf("%s: third_party = %v, want %v (%v)", c.text, third, c.third, got.Attributes)
		}
	}
}

func TestCreditProfilingTags(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text      string
		financial bool
	}{
		{"我们会分析您的浏览记录，形成反映您兴趣偏好或信用状况等特征的标签，用于推荐内容。", false},
		{"办理分期业务时，我们会查询您的信用状况，用于评估还款能力。", true},
	} {
		_, sens := categoriesIn(c.text)
		if got := slices.Contains(sens, "financial_account"); got != c.financial {
			t.Errorf("%s: financial_account = %v, want %v (%v)", c.text, got, c.financial, sens)
		}
	}
}
