package claims

import (
	"regexp"
	"strings"
)

// actBefore and actAfter match a sharing verb that is one item of a list of
// processing acts (收集、存储、使用及对外提供您的信息; 收集、使用、与他人共享或转让;
// 对外提供、转让或公开披露的主要对象; 个人信息共享及接入的SDK): a reference to
// processing in general, not a provision to anyone.
var (
	actBefore = regexp.MustCompile(`(?:收集|使用|存储|储存|保存|处理|加工|传输)(?:、|及|和|或|以及)(?:与他人|与第三方|向他人|向第三方)?$`)
	actAfter  = regexp.MustCompile(`^(?:及接入|、转让|或转让|和转让|及转让|、公开披露|或公开披露)`)
)

// listedAct reports whether the sharing verb h is an item of a list of
// processing acts.
func listedAct(s *sent, h hit) bool {
	return matchRe(actBefore, s.text[:h.start]) || matchRe(actAfter, s.text[h.end:])
}

// Authorisations whose grantees include other parties: the person lets the
// processor and its partners process the information (本人授权贵公司及其合作
// 的第三方机构查询…; 您同意我们和我们的合作伙伴使用…), which provides the
// information to those partners as much as a sharing verb does.
var (
	_ = synonymSet("coGrantee", "第三方", "合作机构", "合作方", "合作伙伴", "合作单位", "服务机构", "数据服务机构",
		"关联公司", "关联方", "关联机构", "合作的", "合作银行", "合作金融机构", "合作商户")
	_ = synonymSet("grantProcess", "查询", "核验", "核实", "处理", "使用", "收集", "获取", "采集", "调取", "留存",
		"保存", "分析", "加工", "评估")
	_ = synonymSet("shareGrantee", "我们", "贵公司", "本公司", "贵司", "我司", "本平台", "贵平台", "贵行", "我行", "本行", "贵方")
	// coGranteeAct: an authorisation or consent naming the processor and a
	// partner joined by a conjunction, then the processing they may do.
	coGranteeAct = mustPattern("授权|同意 ~2 @shareGrantee ~6 及|和|以及|或|、|与 ~14 @coGrantee ~~30 @grantProcess")
)

// inboundBetween are words between the authorisation and the partner that make
// the partner a source (授权我们向合作机构查询) rather than a grantee.
var inboundBetween = []string{"向", "从", "自", "通过"}

// coGrantee returns a share claim for an authorisation extended to partners,
// or false. The partner must be a co-grantee: the authorisation is affirmed
// and unconditional (未经您授权 is a denial), and nothing between it and the
// partner makes the partner the source of the information.
func coGrantee(s *sent) (Claim, bool) {
	if !s.contains([]string{"授权", "同意"}) {
		return Claim{}, false
	}
	for _, m := range s.matchPattern(coGranteeAct) {
		auth, partner := m.slots[0], m.slots[3]
		between := s.text[auth.end:partner.start]
		if s.negated(auth) || containsAny(between, inboundBetween) || strings.HasSuffix(s.text[:auth.start], "未经") {
			continue
		}
		cats, sens, pi := piNear(s, m.slots[4])
		if !pi && !s.contains(genericInfo) {
			continue
		}
		a := attrs{}
		a.set(s, "verb", auth)
		a.set(s, "recipient", partner)
		a.markText(s, "recipient_named", recipientNamedCues)
		a.mark(s, "purpose", sharePurposeCues)
		a.markText(s, "necessity", shareNecessityCues)
		a.markText(s, "separate_consent", separateConsentCues)
		a.markText(s, "legal_duty", legalDutyCues)
		a.markText(s, "exempt", exemptCues)
		a.markText(s, "anonymised", anonymisedCues)
		a.markText(s, "user_directed", userDirectedCues)
		kind := "third_party"
		if containsAny(partner.cue, affiliateTerms) || strings.HasPrefix(partner.cue, "关联") {
			kind = "affiliate"
		}
		return Claim{Type: "share", Kind: kind, Object: "personal_info", Categories: cats, Sensitive: sens,
			Conditional: s.conditional(), Attributes: a}, true
	}
	return Claim{}, false
}

