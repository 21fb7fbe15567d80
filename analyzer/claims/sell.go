package claims

import "strings"

// Sale of personal information (民法典 第一百一十一条; 消保法 第二十九条).
var (
	// sellCues sell, rent or trade information.
	sellCues = []string{"出售", "售卖", "贩卖", "卖给", "买卖", "有偿提供", "有偿转让", "有偿共享", "出租", "租赁给",
		"作为数据资产", "数据交易", "交易您的", "交易用户", "交易个人", "变现", "换取收益", "获取收益"}
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
var paidTransfer = mustPattern("提供|转让|交换|出让|共享|分享 ~~15 获取报酬|收取费用|获取收益|获得收益|换取收益|对价|牟利|盈利|获利")

// sell extracts a sell claim: personal information is sold, rented or
// traded. 售后/售中 are separate words for the segmenter, so 提出售后 does
// not hold 出售.
func sell(s *sent) (Claim, bool) {
	if s.heading {
		return Claim{}, false
	}
	var cands []hit
	for _, h := range s.findAny(sellCues) {
		if !inAny(s.text, h, notSale) && (acts(s, h) || strings.HasPrefix(h.cue, "作为数据")) {
			cands = append(cands, h)
		}
	}
	for _, m := range s.matchPattern(paidTransfer) {
		if h := s.hitAt(m.start, m.end); !inAny(s.text, h, notSale) && acts(s, h) {
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
