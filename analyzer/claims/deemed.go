package claims

import "strings"

// Deemed consent (个保法 第十四条: consent must be given expressly; use,
// download or silence is not consent). A clause deems an act or silence to
// be acceptance: 即视为您同意, 则表明您接受, 默认为您已阅读, 均视为,
// 您的…行为将视为…, whatever the verb and order.
var (
	// deemStrong verbs deem by themselves (视为, 默认为, 意味着).
	_ = synonymSet("deemStrong", "视为", "视同", "视作", "看作", "当作", "默认为", "默认您", "认定为", "推定为", "意味着",
		"等同于", "即为", "将认为", "即认为", "视您", "视用户",
		// 默认其/默认用户已知悉: 默认 with the person named after it
		"默认其", "默认用户", "默认客户", "默认会员", "默认本人", "默认授权人", "默认乙方", "默认甲方", "默认你",
		// 即可认定, 被认为, 推定您, 应理解为: inference verbs
		"被认为", "可认为", "应认为", "被认定", "即认定", "可认定", "将认定", "推定", "理解为", "被看作", "看成", "当成",
		"视此为", "视之为", "视其为")
	// deemWeak verbs deem only after a link (即表示, 都表明, 行为代表).
	_ = synonymSet("deemWeak", "表示", "表明", "代表", "说明", "构成")
	_ = synonymSet("deemLink", "即", "则", "均", "都", "就", "亦", "也", "将", "便", "行为", "本身", "皆", "俱")
	// deemLinked: a weak verb with its link, as one word (即表示, 亦表明).
	_ = synonymSet("deemLinked", "即表示", "则表示", "亦表示", "也表示", "均表示", "都表示", "即表明", "则表明", "即代表")
	// accept: what the act is deemed to be.
	_ = synonymSet("deemAccept", "同意", "接受", "授权", "认可", "知悉", "知晓", "阅读", "许可", "理解", "遵守", "承认", "接纳",
		"签署")
	// passiveAct: use, access, download, providing information or silence
	// taken as consent.
	passiveCues = synonymSet("deemAct", "继续使用", "继续访问", "继续浏览", "继续登录", "继续享用", "继续享受", "享用",
		"仍使用", "仍然使用", "使用", "访问", "浏览", "下载", "安装", "注册", "登录", "登陆", "进入", "启动", "购买", "下单", "参与", "参加", "输入", "发布", "传递", "开始", "操作", "执行",
		"办理", "开户", "寄回", "寄送", "送检", "递交", "上线", "接单", "缴纳", "缴费", "付费", "付款", "入职", "入会", "入学", "报名", "入园", "未作选择", "未选择", "未作出选择", "停留",
		"订购", "预订", "完成", "入驻", "分享", "登入", "投保", "领取", "预约", "充值", "绑定", "扫码", "交易",
		"提供", "提交", "填写", "上传", "未提出异议", "未提出", "未表示异议", "未表示反对", "未反对", "没有提出", "未明确拒绝", "未在", "逾期未",
		"未回复", "未答复", "未向", "未就", "未对", "未作出", "未予", "沉默", "默认勾选", "未取消勾选", "默认开启",
		"未拒绝", "不作反对", "未作出反对", "打开本", "一经发布", "一经公布", "发布即", "公布即")
	// affirmativeAct: an act that expresses consent (点击同意, 开启权限).
	affirmativeCues = synonymSet("deemAffirm", "点击", "勾选", "开启", "打开", "签署", "签字", "确认", "选择同意",
		"授权后", "同意后", "您同意", "用户同意", "本人同意", "同意本", "授权同意", "您授权", "同意提供")
	// otherRules name documents other than the one accepted (其他规则).
	_ = synonymSet("deemOtherRules", "其他", "其它", "任一其他", "相关")
	_ = synonymSet("deemRuleDoc", "规则", "协议", "政策", "条款", "声明", "规范")
	_ = synonymSet("deemThisDoc", "本协议", "本条款", "本政策", "本规则", "用户协议", "服务协议", "注册协议", "服务条款",
		"使用条款", "用户条款", "会员协议", "使用协议", "会员条款", "平台规则", "服务规则")
	_ = synonymSet("deemPrivacyDoc", "隐私政策", "隐私权政策", "个人信息保护政策", "隐私保护指引", "隐私声明")
)

