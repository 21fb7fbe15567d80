package claims

import (
	"strings"
)

// Exclusion of liability for the security of personal information
// (民法典 第四百九十七条、第一千零三十八条; 个保法 第九条、第六十九条).
//
// A clause excludes liability in one of its wordings (exclusionPatterns:
// 不承担…责任, 概不负责, 免责, 由您自行承担…风险, 放弃…追究, …以…为限) and
// names the harm excluded (a leak, theft of the account, unauthorised
// access, the processor's own processing). In a list the two halves part:
// the lead-in (发生下列情形之一的，本平台不承担责任：) excludes, and each item
// that names a harm to personal information is its own exclusion.

func init() {
	synonymSet("liabNoBear", "不承担", "不负", "概不承担", "无需承担", "无须承担", "不必承担", "不会承担", "不再承担", "不予承担")
	synonymSet("liabDuty", "责任", "赔偿", "补偿", "义务", "后果")
	synonymSet("liabSelf", "自行", "自身", "自己", "自愿", "独自")
	synonymSet("liabBear", "承担", "负担", "负责", "承受")
	synonymSet("liabParty", "您", "你", "用户", "本人", "会员", "客户", "个人", "使用者", "乙方")
	synonymSet("liabClaim", "追究", "主张", "索赔", "追偿", "起诉", "诉讼", "追索", "求偿", "要求赔偿", "要求补偿")
	synonymSet("liabFault", "原因", "过错", "过失", "疏忽", "保管", "自行", "自发", "主动", "故意", "违反", "违规", "不当",
		"失误", "告知", "透露", "借给", "转借", "出借", "转让", "将", "擅自", "行为", "共享", "分享", "不真实", "虚假", "不实",
		"未", "没有")
	synonymSet("liabWeak", "不完善", "不健全", "不充分", "缺陷", "无法保障", "不能保障", "不足")
	synonymSet("liabKnow", "知悉", "了解", "理解", "明白", "清楚", "知晓", "明知")
}

// exclusionPatterns exclude, cap, shift or waive liability.
var exclusionPatterns = []*pattern{
	mustPattern("@liabNoBear ~20 @liabDuty"),
	mustPattern("概不负责|不予负责|不负责任|不负责|免责|不予赔偿|不予补偿|不作赔偿|不作任何担保|不作任何承诺|不作任何保证|不做任何保证|不提供任何保证|风险自负|后果自负|责任自负|自担风险|概不承担|不予承担"),
	mustPattern("与本公司|与我们|与平台|与本平台|与本网站|与本站|与我方|与本行|与我司|与公司|与甲方|与贵司|与贵公司|与贵行|与被授权人|与被授权方|与本机构|与本中心 ~4 无关"),
	mustPattern("视为 ~4 @liabParty ~4 本人|自己|自身 ~4 行为|操作"),
	mustPattern("免除 ~20 责任|义务"),
	mustPattern("不|不会|不再 为此|因此|对此|就此 ~4 承担|负责|赔偿"),
	mustPattern("无需|无须|不必|不需 ~6 承担|负责|赔偿|补偿"),
	mustPattern("不对 ~30 负责|承担"),
	mustPattern("@liabSelf ~3 @liabBear"),
	mustPattern("由 @liabParty ~6 @liabBear"),
	mustPattern("@liabParty ~~15 @liabBear ~20 风险|损失|后果"),
	mustPattern("放弃 ~20 @liabClaim"),
	mustPattern("免于|免予 ~6 承担|负责|赔偿|追究"), // 被授权人免于承担任何责任
	// 本人不因信息泄露对贵司提出任何索赔
	mustPattern("@liabParty|授权人|立书人|投保人|受检者 ~4 不|不因|不会|不再|不得 ~16 提出|提起 ~4 @liabClaim|异议|权利主张"),
	mustPattern("不|不会|不再|不得 就|对 ~30 提出|提起 ~6 @liabClaim"), // 承诺不就…的行为提出任何索赔
	mustPattern("不|不会|不再|不得 ~30 向 ~8 @liabClaim"),
	mustPattern("不会|不得|不再 追究|追偿 ~12 责任|赔偿"), // 亦不会追究公司的任何责任         // 不会以…为由就…向贵司主张任何权利
	mustPattern("赔偿|责任 ~~30 为限"),
	mustPattern("本人 ~~12 @liabKnow ~~40 风险"),
	mustPattern("本人 ~~12 @liabKnow ~~30 安全 ~12 @liabWeak"),
	mustPattern("已知悉|已经知悉|已充分知悉|已明确知悉|已了解|已充分了解 ~~30 安全 ~12 @liabWeak"),
}

