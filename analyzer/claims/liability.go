package claims

import "strings"

// Exclusion of liability for the security of personal information
// (民法典 第四百九十七条、第一千零三十八条; 个保法 第九条、第六十九条).
var (
	// exclusionCues exclude, cap or shift liability.
	exclusionCues = []string{"不承担任何责任", "不承担任何法律责任", "不承担相应的责任", "不承担相应责任", "不承担责任",
		"不承担赔偿责任", "不承担任何赔偿责任", "不承担任何形式的责任", "概不负责", "概不承担", "不负任何责任", "不负责任",
		"不予负责", "不负责", "免责", "免除责任", "免除我们的责任", "免除本公司的责任", "免除平台的责任", "自行承担",
		"风险由您承担", "风险由用户承担", "风险由您自行承担", "不作任何担保", "不予赔偿", "为限", "放弃"}
	// leakTerms say the loss comes from a leak or a security failure.
	leakTerms = []string{"泄露", "泄漏", "外泄", "黑客", "攻击", "篡改", "丢失", "被盗", "盗用", "窃取", "非法获取",
		"安全事件", "病毒", "入侵", "信息安全", "数据安全", "被他人获取", "不法分子"}
	// processingTerms say the loss comes from the processor's own use of
	// the information (行使本条款项下权利, 使用、披露用户资料).
	processingTerms = []string{"行使本条款", "本条款项下权利", "本条项下", "使用及披露", "使用和披露", "使用或披露",
		"处理您的个人信息", "处理用户的个人信息", "使用您的个人信息", "使用用户的个人信息"}
	// userFaultCues allocate a loss the user caused (因您自行泄露密码).
	userFaultCues = []string{"因您自行", "因您自身", "因用户自身", "因用户自行", "因您的原因", "因用户原因", "因用户的原因",
		"由于您的原因", "由于用户原因", "您自身原因", "用户自身原因", "用户因", "您因", "因您未", "因用户未",
		"未妥善保管", "保管不善", "告知他人", "您主动", "用户主动", "因您个人", "因您的过错", "因用户的过错",
		"由于您自身", "您的故意", "非因", "非由于", "因您将", "因用户将", "如您将", "您的共享行为", "因您的", "因用户的",
		"由此造成", "由此导致", "由此引起"}
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
)

// liability extracts a liability_exclusion claim: the processor excludes,
// caps or shifts liability, with its kind (leak, processing, third_party,
// general) and the carve-outs stated.
func liability(s *sent) (Claim, bool) {
	if s.heading {
		return Claim{}, false
	}
	var cands []hit
	for _, h := range s.findAny(exclusionCues) {
		if h.cue == "为限" && !s.contains([]string{"赔偿", "责任"}) {
			continue
		}
		if h.cue == "放弃" && !waivesClaims(s, h) {
			continue
		}
		if h.cue == "自行承担" && !s.contains([]string{"风险", "损失", "责任", "后果"}) {
			continue
		}
		if h.cue == "免责" && excludeNoun[s.tokenAfter(h)] {
			continue
		}
		cands = append(cands, h)
	}
	if len(cands) == 0 {
		return Claim{}, false
	}
	cats, sens := s.categories()
	info := len(cats) > 0 || s.contains([]string{"信息", "资料", "数据", "隐私"})
	a := attrs{}
	h, _ := s.firstAffirmed(cands)
	a.set(s, "cue", h)
	kind := "general"
	switch {
	case a.markText(s, "leak", leakTerms) && info:
		kind = "leak"
	case info && thirdPartyProcesses(s, a):
		kind = "third_party"
	case a.markText(s, "processing", processingTerms) && (info || infoSection(s)):
		kind = "processing"
	}
	a.markText(s, "user_fault", userFaultCues)
	a.markText(s, "carve_back", carveBackCues)
	a.markText(s, "force_majeure", forceMajeureCues)
	return Claim{Type: "liability_exclusion", Kind: kind, Categories: cats, Sensitive: sens,
		Negated: s.negated(h), Conditional: s.conditional(), Attributes: a}, true
}

// waivesClaims reports whether 放弃 at h gives up claims against the
// processor (放弃追究、放弃主张).
func waivesClaims(s *sent, h hit) bool {
	rest := s.text[h.end:]
	if i := strings.IndexAny(rest, "，。；"); i >= 0 {
		rest = rest[:i]
	}
	for _, w := range []string{"追究", "主张", "索赔", "追偿", "起诉", "诉讼", "赔偿"} {
		if strings.Contains(rest, w) {
			return true
		}
	}
	return false
}

// infoSection reports whether the sentence stands in a section or a
// paragraph about the person's information (用户信息的使用, 隐私保护): a
// clause that excludes liability for "exercising the rights under this
// article" inherits the article's object.
func infoSection(s *sent) bool {
	for _, w := range []string{"个人信息", "用户信息", "个人资料", "用户资料", "隐私"} {
		if strings.Contains(s.section, w) || strings.Contains(s.block, w) {
			return true
		}
	}
	return false
}

// thirdPartyProcesses marks third_party when a third party handles the
// information in the sentence (我们对任何第三方使用您个人信息的行为不承担责任).
func thirdPartyProcesses(s *sent, a attrs) bool {
	for _, h := range s.findAny(liableThirdParties) {
		rest := []rune(s.text[h.end:])
		if len(rest) > 12 {
			rest = rest[:12]
		}
		if containsAny(string(rest), []string{"收集", "使用", "处理", "披露", "储存", "存储", "获取", "提供的"}) {
			a.set(s, "third_party", h)
			return true
		}
	}
	return false
}
