package claims

import "testing"

// TestShareOwnTermsException: a denial of sharing whose exception reaches
// the notice's own terms or an agreement asserts the excepted provisions;
// exceptions citing only the law or consent, and plain denials (我们不会
// 主动共享: 主动 is the processor's adverb, not the person offering), stay
// denials.
func TestShareOwnTermsException(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"除本政策及《用户服务协议》约定的情形外，未经您同意，我们不会向第三方共享您的个人信息。", "share", "third_party", false, []string{"exceptions"}},
		{"除了本指引所述的情况以外，我们不会把您的个人资料提供给合作伙伴。", "share", "third_party", false, []string{"exceptions"}},
		{"除非本声明另有约定，我们不会将你的账户信息分享给任何第三方。", "share", "third_party", false, []string{"exceptions"}},
		{"除本规则列明的情形之外，平台不会将用户数据共享给合作商户。", "share", "third_party", false, []string{"exceptions"}},
		{"除法律法规另有规定外，未经您的单独同意，我们不会向第三方共享您的个人信息。", "share", "", true, []string{"-exceptions"}},
		{"除非事先征得您的同意，我们不会与任何第三方共享您的个人信息。", "share", "", true, []string{"-exceptions"}},
		{"我们不会主动共享您的个人信息给第三方。", "share", "", true, nil},
		{"除本政策第六条所述的法定情形外，我们不会向第三方提供您的个人信息。", "share", "", true, []string{"-exceptions"}},
		{"您可以主动将您的作品分享给其他用户。", "!share", "", false, nil},
	})
}
