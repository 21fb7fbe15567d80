package claims

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// collectVerbs mark processing of personal information by the processor.
var collectVerbs = []string{"收集", "获取", "采集", "读取", "调用", "记录", "录入", "填写", "提供", "上传", "查询",
	"核验", "核实", "验证", "使用", "处理", "保存", "存储", "留存", "访问", "识别", "申请", "绑定",
	"提交", "同步", "提取", "需要您的", "需要你的", "确定您的", "确定你的", "选填", "填报", "如实告知"}

// conditionCues open a conditional clause.
var conditionCues = []string{"如", "如果", "若", "假如", "倘若", "如您", "若您", "除非", "经您", "在您同意", "在取得"}

// collect extracts a collect claim: the sentence processes personal
// information of the categories it names.
func collect(s *sent) (Claim, bool) {
	cats, sens := s.categories()
	if len(cats) == 0 || definitional(s) {
		return Claim{}, false
	}
	all := s.findAny(collectVerbs)
	if len(all) == 0 {
		if tableRow(s) || leadCollects(s) {
			return verblessCollect(s, cats, sens)
		}
		return listedCollect(s, cats, sens)
	}
	hits := s.processorVerbs(s.verbal(all))
	if len(hits) == 0 {
		return Claim{}, false
	}
	if s.securityOnly(hits) {
		return Claim{}, false
	}
	c := Claim{Type: "collect", Categories: cats, Sensitive: sens, Attributes: map[string]Cue{}}
	neg := true
	for _, h := range hits {
		n := s.negated(h)
		if _, ok := c.Attributes["verb"]; !ok || !n {
			c.Attributes["verb"] = Cue{Cue: h.cue, Span: s.span(h.start, h.end), Negated: n}
		}
		neg = neg && n
	}
	c.Negated = neg || s.strongNegated(hits) || s.onDevice()
	if h, ok := s.legalBasis(hits); ok {
		c.Attributes["legal_duty"] = Cue{Cue: h.cue, Span: s.span(h.start, h.end)}
	}
	if d, ok := s.denial(); ok {
		c.Attributes["denial"] = Cue{Cue: d.cue, Span: s.span(d.start, d.end)}
		if i := strings.Index(s.text, "本地"); i >= 0 { // 仅存储于门锁本地芯片，不会上传: it stays on the device
			c.Attributes["local"] = Cue{Cue: "本地", Span: s.span(i, i+len("本地"))}
		}
	}
	if a, ok := s.thirdParty(s.collector(hits)); ok {
		c.Attributes["third_party"] = Cue{Cue: a.cue, Span: s.span(a.start, a.end)}
	}
	c.Conditional = s.conditional()
	return c, true
}

// collector picks the verb whose subject collects: the first collecting or
// storing verb that is not the person's own (在您使用支付功能时，支付机构会
// 收集…: the institution, not the person's 使用; but not 您保存的), else the
// first verb.
func (s *sent) collector(hits []hit) hit {
	for _, h := range hits {
		before := s.text[:h.start]
		if strongVerbs[h.cue] && !strings.HasSuffix(before, "您") && !strings.HasSuffix(before, "你") {
			return h
		}
	}
	return hits[0]
}

// conditional reports whether the sentence opens with a condition.
func (s *sent) conditional() bool {
	for _, h := range s.findAny(conditionCues) {
		if h.start < len(s.text)/2 {
			return true
		}
	}
	return false
}

// userAccessVerbs are what the person does to reach their own information
// (您可以通过访问<我-账户余额>查看您的交易记录): exercising a right, not a collection.
var userAccessVerbs = map[string]bool{"访问": true, "查询": true}

// processorVerbs drops the access verbs whose subject is the person
// (您可以…访问/查询), keeping the processor's own processing.
func (s *sent) processorVerbs(hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if userAccessVerbs[h.cue] && containsAny(s.text[s.clauseStart(h.start):h.start], userMay) {
			continue
		}
		if h.cue == "绑定" && strings.HasPrefix(s.text[h.end:], "的") { // 查看您绑定的银行卡: a modifier
			continue
		}
		out = append(out, h)
	}
	return out
}

// legalRequirementCues say that a law or regulator requires the collection
// (依据法律法规及监管要求，我行会收集…), a basis other than consent (个保法
// 第十三条第一款第三项).
var legalRequirementCues = []string{"法律法规的要求", "法律法规要求", "法律法规规定", "法律、法规规定", "法律法规的规定",
	"监管要求", "强制性要求", "法定义务", "依据法律法规", "根据法律法规", "按照法律法规", "实名制要求"}

// denialCue matches the processor's denial that it collects or keeps the
// information at all (并不收集您的指纹, 不会获取, 不会向服务端上传).
var denialCue = regexp.MustCompile(`不(?:会|再)?(?:直接|主动)?(?:向服务[端器])?(?:收集|获取|采集|读取|录入|上传|保存|存储|留存)`)

// denial returns the first denial of collection in s.
func (s *sent) denial() (hit, bool) {
	loc := indexRe(denialCue, s.text)
	if loc == nil {
		return hit{}, false
	}
	return hit{cue: s.text[loc[0]:loc[1]], start: loc[0], end: loc[1]}, true
}

