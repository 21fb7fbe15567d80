package claims

import "strings"

// Wording of clauses about changing the notice or agreement itself.
var (
	changeVerbs = synonymSet("chgVerb", "修改", "变更", "更新", "修订", "调整", "更改", "变化", "修正", "变动")
	// docNouns name the document being changed.
	docNouns = synonymSet("chgDoc", "本政策", "隐私政策", "本协议", "协议", "本条款", "条款", "授权书", "本规则", "本声明",
		"本指引", "政策", "新政策", "规则", "新版", "须知", "告知书", "章程", "细则", "守则", "同意书",
		"本规定", "本制度", "管理办法", "员工手册", "规章")
	// Attributes of a change clause.
	unilateralCues = []string{"有权", "保留", "随时", "单方", "不时", "自行决定", "任何时候", "单方面"}
	finalCues      = []string{"最终解释权"}
	// noticeCues: the person is told of a change (not a mere posting).
	noticeCues = []string{"通知您", "通知你", "通知用户", "告知您", "告知你", "告知用户", "提醒您", "提醒你", "提醒用户",
		"提示您", "提示你", "弹窗", "弹框", "站内信", "推送", "显著方式", "显著的方式", "醒目", "邮件", "短信", "系统消息",
		"消息通知", "通知公告", "以通知"}
	reconsentCues = []string{"重新征得", "重新取得", "再次征得", "重新获得", "重新获取", "再次取得", "重新征求",
		"征得您的同意", "取得您的同意", "征求您的同意", "另行征得", "征得您的明确同意", "取得您的明确同意", "再次征求",
		"征得你的同意", "取得你的同意", "征求你的同意"}
	materialCues = []string{"重大变更", "重大变化", "实质", "重要变更", "重大修改", "重大调整"}
	// outsideDocs name policies that are not the document (国家政策).
	outsideDocs = []string{"国家政策", "监管政策", "相关政策", "政策法规", "法律政策", "产业政策", "政策变化", "政策调整",
		"系统政策", "行业政策", "政府政策"}
	// userChanges: the person, not the processor, changes something (您可以…变更).
	userChanges = []string{"您可", "您还可", "您也可", "您有权", "您自行", "你可", "用户可", "用户有权", "用户自行"}
	// productNews: notices about products and offers, not about the text.
	productNews = []string{"新产品", "促销", "优惠", "营销", "活动信息"}
	// processorSubjects: the processor is the one changing.
	processorSubjects = []string{"我们", "我方", "本公司", "公司", "平台", "本站", "本网站", "我行", "贵司", "本行"}

	_ = synonymSet("chgAtWill", "随时", "不时", "任何时候", "任何时间", "不定时", "不定期", "单方", "单方面", "自行决定",
		"自主决定")
	_ = synonymSet("chgPosting", "公布", "发布", "公示", "刊登", "张贴", "上线", "公告", "上传")
	_ = synonymSet("chgPage", "本页面", "页面", "本网站", "网站", "网页", "官网", "平台上", "本平台", "应用程序", "本应用", "客户端",
		"APP", "App", "app", "小程序", "公众号")
	_ = synonymSet("chgOften", "定期", "经常", "不时", "随时", "及时", "时常", "定时", "不定期", "不定时")
	_ = synonymSet("chgCheck", "查看", "查阅", "浏览", "关注", "访问", "阅读", "留意", "回访", "查询", "登录查看")
	_ = synonymSet("chgLater", "今后", "日后", "将来", "未来", "后续", "随时", "不时")
	_ = synonymSet("chgTell", "通知", "告知", "提示", "征得", "征求", "通告")
)