// silencePattern is silence taken as consent (未就…提出异议, 逾期未回复).
var silencePattern = mustPattern("未|没有|逾期未|不曾 ~12 提出|表示|作出|提交|回复|答复 ~8 异议|反对|拒绝|意见")

// deemedPatterns are the deeming wordings: a deeming verb, then what is
// accepted.
var deemedPatterns = []*pattern{
	mustPattern("@deemStrong ~16 @deemAccept"),
	mustPattern("@deemLink ~3 @deemWeak ~16 @deemAccept"),
	// 使用本网站，表示您认可…: a weak verb right after the act's clause
	mustPattern("@deemAct ~~20 ，|, @deemWeak ~12 @deemAccept"),
	// 您下载、安装本软件即同意本协议: no deeming verb at all
	mustPattern("@deemAct ~16 即|则|便|就 默认|视同|等同? 同意|接受|授权|认可"),
	// 一旦使用本产品，则默认接受本政策: 默认 after the act's clause
	mustPattern("@deemAct ~~16 即|则|便|就|均 默认|视同|等同 ~4 @deemAccept"),
	// 您使用本服务即受本协议约束, 则本政策即对您具有约束力
	mustPattern("@deemAct ~16 即|则|便|均|将 ~4 受 ~12 约束|拘束"),
	mustPattern("@deemAct ~~16 即|则 ~8 对您 ~4 具有|产生|发生 ~2 约束力|法律效力|法律约束力"),
	mustPattern("@deemAct ~~20 即|则|便 ~8 对您|对用户 ~2 生效"),
}

// deemedCueSlot is, per deemed pattern, the slot where the deeming cue
// begins (after the act in the patterns that start with it).
var deemedCueSlot = []int{0, 0, 2, 1, 1, 1, 1, 1}

// bundledDocPatterns deem consent to one document to be consent to other
// rules or to the privacy notice (接受本协议即视为同意其他规则): consent to
// processing bundled into another acceptance.
var bundledDocPatterns = []*pattern{
	mustPattern("同意|接受 ~6 @deemThisDoc ~~12 @deemStrong|@deemLinked ~16 @deemAccept ~12 @deemOtherRules ~10 @deemRuleDoc"),
	mustPattern("同意|接受 ~6 @deemThisDoc ~~12 @deemStrong|@deemLinked ~16 @deemAccept ~12 @deemPrivacyDoc"),
	mustPattern("同意|接受 ~6 @deemOtherRules ~6 @deemRuleDoc ~~12 @deemStrong|@deemLinked ~16 @deemAccept ~6 @deemThisDoc"),
}

// incorporationPatterns: the document incorporates a privacy notice (《隐私政策》
// 是本协议不可分割的组成部分, 本协议内容包括《隐私政策》): its acceptance
// carries the processing terms.
var incorporationPatterns = []*pattern{
	mustPattern("@deemPrivacyDoc ~24 构成|是|为|属于|作为 ~10 @deemThisDoc ~10 组成部分|一部分"),
	mustPattern("@deemThisDoc ~10 包括|包含 ~30 @deemPrivacyDoc"),
	mustPattern("@deemPrivacyDoc ~10 纳入|并入 ~6 @deemThisDoc"),
}

// deeming is a deemed-acceptance wording: the cue (link and verb: 即视为,
// 都表示) and the accepting verb after it.
type deeming struct{ cue, accept hit }