// legalBasis returns the legal requirement stated as the sole basis of the
// collection: before the processor's first collection verb, affirmed, and not one of
// alternatives (为实现业务功能或根据法律法规要求…, 依照法律法规规定，或为满足…).
func (s *sent) legalBasis(verbs []hit) (hit, bool) {
	hs := s.findAny(legalRequirementCues)
	if len(hs) == 0 || len(verbs) == 0 {
		return hit{}, false
	}
	h, first := hs[0], len(s.text)
	for _, x := range hs {
		if x.start < h.start {
			h = x
		}
	}
	for _, v := range verbs {
		if !s.userActor(v) { // 当您使用…时 is the person's own act
			first = min(first, v.start)
		}
	}
	if h.start > first || s.negated(h) {
		return hit{}, false
	}
	end := clauseEnd(s.text, h.end)
	if next := firstRunes(s.text[end:], 3); strings.Contains(next, "或") {
		return hit{}, false
	}
	if strings.Contains(s.text[s.clauseStart(h.start):end], "或") {
		return hit{}, false
	}
	return h, true
}

// keepVerbs store or hold information already collected.
var keepVerbs = map[string]bool{"保存": true, "存储": true, "留存": true, "储存": true, "处理": true, "使用": true, "访问": true}

// securityWords describe how information is protected.
var securityWords = []string{"加密", "安全措施", "去标识化", "权限控制", "访问控制", "安全技术", "脱敏"}

// securityOnly reports whether the sentence only says how stored information
// is protected (传输和存储个人敏感信息时，我们将采用加密等安全措施): every verb
// keeps or handles the information and the sentence names security measures.
func (s *sent) securityOnly(hits []hit) bool {
	for _, h := range hits {
		if !keepVerbs[h.cue] {
			return false
		}
	}
	return s.contains(securityWords) && !s.contains([]string{"收集", "采集", "获取", "读取", "录入"})
}

// collectHeading matches a section heading that announces what is collected
// (一、我们收集的个人信息; 收集的信息类型; 个人信息采集清单).
var collectHeading = mustPattern("收集|采集|获取 ~8 信息|数据|资料")

// listedCollect extracts a collect claim from a short entry without a verb
// (a table cell or list item such as 面部特征 or 银行卡号：绑卡支付, with no
// one acting in it) under a heading that announces collection: the heading
// is its verb. The
// verb cue is the category term itself, the only wording in the entry.
func listedCollect(s *sent, cats, sens []string) (Claim, bool) {
	if s.heading || utf8.RuneCountInString(s.text) > 30 || s.section == "" || s.section == s.text ||
		s.contains([]string{"您", "你", "我们"}) {
		return Claim{}, false
	}
	hs := (&sent{text: s.section}).matchPattern(collectHeading)
	if len(hs) == 0 || containsAny(s.section, []string{"不会收集", "不收集", "无需", "第三方"}) {
		return Claim{}, false
	}
	return verblessCollect(s, cats, sens)
}

// tableRow reports whether s is a short row of a table flattened into a
// line with its cells between bars (位置信息（精确）｜用于派车｜必选): the
// row lists what the function processes, so it needs no verb.
func tableRow(s *sent) bool {
	if utf8.RuneCountInString(s.text) > 80 {
		return false
	}
	return strings.Count(s.text, "｜")+strings.Count(s.text, "|") >= 2 && !containsAny(s.text, []string{"不会", "不收集", "无需"})
}

// leadCollects reports whether s is an item completing a lead-in that
// collects (须提供以下材料：1. 身份证正反面；2. 本人名下银行卡): the lead-in is
// the item's verb.
func leadCollects(s *sent) bool {
	if s.lead == "" || containsAny(s.lead, []string{"不会", "不收集", "无需", "不得", "不要"}) {
		return false
	}
	return matchRe(leadCollectRe, s.lead)
}

// leadCollectRe is a lead-in that collects what its items list.
var leadCollectRe = regexp.MustCompile(`(?:收集|获取|采集|提供|提交|上传|读取)(?:您的|你的|本人的)?(?:以下|下列|如下)`)

// verblessCollect is the collect claim of a listed entry that names the
// information without a verb.
func verblessCollect(s *sent, cats, sens []string) (Claim, bool) {
	at, term := firstCategoryTerm(s.text)
	if at < 0 {
		return Claim{}, false
	}
	cue := Cue{Cue: term, Span: s.span(at, at+len(term))}
	c := Claim{Type: "collect", Categories: cats, Sensitive: sens, Attributes: map[string]Cue{"verb": cue, "listed": cue},
		Conditional: s.conditional()}
	return c, true
}

// firstCategoryTerm returns the byte offset and the wording of the first
// category term in text, or -1.
func firstCategoryTerm(text string) (int, string) {
	at, term := -1, ""
	for _, c := range piCategories {
		for _, t := range c.terms {
			if i := strings.Index(text, t); i >= 0 && (at < 0 || i < at || i == at && len(t) > len(term)) {
				at, term = i, t
			}
		}
	}
	return at, term
}
