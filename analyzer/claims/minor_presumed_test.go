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

// TestMinorAddressedAndAdults: an address to a minor after an earlier
// mention, 未满 as an age (not a negation), and a service for adults.
func TestMinorAddressedAndAdults(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "我们重视未成年人信息的保护，若您是未成年人，请先阅读本条。", typ: "minor", kind: "addressed"},
		{text: "我们关心儿童的上网安全，如果您是儿童，请告诉你的爸爸妈妈。", typ: "minor", kind: "addressed"},
		{text: "未满十四周岁的用户完成注册即视为已取得监护人同意。", typ: "minor", attrs: []string{"deemed_guardian"}},
		{text: "本平台仅面向成年人提供服务，未成年人请勿注册。", typ: "minor", kind: "excluded"},
		{text: "本课程面向小学生开放，课程中会收集学生的作业照片。", typ: "minor", kind: "targets"},
		{text: "本应用主要面向青少年用户提供编程课程。", typ: "minor", kind: "targets"},
	})
	c, ok := claimOf(t, "未满十四周岁的用户完成注册即视为已取得监护人同意。", "minor")
	if !ok || c.Attributes["deemed_guardian"].Negated {
		t.Errorf("未满 negates the deemed consent: %+v", c)
	}
}

// TestGuardianAdvice: recommending guardian consent is not requiring it.
func TestGuardianAdvice(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "我们建议未成年人在提交个人信息前征得父母的同意。", typ: "minor", attrs: []string{"guardian_advised", "-guardian_consent"}},
		{text: "我们鼓励家长指导未成年人使用本应用。", typ: "minor", attrs: []string{"guardian_advised", "-guardian_consent"}},
		{text: "希望未成年人在监护人的陪同下阅读本政策。", typ: "minor", attrs: []string{"guardian_advised"}},
		{text: "未成年人须在取得监护人同意后方可注册。", typ: "minor", attrs: []string{"guardian_consent", "-guardian_advised"}},
	})
}