// deemed returns the first deeming wording of s.
func (s *sent) deemed() (deeming, bool) {
	if !s.memo.deemedDone { // consent and policy change both ask
		s.memo.deemed, s.memo.deemedOK = s.findDeemed()
		s.memo.deemedDone = true
	}
	return s.memo.deemed, s.memo.deemedOK
}

// findDeemed is deemed without the memo.
func (s *sent) findDeemed() (deeming, bool) {
	var best deeming
	found := false
	for i, p := range deemedPatterns {
		for _, m := range s.matchPattern(p) {
			n := len(m.slots)
			if found && m.start >= best.cue.start {
				break
			}
			first, last := deemedCueSlot[i], n-2 // the act is not part of the cue
			for last > first && m.slots[last].cue == "" {
				last-- // an optional slot that did not match
			}
			best = deeming{cue: s.hitAt(m.slots[first].start, m.slots[last].end), accept: m.slots[n-1]}
			found = true
		}
	}
	return best, found
}

// deemedClaims returns the deemed consent of s, an incorporation of the
// privacy notice, and a bundled consent when accepting one document is
// deemed acceptance of others.
func deemedClaims(s *sent, cats, sens []string) []Claim {
	var out []Claim
	if d, ok := s.deemed(); ok {
		attrs, act := s.deemedAct(d)
		neg := s.deemedNegated(d, act)
		attrs["cue"] = Cue{Cue: d.cue.cue, Span: s.span(d.cue.start, d.cue.end), Negated: neg}
		out = append(out, Claim{Type: "consent", Kind: "deemed", Categories: cats, Sensitive: sens,
			Negated: neg, Conditional: s.conditional(), Attributes: attrs})
	}
	if ms, _ := s.matchAny(incorporationPatterns); len(ms) > 0 {
		h := s.hitAt(ms[0].start, ms[0].end)
		out = append(out, Claim{Type: "consent", Kind: "incorporation", Negated: s.negated(h),
			Attributes: map[string]Cue{"cue": {Cue: h.cue, Span: s.span(h.start, h.end)}}})
	}
	if ms, _ := s.matchAny(bundledDocPatterns); len(ms) > 0 {
		m := ms[0]
		h := s.hitAt(m.start, m.end)
		out = append(out, Claim{Type: "consent", Kind: "bundled", Categories: cats, Sensitive: sens,
			Negated: s.negated(h), Conditional: s.conditional(),
			Attributes: map[string]Cue{"cue": {Cue: h.cue, Span: s.span(h.start, h.end)}}})
	}
	return out
}

// deemedNegated reports whether deeming d is denied (不视为); the silence
// act before it (七日内未提出异议即视为) is no denial.
func (s *sent) deemedNegated(d deeming, act hit) bool {
	from := 0
	if act.cue != "" && strings.ContainsAny(act.cue, "未没不") {
		from = act.end
	}
	return s.negatedSince(d.cue, from)
}