// Cue families of a change clause, one pattern list per attribute.
var (
	// noNoticePatterns: changes without telling the person (恕不另行通知,
	// 无需征得您的同意, 视为已经通知).
	noNoticePatterns = []*pattern{
		mustPattern("无需|无须|不需|不必|毋须|不再|恕不|不 ~3 另行|事先|单独|专门|个别|逐一|再行|另外 ~3 @chgTell"),
		mustPattern("无需|无须|不需|不必|毋须 ~4 @chgTell|经您同意|您的同意|经过您的同意"),
		mustPattern("视为 ~6 通知|告知"),
		mustPattern("不经|未经 ~2 @chgTell"),
		mustPattern("在不 ~2 @chgTell"),
	}
	// atWillPatterns: the processor reserves changes at will (有权随时修改,
	// 保留修改的权利, 拥有修改权).
	atWillPatterns = []*pattern{
		mustPattern("@chgAtWill ~12 @chgVerb"),
		mustPattern("有权 ~24 @chgVerb"),
		mustPattern("保留 ~16 @chgVerb ~10 权"),
		mustPattern("@chgVerb 权"),
	}
	// postedPatterns: a change takes effect on posting, or is only posted
	// on a page the person must check (一经公布即生效, 更新后的政策将发布在本页面,
	// 请您定期查阅).
	postedPatterns = []*pattern{
		mustPattern("@chgPosting ~~4 即|立即|即时|之时立即|起即|后即 ~2 生效|取代|替代|代替|发生效力|适用"),
		// 一经发布即对您产生约束力
		mustPattern("@chgPosting ~~4 即|立即|即时|起即|后即 ~8 产生|具有|发生 ~2 约束力|拘束力|法律效力"),
		// 并于发布后生效, 自公告之时起施行
		mustPattern("于|自|在 ~6 @chgPosting 后|之后|之时|时|之时起|时起 ~2 生效|施行|适用|发生效力"),
		mustPattern("@chgPosting ~4 在|于|至 ~8 @chgPage"),
		mustPattern("在|于 ~8 @chgPage ~8 @chgPosting"),
		mustPattern("以|通过 ~4 @chgPage ~2 公告 ~4 @chgPosting"),
		mustPattern("以 ~10 最新 ~6 为准"),
		mustPattern("以 ~8 @chgPage ~6 @chgPosting ~4 为准"),
		mustPattern("请|应|应当|需|需要|建议|须|务必 ~4 @chgOften ~4 @chgCheck"),
	}
	// effectivePattern: a changed text takes effect from its posting
	// (修改后的协议自公布之日起生效); the effective date of the current
	// version alone (本政策自发布之日起生效) is not a change clause.
	effectivePattern = mustPattern("@chgVerb 后 ~12 自|于 ~4 @chgPosting ~2 之日起|之时起|时起 ~4 生效")
	// checkPattern: the person must check the text for changes (请定期查阅).
	checkPattern = mustPattern("请|应|应当|需|需要|建议|须|务必 ~4 定期|经常|不时|时常|不定期|不定时 ~4 @chgCheck")
	// advancePatterns: consent given in advance to future versions
	// (包括更新版本, 同意遵守我们今后发布的规则).
	advancePatterns = []*pattern{
		mustPattern("包括|包含|含|及其|以及|及 ~4 @chgVerb ~4 版本"),
		mustPattern("本或 ~2 @chgVerb ~2 后"),
		mustPattern("同意|接受|遵守 ~~24 @chgLater ~10 @chgVerb|发布|制定|公布|颁布 ~12 @chgDoc|版本"),
		mustPattern("同意|接受|遵守 ~~24 @chgLater ~4 对 ~6 @chgDoc ~10 @chgVerb"),
		mustPattern("预先|事先|提前 ~2 同意|接受 ~24 @chgVerb"),
		// 今后制定或修改的各项规章，会员均予以认可并遵守
		mustPattern("@chgLater ~4 制定|修改|修订|发布|颁布 ~12 @chgDoc|规章|规定|制度 ~~12 予以|均|一律|概 ~2 认可|遵守|接受|同意"),
		// 本协议内容包括…将来可能发布的各类规则: future rules incorporated
		mustPattern("本协议|本条款|本政策 ~10 包括|包含 ~30 @chgLater|将来可能 ~10 发布|制定|修订|修改 ~8 规则|协议|政策|条款"),
	}
	// changedRefPatterns: what is accepted is a change (更新后的政策,
	// 此等变更, 对本协议的修改, 新政策).
	changedRefPatterns = []*pattern{
		mustPattern("此等|该等|上述|前述|这些|此类|以上|任何 ~2 @chgVerb"),
		mustPattern("@chgVerb 后|内容|版本"),
		mustPattern("经 ~2 @chgVerb"),
		mustPattern("@chgDoc ~4 @chgVerb"),
		mustPattern("@chgVerb ~4 @chgDoc"),
		mustPattern("新政策|新版|新协议|新条款|新规则|最新版本|最新公布的|最新发布的|最新的版本"),
		mustPattern("新的 ~4 @chgDoc"),
		mustPattern("@deemAccept ~1 @chgVerb"),
	}
)

