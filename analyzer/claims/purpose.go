package claims

import (
	"strings"
	"unicode/utf8"
)

// purposeCues introduce the purpose of processing (用于…, 以便…, 为了…).
var purposeCues = []string{"用于", "以便", "为了", "目的是", "目的在于", "目的为", "旨在", "以供", "用以", "用作",
	"便于", "出于", "以实现", "以保障", "以完成", "以确保", "以保证", "以向您", "以为您",
	"以减少", "以提升", "以提高", "以改善", "以优化", "为您提供", "为你提供", "以向你", "以为你"}

// vagueTerms make a purpose vague: it names no function the person can
// check (为了更好地提供服务, 改善用户体验, 其他用途).
var vagueTerms = []string{"体验", "其他用途", "其他目的", "业务需要", "运营需要", "经营需要", "相关用途", "一切用途",
	"任何用途", "任何目的", "更优质"}

// purposeFillers are words removed from a purpose before judging whether
// anything specific is left (为您提供服务 leaves nothing).
var purposeFillers = []string{"更好地", "更好的", "更加", "更优质的", "为您", "向您", "给您", "您", "我们", "提供", "服务",
	"产品", "和", "及", "与", "、", "的", "地", "本平台", "本应用", "相关", "更", "各项", "各类", "功能", "所", "需要", "需",
	"为", "可能", "会", "将", "便捷", "用户", "使用"}

// functionWords name a concrete function; a heading or item label that names
// one (刷脸入馆：, 三、实名认证) states the purpose of what it lists.
var functionWords = []string{"注册", "登录", "认证", "实名", "支付", "配送", "下单", "客服", "推荐", "搜索", "核验",
	"验证", "入馆", "通行", "交易", "购买", "评价", "分享", "导航", "问诊", "贷款", "借款", "授信", "风控", "安全保障",
	"身份识别", "开户", "充值", "提现", "收货", "售后", "预约", "打卡", "考勤", "定位服务", "运动", "健康监测"}

// genericHeading marks headings that name a part of the notice rather than
// a function (一、我们如何收集和使用您的个人信息).
var genericHeading = []string{"如何", "我们", "政策", "目录", "联系", "权利", "定义", "更新", "存储", "共享", "变更",
	"未成年", "儿童", "Cookie", "cookie", "个人信息"}

// purpose extracts a purpose claim: the sentence states why information is
// processed. Kind is specific or vague.
func purpose(s *sent) (Claim, bool) {
	cats, sens := s.categories()
	label, _, labelled := strings.Cut(s.text, "：")
	if s.heading {
		label, labelled = s.text, true
	}
	if labelled && utf8.RuneCountInString(label) <= 20 {
		if c, ok := labelPurpose(s, label); ok {
			c.Categories, c.Sensitive = cats, sens
			return c, true
		}
	}
	if c, ok := purposeField(s, label, labelled); ok {
		c.Categories, c.Sensitive = cats, sens
		return c, true
	}
	hits := purposeHits(s)
	if len(hits) == 0 {
		if c, ok := necessaryFor(s); ok {
			c.Categories, c.Sensitive = cats, sens
			return c, true
		}
		if c, ok := whenPurpose(s); ok {
			c.Categories, c.Sensitive = cats, sens
			return c, true
		}
		return Claim{}, false
	}
	c := Claim{Type: "purpose", Kind: "vague", Categories: cats, Sensitive: sens, Negated: true,
		Conditional: s.conditional(), Attributes: map[string]Cue{}}
	for _, h := range hits {
		neg := s.negated(h)
		c.Negated = c.Negated && neg
		if neg {
			continue
		}
		if !vague(s.text[h.end:clauseEnd(s.text, h.end)]) {
			c.Kind = "specific"
			c.Attributes["purpose"] = Cue{Cue: h.cue, Span: s.span(h.start, h.end)}
			break
		}
		if _, ok := c.Attributes["purpose"]; !ok {
			c.Attributes["purpose"] = Cue{Cue: h.cue, Span: s.span(h.start, h.end)}
		}
	}
	if c.Negated {
		h := hits[0]
		c.Attributes["purpose"] = Cue{Cue: h.cue, Span: s.span(h.start, h.end), Negated: true}
	}
	return c, true
}

// labelPurpose reads a heading or an item label that names a function as a
// specific purpose for what it introduces.
func labelPurpose(s *sent, label string) (Claim, bool) {
	for _, g := range genericHeading {
		if strings.Contains(label, g) {
			return Claim{}, false
		}
	}
	words := functionWords
	if s.heading {
		words = append(words[:len(words):len(words)], "功能", "服务")
	}
	for _, w := range words {
		if i := strings.Index(label, w); i >= 0 {
			return Claim{Type: "purpose", Kind: "specific", Attributes: map[string]Cue{
				"purpose": {Cue: w, Span: s.span(i, i+len(w))}}}, true
		}
	}
	return Claim{}, false
}

// purposeNames head a field or table column that holds purposes.
var purposeNames = []string{"目的", "用途"}