// withInfo keeps the candidate verbs that have the information named near
// them (与合作伙伴共享：我们会与合作伙伴共享您的订单信息 — the item's label
// names none), or all of them when none has.
func withInfo(s *sent, cands []hit) []hit {
	var out []hit
	for _, h := range cands {
		if _, _, pi := piNear(s, h); pi {
			out = append(out, h)
		}
	}
	if len(out) == 0 {
		return cands
	}
	return out
}

// entrusted reports whether the sentence describes entrusted processing
// (委托处理, 按照我们的指示), leaving out examples in brackets (服务供应商
// （例如代表我们发送邮件的服务商）): an example does not make every
// recipient a processor.
func entrusted(s *sent) bool {
	text := bracketed.ReplaceAllString(s.text, "")
	return containsAny(text, entrustTerms) || strings.Contains(text, "委托") && !containsAny(text, []string{"委托人", "委托书"})
}

// bracketed matches a parenthetical aside.
var bracketed = regexp.MustCompile(`（[^（）]*）|\([^()]*\)`)

// withRecipient reports whether a bare 分享 has 与/向 + a recipient before it
// in its clause (将您的信息与合作伙伴分享), and is not stopped (停止分享):
// 分享 alone is mostly the person sharing content.
func withRecipient(s *sent, h hit) bool {
	clause := s.text[s.clauseStart(h.start):h.start]
	if strings.HasSuffix(clause, "停止") {
		return false
	}
	for _, w := range []string{"与", "向", "和"} {
		if i := strings.LastIndex(clause, w); i >= 0 && names(clause[i:]) {
			return true
		}
	}
	return false
}

// sharedObjectRe is the person's information right after a sharing verb
// (共享您的个人信息).
var sharedObjectRe = regexp.MustCompile(`^(您|你|用户)的?(个人信息|个人数据|信息|数据|资料)`)

// sharingSectionObject reports whether h shares the person's information
// under a heading about sharing (共享: 我们在遵守…原则的前提下共享您的个人信息),
// where the heading implies the third-party recipient.
func (s *sent) sharingSectionObject(h hit) bool {
	return h.cue == "共享" && containsAny(s.section, []string{"共享", "对外提供"}) && matchRe(sharedObjectRe, s.text[h.end:])
}

// ownPartners follow the processor's name when it qualifies the recipient.
var ownPartners = []string{"合作", "关联", "指定", "入驻", "授权"}

// inboundVerbs take information in (向第三方调研机构收集…).
var inboundVerbs = []string{"收集", "获取", "采集", "获得", "调取", "查询", "索取", "了解", "接收"}

// inbound reports whether the information comes to the processor rather
// than going out: 运营商会将您的手机号码发送给我们, 从第三方获取您授权共享的信息.
func inbound(s *sent, h hit) bool {
	after := s.text[h.end:]
	for _, us := range []string{"我们", "我司", "本公司", "我行", "本行", "平台"} {
		if !strings.HasPrefix(after, us) {
			continue
		}
		rest := after[len(us):]
		if containsAny(firstRunes(rest, 3), ownPartners) {
			continue // 提供给平台合作的车商: the platform's partners receive
		}
		if !strings.HasPrefix(rest, "的") || containsAny(firstRunes(rest, 4), genericInfo) {
			return true
		}
	}
	clause := s.text[s.clauseStart(h.start):h.start]
	for _, from := range []string{"从", "向"} {
		if i := strings.Index(clause, from); i >= 0 && names(clause[i:]) && (from == "从" || containsAny(clause[i:], inboundVerbs)) {
			return true
		}
	}
	return containsAny(clause, []string{"获取您", "获取你", "间接获取", "间接收集"})
}

// othersUse is information put to the use of others (用于本公司及关联公司的
// 产品营销, 用于合作伙伴的新药研发): they can only use it if they receive it.
var othersUse = mustPattern("用于 ~12 关联公司|关联方|关联企业|合作伙伴|合作方|合作商户|合作药企|第三方 的? ~8 营销|推广|推荐|研发|广告|商业")

// usedForOthers finds information put to the use of others, as the verb
// of a provision.
func usedForOthers(s *sent) (hit, bool) {
	ms := s.matchPattern(othersUse)
	if len(ms) == 0 {
		return hit{}, false
	}
	return s.hitAt(ms[0].start, ms[0].slots[0].end), true
}
