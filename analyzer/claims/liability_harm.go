package claims

import "slices"

// Harm vocabulary.
var (
	// leakTerms say the information leaked or was misused.
	leakTerms = []string{"泄露", "泄漏", "外泄", "泄密", "篡改", "擅改", "被盗", "盗用", "盗取", "窃取",
		"非法获取", "安全事件", "信息安全", "数据安全", "被他人获取", "被他人使用", "被他人利用",
		"未经授权", "未授权", "非授权", "未经许可", "被冒用", "冒名", "截获", "截取", "非法使用", "非法利用", "非法用途",
		"被利用", "被复制", "被窃", "被非法", "破解", "盗号"}
	// causeTerms name a security failure; like lossTerms they concern
	// personal information only when the person's information is named
	// (黑客攻击导致信息的延误 is an outage).
	causeTerms = []string{"黑客", "攻击", "病毒", "入侵", "不法分子", "木马"}
	// preventWords make a harm what a measure or a warning guards against
	// (谨防账号泄露).
	preventWords = []string{"谨防", "防止", "避免", "以免", "防范", "免遭", "确保", "保护"}
	// misusedBy is information or an account misused by someone
	// (被第三方冒用, 遭到他人非法访问, 被他人登录).
	// insecure names the security of the information (个人信息的安全).
	insecure  = mustPattern("信息|资料|数据|账号|帐号|账户|隐私 ~3 安全")
	misusedBy = mustPattern("被|遭|遭到|遭受 ~8 冒用|盗用|盗取|窃取|非法|篡改|破解|泄露|攻击|入侵|截获|登录|获取|利用|复制|访问|使用")
	// lossTerms are harms that concern personal information only when the
	// object is the person's information or account (数据的丢失 on the
	// person's computer is not).
	lossTerms = []string{"丢失", "灭失", "流失", "毁损", "损毁", "被删除"}
	// strongInfo name the person's information or account.
	strongInfo = []string{"个人信息", "个人资料", "用户资料", "用户信息", "会员资料", "会员信息", "客户信息", "客户资料",
		"身份信息", "隐私", "账号", "帐号", "账户", "帐户", "密码", "用户数据", "个人数据", "您的信息", "你的信息",
		"您的资料", "您的数据", "本人信息", "本人的信息"}
	// processingTerms say the loss comes from the processor's own use of
	// the information (行使本条款项下权利, 使用、披露用户资料).
	processingTerms = []string{"行使本条款", "本条款项下权利", "本条项下", "使用及披露", "使用和披露", "使用或披露",
		"处理您的个人信息", "处理用户的个人信息", "使用您的个人信息", "使用用户的个人信息"}
	// carveBackCues keep the processor liable for its own fault or by law.
	carveBackCues = []string{"过错导致的除外", "过错的除外", "过错造成的除外", "重大过失的除外", "重大过失除外",
		"依法承担", "依法部分", "依法免除", "依法减轻", "依照法律规定承担", "法律另有规定的除外",
		"仍会", "仍将", "依法履行"}
	// liableThirdParties are independent third parties the user deals with.
	liableThirdParties = []string{"第三方", "其他用户", "他人", "第三人"}
	// excludeNoun follow 免责 used as a noun (免责规定, 免责声明).
	excludeNoun = map[string]bool{"规定": true, "声明": true, "条款": true, "事由": true, "事宜": true}
	// forceMajeureCues name force majeure.
	forceMajeureCues = []string{"不可抗力", "不可抗拒"}
	// anaphorRisk refer back to a risk the paragraph described (上述风险).
	anaphorRisk = mustPattern("上述|前述|该等|此类|该|这些|以上|此种|这种|这类|由此|因此 ~6 风险|后果|损失|情形|情况")
	// anaphorThis refers back to what the paragraph just said (对此，本公司不承担责任).
	anaphorThis = mustPattern("对此|就此|对此类|对该等|对上述|对前述|对以上")
)

// hackTerms are security failures some texts call force majeure.
var hackTerms = []string{"黑客", "计算机病毒", "网络攻击", "病毒侵入", "木马"}

// hackingAsForceMajeure makes an exclusion for force majeure a leak
// exclusion when the sentence or its paragraph counts hacking as force
// majeure: securing the information is the processor's duty.
func hackingAsForceMajeure(s *sent, a attrs, kind string) string {
	fm := s.findSub(forceMajeureCues)
	if len(fm) == 0 {
		return kind
	}
	if hs := s.findSub(hackTerms); len(hs) > 0 {
		a.set(s, "leak", hs[0])
		return "leak"
	}
	if containsAny(s.block, hackTerms) {
		a.set(s, "leak", fm[0])
		return "leak"
	}
	return kind
}

// harmed reports whether the sentence names a leak or a security failure of
// information, or the loss or theft of the person's information or
// account, and marks the harm as leak.
func harmed(s *sent, a attrs) bool {
	h, ok := harmHit(s)
	if ok {
		a.set(s, "leak", h)
	}
	return ok
}

// harmedText is harmed for a text with no claim to mark (the paragraph a
// 上述风险 refers to).
func harmedText(text string) bool {
	_, ok := harmHit(&sent{text: text})
	return ok
}

// harmHit finds the harm: a leak or misuse of information, or a loss or
// security failure of the person's information or account, that no
// warning or measure guards against.
func harmHit(s *sent) (hit, bool) {
	cats, _ := s.categories()
	strong := len(cats) > 0 || s.contains(strongInfo)
	var hits []hit
	if strong || s.contains(genericInfo) {
		hits = append(hits, s.findSub(leakTerms)...)
		for _, m := range append(s.matchPattern(misusedBy), s.matchPattern(insecure)...) {
			h := s.hitAt(m.start, m.end)
			h.cue = m.text(s)
			hits = append(hits, h)
		}
	}
	if strong {
		hits = append(hits, s.findSub(slices.Concat(lossTerms, causeTerms))...)
	}
	sortHits(hits)
	for _, h := range hits {
		if !containsAny(s.text[s.clauseStart(h.start):h.start], preventWords) {
			return h, true
		}
	}
	return hit{}, false
}

// harmedBefore reports whether the sentence refers back (上述风险, 该等后果)
// to a paragraph that names a harm to the person's information, and marks
// the reference as leak.
func harmedBefore(s *sent, a attrs) bool {
	ms, _ := s.matchAny([]*pattern{anaphorRisk, anaphorThis})
	if len(ms) == 0 || !harmedText(s.block) {
		return false
	}
	h := s.hitAt(ms[0].start, ms[0].end)
	h.cue = ms[0].text(s)
	a.set(s, "leak", h)
	return true
}
