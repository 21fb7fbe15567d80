package claims

import (
	"slices"
	"testing"
)

// TestPaymentCardIsFinancialAccount: payment and debit card data and card
// numbers are financial-account information (个保法 第二十八条); the credit
// card as a product or a transaction type, and an example in a security
// statement, name no account data.
func TestPaymentCardIsFinancialAccount(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text string
		fin  bool
	}{
		{"为核验监护人身份，我们会收集监护人的支付卡信息。", true},
		{"您绑定借记卡时，我们需要您提供卡号、有效期及预留手机号。", true},
		{"为完成扣款，我们会保存您的信用卡号后四位及发卡行。", true},
		{"您可以选择绑定信用卡账户用于自动续费，我们将保存该账户的脱敏信息。", true},
		{"如您申请信用卡服务，需提供姓名、证件号码及手机号码。", false},
		{"服务提供商可能为我们处理信用卡交易或其他支付方式。", false},
		{"我们会收集您的昵称和头像，用于展示个人主页。", false},
	}
	for _, c := range cases {
		_, sens := categoriesIn(c.text)
		if got := slices.Contains(sens, "financial_account"); got != c.fin {
			t.Errorf("%s: financial account = %v, want %v (%v)", c.text, got, c.fin, sens)
		}
	}
}

// TestChildAgeIsMinorData: information of children under 14, however the
// age is written (14周岁以下, 不满14岁, 十四岁以下), is sensitive; minors
// under 18 and adults are not this category.
func TestChildAgeIsMinorData(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text  string
		child bool
	}{
		{"我们会收集14周岁以下用户的昵称和年级。", true},
		{"对于不满14岁的孩子，我们会记录其学习时长。", true},
		{"家长可为十四岁以下子女填写姓名和学校。", true},
		{"我们会在监护人同意后处理儿童的信息。", true},
		{"我们会收集未成年人的游戏时长，用于防沉迷。", false},
		{"本服务面向18周岁以上的成年用户。", false},
		{"我们会收集您的手机号码。", false},
	}
	for _, c := range cases {
		_, sens := categoriesIn(c.text)
		if got := slices.Contains(sens, "minor"); got != c.child {
			t.Errorf("%s: child data = %v, want %v (%v)", c.text, got, c.child, sens)
		}
	}
}