// purposeField reads a field labelled as the purpose (收集目的：账号注册, 使用
// 目的：…) or a flattened table with a purpose column (| 业务功能 | 收集的信息 |
// 目的 |) as a statement of purposes, specific unless its value is vague.
func purposeField(s *sent, label string, labelled bool) (Claim, bool) {
	if _, value, ok := strings.Cut(s.text, "："); ok && !s.heading && labelled &&
		utf8.RuneCountInString(label) <= 8 && containsAny(label, purposeNames) {
		value = strings.TrimSpace(value)
		if utf8.RuneCountInString(value) >= 2 && !vague(value) {
			i := strings.Index(s.text, label)
			return Claim{Type: "purpose", Kind: "specific", Attributes: map[string]Cue{
				"purpose": {Cue: label, Span: s.span(i, i+len(label))}}}, true
		}
	}
	if strings.Count(s.text, "|") < 6 {
		return Claim{}, false
	}
	for _, cell := range strings.Split(s.text, "|") {
		c := strings.TrimSpace(cell)
		if utf8.RuneCountInString(c) <= 6 && containsAny(c, purposeNames) {
			i := strings.Index(s.text, c)
			return Claim{Type: "purpose", Kind: "specific", Attributes: map[string]Cue{
				"purpose": {Cue: c, Span: s.span(i, i+len(c))}}}, true
		}
	}
	return Claim{}, false
}

// whenPurpose reads a clause naming the function in use (当您使用刷脸登录
// 功能时，…) as the purpose of what the sentence collects.
func whenPurpose(s *sent) (Claim, bool) {
	for off := 0; off < len(s.text); {
		end := clauseEnd(s.text, off)
		clause := strings.TrimSpace(s.text[off:end])
		if strings.HasSuffix(clause, "时") || strings.HasSuffix(clause, "时候") {
			for _, w := range append(functionWords[:len(functionWords):len(functionWords)], "功能", "服务") {
				if i := strings.Index(clause, w); i >= 0 {
					at := off + strings.Index(s.text[off:end], w)
					return Claim{Type: "purpose", Kind: "specific", Attributes: map[string]Cue{
						"purpose": {Cue: w, Span: s.span(at, at+len(w))}}}, true
				}
			}
		}
		if end == len(s.text) {
			break
		}
		_, n := utf8.DecodeRuneInString(s.text[end:])
		off = end + n
	}
	return Claim{}, false
}

// necessaryFor reads "X是完成取件通知所必需的" as the purpose of X: the
// function it is necessary for, unless that is only "the purpose" or
// "the service" (实现处理目的所必需的最短期限).
func necessaryFor(s *sent) (Claim, bool) {
	for _, h := range s.findAny([]string{"所必需", "所必须", "所必要"}) {
		from := s.clauseStart(h.start)
		if i := strings.LastIndex(s.text[:h.start], "是"); i >= from {
			from = i + len("是")
		}
		phrase := s.text[from:h.start]
		for _, v := range []string{"为了", "为", "完成", "实现", "提供", "保障"} {
			phrase = strings.TrimPrefix(phrase, v)
		}
		if strings.Contains(phrase, "目的") || vague(phrase) || s.negated(h) {
			continue
		}
		return Claim{Type: "purpose", Kind: "specific", Attributes: map[string]Cue{
			"purpose": {Cue: h.cue, Span: s.span(h.start, h.end)}}}, true
	}
	return Claim{}, false
}

// useOfPatterns state what collected information is then used for without
// 用于: 并据此分析您的偏好、向您推送…; 以此生成报告; 借此核验身份.
var useOfPatterns = []*pattern{
	mustPattern("据此|以此|借此|凭此|依此 ~~16 推荐|推送|分析|生成|形成|判断|评估|核验|识别|展示|计算|匹配|审核|确认"),
}

// purposeHits finds the purpose cues of s, plus a clause-initial 为
// (为完成实名认证，我们会…).
func purposeHits(s *sent) []hit {
	hits := s.findAny(purposeCues)
	if ms, _ := s.matchAny(useOfPatterns); len(ms) > 0 {
		m := ms[0]
		hits = append(hits, s.hitAt(m.slots[0].start, m.slots[0].end))
	}
	for i, t := range s.tokens {
		if t.Text == "为" && s.clauseStart(t.Start) == t.Start {
			hits = append(hits, hit{cue: "为", start: t.Start, end: t.End, tok: i, endTok: i + 1})
		}
	}
	sortHits(hits)
	return dedupe(hits)
}

// clauseEnd returns the offset of the next clause boundary after off.
func clauseEnd(text string, off int) int {
	if i := strings.IndexAny(text[off:], "，,；;。：:！？"); i >= 0 {
		return off + i
	}
	return len(text)
}

// vague reports whether a purpose phrase names no concrete function.
func vague(phrase string) bool {
	for _, v := range vagueTerms {
		if strings.Contains(phrase, v) {
			return true
		}
	}
	for _, f := range purposeFillers {
		phrase = strings.ReplaceAll(phrase, f, "")
	}
	return utf8.RuneCountInString(strings.TrimSpace(phrase)) <= 1
}