// deemedAct describes deeming d: passive when use, access or silence
// before it is taken as consent, affirmative when a click or a switch is;
// terms when what is accepted is terms of service rather than processing.
// It also returns the passive act (a zero hit when there is none).
func (s *sent) deemedAct(d deeming) (map[string]Cue, hit) {
	h := d.cue
	attrs := map[string]Cue{"cue": {Cue: h.cue, Span: s.span(h.start, h.end), Negated: s.negated(h)}}
	rest := s.text[h.start:clauseEnd(s.text, d.accept.end)]
	found := map[string]hit{}
	for _, c := range []struct {
		name string
		cues []string
	}{{"passive", passiveCues}, {"affirmative", affirmativeCues}} {
		for _, m := range s.findAny(c.cues) {
			if m.start >= h.start {
				break
			}
			if c.name == "affirmative" && (m.cue == "勾选" || m.cue == "开启") && s.text[max(0, m.start-6):m.start] == "默认" {
				continue
			}
			if c.name == "affirmative" && (strings.HasPrefix(s.text[m.end:], "书") || strings.HasPrefix(s.text[m.end:], "函")) {
				continue // 本确认书: the document's name, not an act
			}
			if c.name == "affirmative" && (strings.HasPrefix(s.text[m.end:], "：") || strings.HasPrefix(s.text[m.end:], ":")) {
				continue // 授权人确认：…, a lead-in, not the act
			}
			if p, ok := found["passive"]; ok && c.name == "affirmative" && m.start >= p.start && m.end <= p.end {
				continue // 勾选 inside 未取消勾选
			}
			if c.name == "affirmative" && m.cue == "点击" && !consentClick(s.text[m.end:h.start]) ||
				c.name == "affirmative" && m.cue == "勾选" && navigates(s.text[m.end:h.start]) ||
				c.name == "affirmative" && signsOther(s, m) {
				if p, ok := found["passive"]; !ok || p.start < m.start {
					found["passive"] = m // 点击注册即视为同意: the click is not consent
				}
				continue
			}
			found[c.name] = m // the last one before the cue
		}
	}
	// 七日内未就…提出书面反对: the silence, not an act inside it (使用)
	for _, m := range s.matchPattern(silencePattern) {
		if m.end <= h.start {
			found["passive"] = s.hitAt(m.start, m.end)
		}
	}
	p, passive := found["passive"]
	if a, ok := found["affirmative"]; ok && passive {
		from, to := a.end, p.start
		if a.start > p.start {
			from, to = p.end, a.start
		}
		between := s.text[min(from, to):to]
		if strings.ContainsAny(between, "，,；;") && a.start > p.start ||
			!strings.Contains(strings.ReplaceAll(between, "（或", ""), "或") {
			passive = false // 点击同意并继续使用: the act is the consent; 提供信息或勾选同意: either deems
		}
	}
	for name, m := range found {
		if name != "passive" || passive {
			attrs[name] = Cue{Cue: m.cue, Span: s.span(m.start, m.end), Negated: s.negated(m)}
		}
	}
	var act hit
	if passive {
		act = p
	}
	if t := s.findAny(termsObjects); len(t) > 0 && t[0].start > h.start && !containsAny(rest, piObjects) {
		attrs["terms"] = Cue{Cue: t[0].cue, Span: s.span(t[0].start, t[0].end)}
	}
	return attrs, act
}

// piObjects name personal-information processing or the notice about it as
// what is accepted (as opposed to terms of service).
var piObjects = []string{"政策", "隐私", "个人信息", "授权", "收集", "数据", "处理"}

// consentClick reports whether the click described by after (the text
// between 点击 and the deeming cue) is a click on an agree button (点击“同意”),
// not on 注册, 登录 or 下一步.
func consentClick(after string) bool {
	if r := []rune(after); len(r) > 8 {
		after = string(r[:8])
	}
	return containsAny(after, []string{"同意", "确认", "接受", "授权", "已阅读", "我已", "允许", "开启", "签署", "勾选"})
}

// signsOther reports whether a signature m is put to another document
// than the consent (在投保单上签字的，即视为同意…营销): the signing is an
// act taken as consent, not consent.
func signsOther(s *sent, m hit) bool {
	if m.cue != "签字" && m.cue != "签署" {
		return false
	}
	clause := s.text[s.clauseStart(m.start):clauseEnd(s.text, m.end)]
	return containsAny(clause, otherForms) && !containsAny(clause, []string{"授权书", "同意书", "声明", "确认书", "告知书", "协议", "须知", "政策"})
}

// otherForms are documents signed for another purpose (投保单, 申请表).
var otherForms = []string{"投保单", "申请表", "申请书", "登记表", "合同", "回执", "订单", "收据", "单据"}

// navigates reports whether the box ticked is a step of the process, not
// consent (勾选“下一步”).
func navigates(after string) bool {
	if r := []rune(after); len(r) > 8 {
		after = string(r[:8])
	}
	return containsAny(after, []string{"下一步", "继续", "下一页", "确定"}) && !consentClick(after)
}