// liabDenials deny that the person bears or waives anything.
var liabDenials = []string{"无需", "无须", "不必", "不用", "不会", "不需", "不再", "并不", "不应", "无义务"}

// liability extracts a liability_exclusion claim: the processor excludes,
// caps or shifts liability, with its kind (leak, processing, third_party,
// general) and the carve-outs stated. An item of a list whose lead-in
// excludes liability is an exclusion of the harm the item names.
func liability(s *sent) (Claim, bool) {
	if s.heading {
		return Claim{}, false
	}
	cands := exclusions(s)
	if len(cands) == 0 {
		if s.lead != "" && !sibling(s.lead, s.text) && leadExcludes(s.lead) {
			return excludedItem(s)
		}
		return Claim{}, false
	}
	cats, sens := s.categories()
	info := len(cats) > 0 || s.contains([]string{"信息", "资料", "数据", "隐私"})
	a := attrs{}
	h, _ := s.firstAffirmed(cands)
	a.set(s, "cue", h)
	kind := "general"
	switch {
	case harmed(s, a):
		kind = "leak"
	case info && thirdPartyProcesses(s, a), thirdPartyTech(s, a, h):
		kind = "third_party"
	case a.markText(s, "processing", processingTerms) && (info || infoSection(s)):
		kind = "processing"
	case processes(s, a) || waiver(h.cue) && waivesUse(s, a):
		kind = "processing"
	case harmedBefore(s, a):
		kind = "leak"
	}
	if kind == "general" {
		kind = hackingAsForceMajeure(s, a, kind)
	}
	if strings.HasSuffix(h.cue, "无关") && kind != "leak" && !containsAny(s.clauseOf(h), ownInfo) {
		kind = "general" // 您使用第三方服务与我们无关: no harm to the information named
	}
	markFault(s, a)
	a.markText(s, "carve_back", carveBackCues)
	a.markText(s, "force_majeure", forceMajeureCues)
	return Claim{Type: "liability_exclusion", Kind: kind, Categories: cats, Sensitive: sens,
		Negated: s.negated(h), Conditional: s.conditional(), Attributes: a}, true
}

// exclusions finds the wordings that exclude liability.
func exclusions(s *sent) []hit {
	var out []hit
	for _, p := range exclusionPatterns {
		for _, m := range s.matchPattern(p) {
			h := s.hitAt(m.start, m.end)
			h.cue = m.text(s)
			if excludes(s, h) {
				out = append(out, h)
			}
		}
	}
	sortHits(out)
	return dedupe(out)
}

// leadExcludes reports whether a lead-in excludes liability, not denying
// it (以下情形我们不会免除责任：).
func leadExcludes(lead string) bool {
	for _, h := range exclusions(&sent{text: lead}) {
		before := lead[:h.start]
		if !strings.HasSuffix(before, "不会") && !strings.HasSuffix(before, "不得") && !strings.HasSuffix(before, "并不") &&
			!strings.HasSuffix(before, "不能") {
			return true
		}
	}
	return false
}

// excludes drops wordings that exclude nothing here: 免责 as a noun
// (免责声明), a waiver or a shifted burden with no loss or risk in the
// sentence (放弃该账号的权益).
func excludes(s *sent, h hit) bool {
	if strings.HasPrefix(h.cue, "免责") && excludeNoun[s.tokenAfter(h)] {
		return false
	}
	if strings.HasPrefix(h.cue, "由") && strings.Contains(h.cue, "不") {
		return false // 由您提供的信息不承担: the exclusion is 不承担, not a shift
	}
	if startsWithParty(h.cue) && containsAny(h.cue[1:], processorCues) && !containsAny(h.cue, []string{"提出", "提起"}) {
		return false // 您的信息泄露，我们将承担由此给您造成的损失
	}
	if strings.HasPrefix(h.cue, "无") || strings.HasPrefix(h.cue, "不必") || strings.HasPrefix(h.cue, "不需") {
		return !s.userActor(h) // 我们无需承担 excludes; 您无需承担 relieves the person
	}
	if !strings.HasPrefix(h.cue, "不") && containsAny(h.cue, liabDenials) && !waiver(h.cue) {
		return false // 您无需承担任何风险
	}
	if !strings.ContainsAny(h.cue[:3], "不概免") && (strings.HasSuffix(h.cue, "承担") || strings.HasSuffix(h.cue, "负担") ||
		strings.HasSuffix(h.cue, "负责") || strings.HasSuffix(h.cue, "承受")) {
		return s.contains([]string{"风险", "损失", "责任", "后果", "损害"})
	}
	return true
}

