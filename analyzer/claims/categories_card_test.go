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