// policyChange extracts a policy_change claim: the sentence is about
// changing the notice or agreement. Attributes: change, unilateral,
// at_will, no_notice, posted_only, advance_consent, deemed_acceptance
// (continued use taken as acceptance of the change), final_interpretation,
// notice, reconsent, material.
func policyChange(s *sent) (Claim, bool) {
	if s.serviceRulesOnly() {
		return Claim{}, false
	}
	attrs := map[string]Cue{}
	about := false
	docText := s.docText()
	noNotice := s.matchAll(noNoticePatterns)
	for _, v := range s.findAny(changeVerbs) {
		from, to := s.clauseStart(v.start), clauseEnd(s.text, v.end)
		if containsAny(docText[from:to], docNouns) {
			since := from // 不经通知即修改: the no-notice wording denies nothing
			for _, m := range noNotice {
				if m.end <= v.start {
					since = max(since, m.end)
				}
			}
			attrs["change"] = Cue{Cue: v.cue, Span: s.span(v.start, v.end), Negated: s.negatedSince(v, since)}
			about = true
			break
		}
	}
	if d, ok := s.deemed(); ok {
		tail := s.text[d.accept.start:]
		if i := strings.IndexAny(tail, "。；;"); i >= 0 {
			tail = tail[:i]
		}
		from, to := d.accept.start, d.accept.start+len(tail)
		// 视为接受本协议不时修订之版本: the advance wording is what is accepted
		adv := s.matchIn(advancePatterns, from, to)
		bare := !containsAny(tail, docNouns) && s.changeBefore() // 更新后的内容…；继续使用的，视为接受
		if (len(s.matchIn(changedRefPatterns, from, to)) > 0 || bare) && (len(adv) == 0 || adv[0].start == d.accept.start) {
			if da, act := s.deemedAct(d); da["passive"].Cue != "" {
				attrs["deemed_acceptance"] = Cue{Cue: d.cue.cue, Span: s.span(d.cue.start, d.cue.end), Negated: s.deemedNegated(d, act)}
				about = true
			}
		}
	}
	changed := func() bool { // asked only when nothing else settled it
		return about || len(s.findAny(changeVerbs)) > 0 || len(s.matchAll(changedRefPatterns)) > 0 ||
			len(s.matchPattern(checkPattern)) > 0 // 请定期查阅本政策: changes are only posted
	}
	if _, ok := s.atWill(docText); ok {
		about = true
	}
	if ms := s.matchAll(advancePatterns); len(ms) > 0 && containsAny(docText, docNouns) {
		s.setMatch(attrs, "advance_consent", ms[0])
		about = true
	}
	if !about && len(s.findSub(reconsentCues)) > 0 && changed() {
		about = true // 涉及处理目的…变更的，我们会重新征得您的同意
	}
	for _, h := range s.notices(noNotice) {
		before := []rune(s.text[:h.start])
		near := string(before[max(0, len(before)-30):]) + s.text[h.start:clauseEnd(s.text, h.end)]
		if !about && (containsAny(near, changeVerbs) || containsAny(near, materialCues)) && !s.contains(productNews) {
			about = true // 若涉及重大变更，我们会以弹窗方式通知您; 提醒您更新的内容
		}
	}
	if !about && (len(s.matchAll(postedPatterns)) > 0 || len(noNotice) > 0 || len(s.matchPattern(effectivePattern)) > 0) &&
		changed() && (containsAny(docText, docNouns) || len(s.findSub(materialCues)) > 0) {
		about = true // 修改后的协议一经公布即生效
	}
	if !about && len(s.matchPattern(useAppliesPattern)) > 0 {
		about = true // 继续使用的，修改后的政策将适用于您
	}
	if !about {
		if f := s.findAny(finalCues); len(f) > 0 && s.contains([]string{"变更", "修改"}) {
			about = true
		}
	}
	if !about {
		return Claim{}, false
	}
	for name, cues := range map[string][]string{"unilateral": unilateralCues, "final_interpretation": finalCues,
		"reconsent": reconsentCues, "material": materialCues} {
		if h := s.findLoose(cues); len(h) > 0 {
			attrs[name] = Cue{Cue: h[0].cue, Span: s.span(h[0].start, h[0].end), Negated: s.negated(h[0])}
		}
	}
	s.changeManner(attrs, docText)
	s.useApplies(attrs)
	c := Claim{Type: "policy_change", Negated: attrs["change"].Negated, Conditional: s.conditional(), Attributes: attrs}
	return c, true
}