// excludedItem is an item of a list whose lead-in excludes liability
// (发生下列情形之一的，我们不承担责任：…（2）用户资料被泄露): an exclusion
// when the item itself names a harm to the person's information.
func excludedItem(s *sent) (Claim, bool) {
	a := attrs{}
	if !harmed(s, a) {
		return Claim{}, false
	}
	a["cue"] = a["leak"]
	markFault(s, a)
	if _, ok := a["user_fault"]; !ok && !s.contains(externalCauses) && userActs(s.lead) {
		// the lead-in limits the list to losses not of our making (下列非因我们过错…)
		a["user_fault"] = Cue{Cue: "", Span: s.span(0, 0)}
	}
	a.markText(s, "carve_back", carveBackCues)
	cats, sens := s.categories()
	return Claim{Type: "liability_exclusion", Kind: "leak", Categories: cats, Sensitive: sens,
		Conditional: s.conditional(), Attributes: a}, true
}

// processingAct is the processor's own use of the information the
// exclusion covers (我们使用、披露您的个人资料…不承担责任).
var processingAct = mustPattern("我们|本公司|公司|平台|本网站|本站|我方|本行|贵司|贵公司|贵行|被授权人|被授权方|甲方|我司 ~8 查询|使用|披露|提供|共享|公开|处理|利用|保存|留存 ~~10 您的|用户的|会员的|个人|本人|授权人|立书人|乙方 ~4 信息|资料|数据")

// accuracyTerms make an exclusion a disclaimer of the accuracy of the
// information obtained (查询所获信息的真实性由提供方负责), not of its security.
var accuracyTerms = []string{"真实性", "准确性", "完整性", "及时性", "有效性"}

// authorisedUse is processing under the document itself (依据本授权书处理
// 本人信息): the processor's own processing, whoever is named as acting.
var authorisedUse = mustPattern("依据|依照|根据|依|按照 本授权|本授权书|本协议|本同意书 ~6 查询|使用|处理|保存|提供|采集|收集")

// waivedUse is the processor's later use of the person's information or
// samples named in a waiver (放弃就其样本和数据的后续使用主张任何权利).
var waivedUse = mustPattern("其|本人|您|你|用户|会员|个人|@person ~10 信息|资料|数据|样本|病历|档案|肖像 ~8 使用|处理|利用|保存|查询|提供|披露|研究|开发")

// ownInfo name the person's own information (合作机构对本人信息的使用与贵司
// 无关), not content third parties offer (您使用第三方提供的信息与我们无关).
var ownInfo = []string{"个人信息", "本人信息", "本人的信息", "用户信息", "用户的信息", "您的信息", "其信息", "授权人信息",
	"授权人的信息", "个人资料", "本人资料"}

// waiver reports whether an exclusion cue waives the person's claims
// (放弃…主张, 不得就…提出索赔).
func waiver(cue string) bool {
	return strings.HasPrefix(cue, "放弃") || containsAny(cue, synonyms["liabClaim"]) || strings.Contains(cue, "异议")
}

// waivesUse marks processing when a waiver covers the use of the person's
// information.
func waivesUse(s *sent, a attrs) bool {
	ms := s.matchPattern(waivedUse)
	if len(ms) == 0 {
		return false
	}
	h := s.hitAt(ms[0].start, ms[0].end)
	h.cue = ms[0].text(s)
	a.set(s, "processing", h)
	return true
}

// processes marks processing when the sentence has the processor use the
// person's information.
func processes(s *sent, a attrs) bool {
	ms := s.matchPattern(processingAct)
	if len(ms) == 0 && !s.contains(accuracyTerms) {
		ms = s.matchPattern(authorisedUse)
	}
	if len(ms) == 0 {
		return false
	}
	h := s.hitAt(ms[0].start, ms[0].end)
	h.cue = ms[0].text(s)
	a.set(s, "processing", h)
	return true
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

// startsWithParty reports whether a cue opens with the person (您…承担…风险).
func startsWithParty(cue string) bool {
	for _, p := range synonyms["liabParty"] {
		if strings.HasPrefix(cue, p) {
			return true
		}
	}
	return false
}
