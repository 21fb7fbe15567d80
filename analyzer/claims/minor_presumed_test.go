package claims

import "testing"

// TestPresumedGuardianConsent: guardian consent that is presumed or assumed
// by default is deemed consent; a required or verified one is not.
func TestPresumedGuardianConsent(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "儿童用户注册时，我们默认已取得其父母的同意，并据此处理儿童的个人信息。", typ: "minor", attrs: []string{"deemed_guardian"}},
		{text: "对于未成年人，我们将在推定已获得其监护人授权的情况下收集其账号信息。", typ: "minor", attrs: []string{"deemed_guardian"}},
		{text: "若未成年人完成实名认证，我们推定其监护人已经同意本政策。", typ: "minor", attrs: []string{"deemed_guardian"}},
		// near misses
		{text: "我们会在收集儿童信息前取得其父母或其他监护人的同意。", typ: "minor", attrs: []string{"guardian_consent", "-deemed_guardian"}},
		{text: "如我们根据年龄推定您为未成年人，将引导您的监护人完成验证。", typ: "minor", attrs: []string{"-deemed_guardian"}},
	})
}
