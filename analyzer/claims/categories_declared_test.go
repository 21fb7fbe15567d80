package claims

import (
	"slices"
	"testing"
)

// TestDeclaredSensitive: information the text itself calls sensitive is a
// sensitive category; a denial or a general warning is not.
func TestDeclaredSensitive(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		want bool
	}{
		{"会员积分与兑换记录属于敏感信息，收集这些信息是兑换礼品所必需的。", true},
		{"前述证件影印件均为个人敏感信息，请您谨慎上传。", true},
		{"您的车辆行驶证号码系敏感个人信息，我们将加密保存。", true},
		{"以上信息为敏感个人信息，拒绝提供不影响其他功能。", true},
		// near misses
		{"设备型号不属于敏感信息，我们会用于适配显示效果。", false},
		{"我们不会收集您的敏感信息。", false},
		{"请谨慎在公开评论中透露敏感信息。", false},
	} {
		_, sens := categoriesIn(c.text)
		if got := slices.Contains(sens, "declared"); got != c.want {
			t.Errorf("%s: declared = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestMoreSensitiveTerms: health and financial wording beyond the first
// vocabulary; prevention campaigns and card transactions in examples are not.
func TestMoreSensitiveTerms(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text, want string
	}{
		{"我们会记录您的孕期周数与产检化验结果。", "health"},
		{"请上传医生开具的处方照片。", "health"},
		{"我们会读取您的证券账户持仓信息。", "financial_account"},
		{"设置支付密码后，您可以快捷付款。", "financial_account"},
		{"开户时需要完成活体检测。", "face"},
		{"门禁支持指静脉识别。", "biometric"},
		{"骑行过程中我们会获取您的实时定位。", "location"},
		{"我们积极参与疾病预防宣传活动。", ""},
	} {
		_, sens := categoriesIn(c.text)
		if c.want == "" && len(sens) > 0 || c.want != "" && !slices.Contains(sens, c.want) {
			t.Errorf("%s: sensitive = %v, want %q", c.text, sens, c.want)
		}
	}
}