// changeManner adds how a change is made: no_notice, at_will (about the
// document, not the service), posted_only, and notice (outside a no-notice
// wording: 无需另行通知您 is no notice).
func (s *sent) changeManner(attrs map[string]Cue, docText string) {
	noNotice := s.matchAll(noNoticePatterns)
	if len(noNotice) > 0 {
		s.setMatch(attrs, "no_notice", noNotice[0])
	}
	if m, ok := s.atWill(docText); ok {
		s.setMatch(attrs, "at_will", m)
	}
	if ms := append(s.matchAll(postedPatterns), s.matchPattern(effectivePattern)...); len(ms) > 0 {
		s.setMatch(attrs, "posted_only", ms[0])
	}
	if ns := s.notices(noNotice); len(ns) > 0 {
		h := ns[0]
		neg := s.negated(h) && !strings.Contains(s.text[s.clauseStart(h.start):h.start], "不限于")
		attrs["notice"] = Cue{Cue: h.cue, Span: s.span(h.start, h.end), Negated: neg}
	}
}

// atWill returns the processor's reservation of changes at will, when it
// concerns the document (a document noun in its clause) or names no object
// at all (我们保留随时修改的权利), and the person is not the one changing
// (您可以随时变更您的授权).
func (s *sent) atWill(docText string) (match, bool) {
	for _, m := range s.matchAll(atWillPatterns) {
		from, to := s.clauseStart(m.start), clauseEnd(s.text, m.end)
		if containsAny(s.text[from:m.start], userChanges) || strings.HasSuffix(s.text[:m.start], "所") {
			continue // 您可以变更, 所有权结构发生变化
		}
		if containsAny(docText[from:to], docNouns) {
			return m, true
		}
		rest := strings.TrimLeft(s.text[m.end:to], "了")
		objectless := rest == "" || strings.HasPrefix(rest, "的权利") || strings.HasPrefix(rest, "之权利") ||
			strings.HasPrefix(rest, "权")
		if objectless && containsAny(s.text[from:m.start], processorSubjects) {
			return m, true // 我们保留随时修改的权利
		}
	}
	return match{}, false
}

// docText returns the sentence text with policies that are not the
// document (国家政策, 监管政策) blanked out, byte offsets unchanged.
func (s *sent) docText() string {
	if !s.contains(outsideDocs) {
		return s.text // the usual case: nothing to blank out
	}
	t := s.text
	for _, o := range outsideDocs {
		t = strings.ReplaceAll(t, o, strings.Repeat("_", len(o)))
	}
	return t
}

// setMatch records match m as attribute name.
func (s *sent) setMatch(attrs map[string]Cue, name string, m match) {
	h := s.hitAt(m.start, m.end)
	attrs[name] = Cue{Cue: h.cue, Span: s.span(h.start, h.end), Negated: s.negated(h)}
}

// negatedSince reports whether a negator token precedes h within its
// clause, after byte offset from.
func (s *sent) negatedSince(h hit, from int) bool {
	from = max(from, s.clauseStart(h.start))
	for i := h.tok - 1; i >= 0 && s.tokens[i].Start >= from; i-- {
		if negators[s.tokens[i].Text] {
			return true
		}
	}
	return false
}

// notices returns the notice wordings of s outside the no-notice ones
// (无需另行通知您 is no notice).
func (s *sent) notices(noNotice []match) []hit {
	var out []hit
	for _, h := range s.findLoose(noticeCues) {
		inside := false
		for _, m := range noNotice {
			inside = inside || h.start < m.end && h.end > m.start
		}
		if !inside {
			out = append(out, h)
		}
	}
	return out
}
