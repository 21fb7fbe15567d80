package claims

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Provision of personal information to another party (个保法 第二十三条).
var (
	// shareVerbs give information to a recipient named around them.
	shareVerbs = []string{"共享", "分享给", "分享", "提供给", "披露给", "转交给", "传输给", "发送给", "传送给", "转让给",
		"对外提供", "交由", "交给", "移交给", "同步给", "同步至", "传递给", "传递至", "推送至", "共同使用", "推送给", "转发给", "开放给", "披露予", "提供予", "传输至", "发送至", "报送至", "报送给", "交换"}
	// provideVerbs need 向 + recipient before them (向合作方提供).
	provideVerbs = []string{"提供", "披露", "透露", "传输", "发送", "报送", "推送", "开放"}
	// recipientTerms name who receives the information.
	recipientTerms = []string{"第三方", "合作伙伴", "合作方", "合作机构", "合作商", "合作单位", "合作的", "伙伴",
		"关联公司", "关联方", "关联企业", "关联机构", "集团", "服务商", "服务提供商", "提供方", "供应商", "广告主",
		"广告商", "商家", "他人", "其他公司", "其他组织", "其他机构", "保险机构", "保险公司", "金融机构", "征信机构", "受托方",
		"受托人", "受托者", "云服务", "SDK", "接收方", "运营商", "对外", "营销机构", "其他个人信息处理者", "其他方", "任何人", "任何公司", "外部", "有限公司", "物流",
		"快递公司", "支付机构", "其他平台", "电商平台", "医疗机构", "医院", "药房", "药店", "企业", "用人单位", "商户", "卖家", "开发者", "服务方", "媒体", "合作"}
	// partnerTerms name recipients that are not authorities.
	partnerTerms = []string{"第三方", "合作", "伙伴", "关联", "服务商", "供应商", "商家", "他人"}
	// affiliateTerms mark recipients inside the processor's group.
	affiliateTerms = []string{"关联公司", "关联方", "关联企业", "关联机构", "集团"}
	// entrustTerms mark entrusted processing (个保法 第二十一条), not provision.
	entrustTerms = []string{"委托处理", "受托", "委托第三方", "委托其他", "委托合作", "委托服务商", "委托我们的",
		"委托云", "代表我们", "按照我们的指示", "按照我们的要求", "按我们的指示", "根据我们的指示", "遵照我们的指示"}
	// authorityTerms mark disclosures to authorities under a legal duty.
	authorityTerms = []string{"机关", "监管部门", "政府部门", "主管部门", "执法部门", "法院", "监管机构"}
	// recipientNamedCues name the recipient or point to a list of recipients.
	recipientNamedCues = []string{"有限公司", "有限责任公司", "股份公司", "共享清单", "第三方清单", "SDK清单",
		"合作方清单", "清单", "列表", "附表", "附录", "如下表", "详见", "支付宝", "微信支付", "财付通", "银联", "云闪付"}
	// recipientNoticeCues promise to tell the person who the recipient is.
	recipientNoticeCues = []string{"接收方的名称", "接收方名称", "接收方的身份", "接收方身份", "接收方的联系方式",
		"接收方联系方式", "对方的名称", "第三方的名称", "第三方名称"}
	// sharePurposeCues state why the information is given.
	sharePurposeCues = []string{"用于", "以便", "为了", "目的", "以实现", "以完成", "以向您", "以为您", "为向您",
		"为您提供", "为实现", "为完成", "以保障", "以供", "以保证", "为保证", "以使", "以确保", "为确保", "以帮助", "为保障", "是为了", "为帮助"}
	// shareNecessityCues state that the provision is needed for the service.
	shareNecessityCues = []string{"所必需", "所必须", "必需的", "必要的", "确需", "服务必要", "履行合同", "履行协议",
		"订立、履行", "为完成该", "必要信息", "完成配送", "为履行", "完成支付", "完成订单", "完成您的订单", "订单履行",
		"完成交付", "送达", "配送", "物流服务", "收到商品", "支付指令", "完成下单", "下单支付", "支付功能", "交付商品",
		"安排送货", "必要个人信息"}
	// userGiverCues make the person the one who gives (您向第三方提供的信息).
	userGiverCues = []string{"您向", "你向", "用户向", "儿童向", "请您", "请你", "您将", "你将", "您需要同意", "您自行",
		"您通过", "你通过", "您或其他", "你或其他", "您原本", "其他人", "主动提供", "主动", "如您", "如你",
		"您主动", "您可以", "您也可以", "您选择", "您在使用第三方", "您使用第三方", "您使用该第三方", "您使用该等第三方"}
	// userDirectedCues make the provision one the person asks for.
	userDirectedCues = []string{"您的指示", "你的指示", "您指定的", "你指定的", "您想要联系", "您选择的", "你选择的",
		"应您的要求", "根据您的要求", "您主动要求", "您的要求"}
	// explicitConsentCues state consent that is not separate consent.
	explicitConsentCues = []string{"明确同意", "明示同意", "您的同意", "授权同意", "您同意", "用户同意", "本人同意",
		"您授权", "用户授权", "本人授权"}
)

