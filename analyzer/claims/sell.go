package claims

import "strings"

// Sale of personal information (民法典 第一百一十一条; 消保法 第二十九条).
var (
	// sellCues sell, rent or trade information.
	sellCues = []string{"出售", "售卖", "贩卖", "卖给", "买卖", "有偿提供", "有偿转让", "有偿共享", "出租", "租赁给",
		"作为数据资产", "数据交易", "交易您的", "交易用户", "交易个人", "变现", "换取收益", "获取收益",
		"对外销售", "销售给", "转卖", "倒卖", "作价转让", "作价出让", "折价转让"}
	// mergerCues mark transfers in a merger or asset sale (个保法 第二十二条).
	mergerCues = []string{"合并", "收购", "资产出售", "资产转让", "重组", "破产", "分立", "并购", "清算", "产品线",
		"业务出售", "业务转让", "出售业务"}
	// notSale are words holding a sale cue that do not sell information:
	// the user sells goods (出售人), or goods are sold to the user.
	notSale = []string{"出售人", "出售方", "出售的商品", "出售商品", "出售的产品", "商品出售", "售卖商品", "二手",
		"回收", "出售物品", "出售闲置", "出售的物品"}
)

// paidTransfer gives information away for a price (交换…以获取报酬,
// 对外转让并收取费用).
var paidTransfer = []*pattern{
	mustPattern("提供|转让|交换|出让|共享|分享 ~~15 获取报酬|收取费用|获取收益|获得收益|换取收益|对价|牟利|盈利|获利"),
	mustPattern("提供|转让|交换|出让|共享|分享 ~~15 获取|收取|获得|换取|赚取|收 ~6 报酬|费用|收益|对价|利润|佣金|价款|利益|回报"),
	// 以付费方式提供给第三方, 以营利为目的向他人提供
	mustPattern("付费|收费|有偿|营利|牟利|盈利|获利 ~2 的? 方式|目的|形式|为目的 ~~12 提供|转让|共享|分享|出让|披露|交换"),
	// 对用户的消费数据进行交易
	mustPattern("对|将 ~6 用户|您|你|个人|会员|客户|本人 ~10 信息|数据|资料|档案 ~4 进行 ~2 交易|买卖|售卖|出售|转卖"),
}

// sell extracts a sell claim: personal information is sold, rented or
// traded. 售后/售中 are separate words for the segmenter, so 提出售后 does
// not hold 出售.
func sell(s *sent) (Claim, bool) {
	if s.heading {
		return Claim{}, false
	}
	var cands []hit
	for _, h := range s.findAny(sellCues) {
		if !inAny(s.text, h, notSale) && (acts(s, h) || s.offeredAt(h) || strings.HasPrefix(h.cue, "作为数据")) {
			cands = append(cands, h)
		}
	}
	for _, m := range s.patternsMatch(paidTransfer) {
		if h := s.hitAt(m.start, m.end); !inAny(s.text, h, notSale) && (acts(s, h) || s.offeredAt(h)) {
			h.cue = m.text(s)
			cands = append(cands, h)
		}
	}
	if len(cands) == 0 {
		return Claim{}, false
	}
	cats, sens, pi := piObject(s)
	if !pi {
		return Claim{}, false
	}
	verb, _ := s.firstAffirmed(cands)
	a := attrs{}
	a.set(s, "verb", verb)
	a.markText(s, "anonymised", anonymisedCues)
	kind := "sale"
	if a.markText(s, "merger", mergerCues) {
		kind = "merger"
	}
	a.markText(s, "separate_consent", separateConsentCues)
	return Claim{Type: "sell", Kind: kind, Object: "personal_info", Categories: cats, Sensitive: sens,
		Negated: s.negated(verb), Conditional: s.conditional(), Attributes: a}, true
}

// offeredAt reports whether the sale at h is stated as something the
// processor may do where acts reads a noun: one verb of several (出售或以
// 其他方式提供), a party to the agreement (甲方可有偿转让), information offered
// as goods (手机号码可作为商品出售).
func (s *sent) offeredAt(h hit) bool {
	clause := s.text[s.clauseStart(h.start):h.start]
	party := containsAny(clause, sellParties)
	if containsAny(clause, preventCues) || !party && s.userActor(h) || endsAsCondition(s.text) || s.negated(h) {
		return false
	}
	if conj[s.tokenAfter(h)] && containsAny(s.text[h.end:s.clauseEnd(h.end)], transferVerbs) {
		return containsAny(clause, sellModals)
	}
	return party && containsAny(clause, sellModals) ||
		piBefore(clause) && containsAny(clause, sellModals)
}

// conj joins two verbs (出售或提供).
var conj = map[string]bool{"或": true, "和": true, "及": true, "、": true, "或者": true, "以及": true}

// transferVerbs hand information on.
var transferVerbs = []string{"提供", "出租", "转让", "共享", "披露", "交易", "转移", "分享", "交换"}

// sellParties are processors named as parties (甲方, 被授权人).
var sellParties = []string{"甲方", "被授权人", "被授权方", "我方", "本站", "平台", "我们", "本公司", "贵司", "贵公司", "本行", "我司"}

// sellModals put a sale in the processor's power.
var sellModals = []string{"可", "可以", "有权", "将", "会", "可能", "拟", "予以"}

// piBefore reports whether the clause names information before the verb.
func piBefore(clause string) bool {
	cats, _ := categoriesIn(clause)
	return len(cats) > 0 || containsAny(clause, infoWords)
}