// share extracts a share claim: the sentence gives personal information to
// a third party, an affiliate or an entrusted processor.
func share(s *sent) (Claim, bool) {
	if s.heading {
		return Claim{}, false
	}
	verb, ok := shareVerb(s)
	if !ok {
		verb, ok = usedForOthers(s)
	}
	if !ok {
		verb, ok = sdkVerb(s)
	}
	if !ok {
		verb, ok = accessLetVerb(s)
	}
	if !ok {
		if c, ok := coGrantee(s); ok {
			return c, true
		}
		return consentToShare(s, s.findAny([]string{"共享", "对外提供", "提供给", "转让", "提供您的个人信息", "提供你的个人信息"}))
	}
	cats, sens, pi := piNear(s, verb)
	if userGives(s, verb) || inbound(s, verb) {
		return Claim{}, false
	}
	if !pi {
		return consentToShare(s, []hit{verb})
	}
	a := attrs{}
	a.set(s, "verb", verb)
	a.mark(s, "recipient", recipientTerms)
	kind := "third_party"
	switch {
	case entrusted(s):
		kind = "processor"
		a.markText(s, "entrusted", append(entrustTerms, "委托"))
	case containsAny(s.clauseWindow(verb), authorityTerms) && !containsAny(s.clauseWindow(verb), partnerTerms):
		kind = "authority"
	case s.contains(affiliateTerms):
		kind = "affiliate"
	}
	a.markText(s, "recipient_named", recipientNamedCues)
	a.markText(s, "recipient_notice", recipientNoticeCues)
	a.mark(s, "purpose", sharePurposeCues)
	a.markText(s, "necessity", shareNecessityCues)
	markLegalDuty(s, a)
	a.markText(s, "exempt", exemptCues)
	a.markText(s, "anonymised", anonymisedCues)
	a.markText(s, "separate_consent", separateConsentCues)
	a.markText(s, "consent", explicitConsentCues)
	a.markText(s, "user_directed", userDirectedCues)
	a.markText(s, "restricted", restrictedCues)
	a.markText(s, "hypothetical", hypotheticalCues)
	neg := s.negated(verb)
	if t := strings.TrimSpace(s.text); strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":") {
		a.set(s, "lead_in", verb)
		if neg && containsAny(t, []string{"除外", "除以下", "以下情形外", "以下情况外"}) {
			// 我们不会向第三方提供，但以下情况除外：the cases listed are provisions.
			neg = false
			a.markText(s, "exceptions", []string{"除外", "除以下", "以下情形外", "以下情况外"})
		}
	}
	neg = affirmExcepted(s, a, verb, neg) // 除本指引约定的情形外，我们不会共享
	return Claim{Type: "share", Kind: kind, Object: "personal_info", Categories: cats, Sensitive: sens,
		Negated: neg, Conditional: s.conditional() || matchRe(consentFirst, s.text[:verb.start]),
		Attributes: a}, true
}

// hypotheticalCues put a provision in a possible future (如存在其他共享的情形,
// 如需向第三方提供, 将来如…): a promise about it, not a practice.
var hypotheticalCues = []string{"如存在", "若存在", "如需", "若需", "如果需要", "如有需要", "如确需", "确有必要", "将来", "未来如",
	"如未来", "如果未来", "如发生"}

// consentFirst matches consent obtained before the provision (获得您的明确
// 同意后，我们会与其他方共享…), which makes the provision conditional on it.
var consentFirst = regexp.MustCompile(`(?:获得|取得|征得|经过?)(?:您|你|用户)的?(?:明确|明示|单独)?(?:同意|授权|授权同意)(?:后|之后|的情况下)`)

// shareVerb finds the verb that gives information to a recipient: a
// sharing verb, or 向 + recipient + 提供 in one clause. It prefers an
// affirmed verb.
func shareVerb(s *sent) (hit, bool) {
	var cands []hit
	for _, h := range s.findAny(shareVerbs) {
		if h.cue != "对外提供" && !recipientInClause(s, h) && !s.sharingSectionObject(h) || shareNominal[s.tokenAfter(h)] || nominalShare(s, h) || listedAct(s, h) ||
			h.cue == "分享" && !withRecipient(s, h) {
			continue
		}
		cands = append(cands, h)
	}
	for _, h := range s.findAny(provideVerbs) {
		if s.tokenAfter(h) == "服务" || shareNominal[s.tokenAfter(h)] || nominalShare(s, h) || listedAct(s, h) || !towardRecipient(s, h) {
			continue
		}
		cands = append(cands, h)
	}
	if len(cands) == 0 {
		return hit{}, false
	}
	sortHits(cands)
	h, _ := s.firstAffirmed(withInfo(s, cands))
	return h, true
}

// recipientInClause reports whether a recipient is named in the clause of h
// (or in the sentence's opening clause, which often names the recipient
// of a list: 与关联公司共享：…).
func recipientInClause(s *sent, h hit) bool {
	from := s.clauseStart(h.start)
	end := strings.IndexAny(s.text[h.end:], "，,；;。")
	to := len(s.text)
	if end >= 0 {
		to = h.end + end
	}
	clause := s.text[from:to]
	return names(clause)
}

// names reports whether text names a recipient or an authority.
func names(text string) bool {
	for _, r := range recipientTerms {
		if strings.Contains(text, r) {
			return true
		}
	}
	for _, r := range authorityTerms {
		if strings.Contains(text, r) {
			return true
		}
	}
	return false
}

// towardRecipient reports whether 向 + a recipient precede h in its clause.
func towardRecipient(s *sent, h hit) bool {
	clause := s.text[s.clauseStart(h.start):h.start]
	i := strings.LastIndex(clause, "向")
	if i < 0 || utf8.RuneCountInString(clause[i:]) > 30 || containsAny(clause[i:], inboundVerbs) {
		return false
	}
	return names(clause[i:])
}

// shareNominal follow a sharing verb used as a noun or modifier (第三方
// 合法共享的信息, 信息共享具体情况, 服务提供者).
var shareNominal = map[string]bool{"的": true, "者": true, "商": true, "过程": true, "行为": true, "情况": true,
	"具体": true, "清单": true, "目录": true, "之": true}

// sharedInfoNoun matches what follows a sharing verb used inside a noun
// phrase: 共享信息清单, 共享个人信息的第三方, 对外提供信息的行为.
var sharedInfoNoun = regexp.MustCompile(`^(?:具体情况|情况请见|情况详见|清单|目录)|^(?:您的)?(?:个人)?(?:信息|数据)的?(?:清单|目录|列表|具体|情况|场景|情形|行为|范围|类型|种类|目的|第三方|合作方|接收方|主体|对象|原则|规则)`)

// nominalShare reports whether the sharing verb h names shared information
// or a recipient rather than giving anything: 第三方共享信息清单, 使用共享信息
// 的目的, 有关您的共享信息, 与之共享个人信息的第三方.
func nominalShare(s *sent, h hit) bool {
	before := s.text[:h.start]
	for _, p := range []string{"的", "使用", "与之", "同之", "向其"} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return matchRe(sharedInfoNoun, s.text[h.end:])
}

// consentToShare extracts a share claim of kind unspecified from a sentence
// that promises separate consent for sharing without naming a recipient
// (如需对外共享，我们将取得您的单独同意).
func consentToShare(s *sent, verbs []hit) (Claim, bool) {
	if len(verbs) == 0 {
		return Claim{}, false
	}
	a := attrs{}
	if !a.markText(s, "separate_consent", separateConsentCues) {
		return Claim{}, false
	}
	a.set(s, "verb", verbs[0])
	a.markText(s, "recipient_notice", recipientNoticeCues)
	return Claim{Type: "share", Kind: "unspecified", Object: "personal_info", Negated: s.negated(verbs[0]),
		Conditional: s.conditional(), Attributes: a}, true
}

// userGives reports whether the person, not the processor, gives the
// information in the clause of h (您向该第三方提供的任何信息).
// The nearest subject before the verb decides (超出您原本向第三方提供…的范围:
// the person, though 我们 opens the clause); a request to the person that
// opens the sentence (请您…仅在必要时向他人提供) makes the person the giver too.
func userGives(s *sent, h hit) bool {
	us := []string{"我们", "我行", "本公司", "平台", "本行"}
	clause := blankProcessorAdverbs(s.text[s.clauseStart(h.start):h.start])
	if user := firstIndex(clause, userGiverCues); user >= 0 {
		first := firstIndex(clause, us)
		return first < 0 || user < first || lastIndex(clause, userGiverCues) > lastIndex(clause, us)
	}
	before := s.text[:h.start]
	return containsAny(firstRunes(before, 3), []string{"请您", "请你"}) && firstIndex(before, us) < 0
}

// lastIndex is the largest index in text of any of words, or -1.
func lastIndex(text string, words []string) int {
	at := -1
	for _, w := range words {
		if i := strings.LastIndex(text, w); i > at {
			at = i
		}
	}
	return at
}

// firstIndex is the smallest index in text of any of words, or -1.
func firstIndex(text string, words []string) int {
	at := -1
	for _, w := range words {
		if i := strings.Index(text, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// firstRunes returns at most n runes of text.
func firstRunes(text string, n int) string {
	r := []rune(text)
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}
