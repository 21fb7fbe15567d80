package claims

import (
	"regexp"
	"strings"
)

// Retention vocabulary.
var (
	// storeVerbs mark keeping information.
	storeVerbs = []string{"保存", "保留", "存储", "留存", "储存", "存放", "保管", "存留", "存档", "归档", "留档"}
	// eraseVerbs end retention: deletion, destruction or anonymisation.
	eraseVerbs = []string{"删除", "匿名化", "销毁", "清除", "去标识化"}
	// foreverCues state a retention period without end.
	foreverCues = []string{"永久性", "永久", "无限期", "无期限", "不限期限", "不设期限", "没有期限", "终身", "永远"}
	// boundTerms name a bounded period or the way to determine it.
	boundTerms = []string{"最短期限", "最短时间", "最短必要", "最短的时间", "最短的期限", "最短保存", "所必需的期限",
		"所必需的期间", "所必需的时间", "所必要的期限", "所必要的时间", "必要的期限", "必要期限", "必需的期限", "所需的期限",
		"法定期限", "为止", "时止", "日止", "直至", "直到", "时限", "规定的期限", "规定的保存期限",
		"规定的存储期限", "要求的期限", "规定的时间", "规定的期间"}
	// endTriggers are events after which information is erased (注销后删除).
	endTriggers = []string{"注销", "终止", "届满", "期满", "到期", "结束", "完成", "撤回", "停止运营", "停止提供", "解除", "实现"}
	// anonymisedObjects are kept without limit lawfully (PIPL Art. 4).
	anonymisedObjects = []string{"匿名化处理后", "经匿名化", "匿名化后", "已匿名化", "无法识别", "不能识别", "无法再识别", "聚合", "汇总"}
	// infoWords name something that can carry personal information.
	infoWords = []string{"信息", "数据", "资料", "记录", "照片", "影像", "图像", "内容", "档案", "特征", "视频", "音频", "简历", "样本", "检测结果", "病历", "评论", "留言", "回放", "录像", "录屏", "存档"}
	// legalGrounds justify keeping or not deleting (PIPL Art. 47(2)).
	legalGrounds = []string{"技术上", "技术原因", "技术限制", "难以实现", "法律", "法规", "监管", "司法", "依法", "未届满", "国家规定", "有权机关"}
)

var (
	// periodRe matches a stated length of time (三年, 15个工作日, 72 小时).
	periodRe = regexp.MustCompile(`(\d+(\.\d+)?|[一二三四五六七八九十百千两半]+)\s*(个)?\s*(工作日|自然日|个月|日|天|周|星期|月|年|小时|分钟)`)
	// duringRe bounds retention by a relationship (账号存续期间, 服务期间).
	duringRe = regexp.MustCompile(`(存续|使用|服务|有效|保有|注册|合同|会员|账户|帐户|账号|帐号)期间`)
	// untilRe keeps information until an event (保存至账号注销之日, 保留到
	// 服务终止时).
	untilRe = regexp.MustCompile(`(保存|保留|存储|留存|储存)(至|到)[^，,；;。]{1,16}?(之日|之时|时|后|当日)|` +
		`(保存|保留|存储|留存|储存)(至|到|直至)[^，,；;。]{0,12}?(注销|终止|届满|期满|到期|撤回|解除)`)
	// keepsRe says information is not deleted (且不予删除, 不因注销而删除).
	keepsRe = regexp.MustCompile(`不会?因[^，,；;。]{1,20}?而?(删除|清除|销毁)|(不予|不作|不做|不进行|不会|不|不再)(删除|清除|销毁)|` +
		`(不承担|不负有|无|没有)[^，,；;。]{0,2}(删除|销毁)(义务|责任)|(无需|无须|不必|没有义务)(删除|销毁)`)
	// survivesRe keeps information after the event that should end it
	// (注销后仍将保留).
	survivesRe = regexp.MustCompile(`(注销|终止|到期|届满|期满|撤回|停止使用|退出|结业|解约|退会|离职|毕业|退学|销户|退租|搬离)[^。；，,]{0,15}?后[^。；]{0,25}?(仍|继续|依然|照常|有权|将|会)(将|会|可|可以|有权|继续)?[^。；，,]{0,6}?(保留|保存|存储|留存|使用)`)
)

// keepsDespite keeps information although the event that should end it
// happened (即使您注销账号，我们也会继续保存…).
var keepsDespite = mustPattern("即使|即便|尽管|虽然 ~12 注销|删除|终止|撤回|解约|退出 ~~20 继续|仍|仍然|依然|照常 ~8 保存|保留|存储|留存|储存")

// keptDespite is keepsDespite with the keeping first (我们将一直保存，即使
// 您已注销账户).
var keptDespite = mustPattern("保存|保留|存储|留存|储存 ~~4 即使|即便|哪怕|纵使 ~12 注销|删除|终止|撤回|解约|退出")

// openPeriod states that the retention period has no limit (不设保存期限,
// 存储期限不作限制).
var openPeriod = []*pattern{
	mustPattern("不设|没有|未设|无|不设定 ~2 保存期限|存储期限|保留期限|留存期限|储存期限"),
	mustPattern("保存期限|存储期限|保留期限|留存期限|储存期限 ~4 不作限制|不做限制|不受限制|不设限|无限制|不限|不设上限|不作任何限制|不做任何限制|不设任何限制"),
	// 自行决定…的保存期限: the end is the processor's to pick
	mustPattern("自行决定|自行确定|酌情决定|单方决定 ~10 保存期限|存储期限|保留期限|留存期限|储存期限"),
}

// retention extracts what the sentence says about how long information is
// kept: a bounded period (a length, 最短必要期限, until an event), an
// unlimited one (永久保存, 不因注销而删除) or a long one with no end (长期保存).
func retention(s *sent) (Claim, bool) {
	if s.heading {
		return headingClaim(s, "retention", []string{"存储", "保存", "保留", "留存", "储存", "期限"}, []string{"Cookie", "cookie", "权限"})
	}
	if !s.contains(storeVerbs) && !s.contains(eraseVerbs) {
		return Claim{}, false
	}
	cats, sens := s.categories()
	c := Claim{Type: "retention", Categories: cats, Sensitive: sens, Conditional: s.conditional(), Attributes: map[string]Cue{}}
	bound, hasBound := s.bound()
	if hasBound {
		// 保存不超过七天 bounds the period: the cue is never negated.
		c.Attributes["period"] = Cue{Cue: bound.cue, Span: s.span(bound.start, bound.end)}
	}
	forever := s.forever()
	keeps := s.keeps()
	switch {
	case !s.allNegated(forever) || len(keeps) > 0:
		c.Kind = "unlimited"
		if h, ok := s.pick(forever); ok && !s.negated(h) {
			c.Attributes["unlimited"] = s.cueOf(h)
		}
		if len(keeps) > 0 {
			c.Attributes["survives"] = s.cueOf(keeps[0])
		}
		if h := s.long(); h != nil {
			c.Attributes["long"] = s.cueOf(*h)
		}
	case s.long() != nil && !hasBound:
		c.Kind = "long"
		c.Attributes["long"] = s.cueOf(*s.long())
	case hasBound && s.pointsToFull():
		return Claim{}, false // 了解保存期限请查看全文: a summary's pointer
	case hasBound:
		c.Kind = "bounded"
	case s.localOnly():
		// Kept only on the person's device: the processor retains nothing.
		c.Kind = "local"
		h, _ := s.pick(s.findSub(localWords))
		c.Attributes["local"] = Cue{Cue: h.cue, Span: s.span(h.start, h.end)}
	case len(forever) > 0:
		c.Kind, c.Negated = "unlimited", true
		c.Attributes["unlimited"] = s.cueOf(forever[0])
	default:
		return Claim{}, false
	}
	return c, true
}

// ownDiscretion leave the end of retention to the processor.
var ownDiscretion = []string{"另行决定", "自行决定", "认为必要", "认为需要", "认为适当", "酌情"}

// localWords place information on the person's own device.
var localWords = []string{"本地", "您的设备", "你的设备", "您的手机", "你的手机", "您的浏览器", "你的浏览器"}

// localOnly reports whether the sentence keeps information only on the
// person's device (仅存储在您的设备本地，不会上传).
func (s *sent) localOnly() bool {
	return s.contains(localWords) && s.contains([]string{"仅", "只", "不会上传", "不上传", "不会传输", "不会发送", "不会同步"})
}

// storeClause reports whether the clause of h keeps information, or names a
// period while the sentence keeps information (保存…，期限为永久).
func (s *sent) storeClause(h hit) bool {
	cl := s.clauseOf(h)
	for _, v := range storeVerbs {
		if strings.Contains(cl, v) {
			return true
		}
	}
	return (strings.Contains(cl, "期限") || strings.Contains(cl, "期间")) && s.contains(storeVerbs)
}

// forever finds unlimited-period cues about keeping personal information,
// leaving out 永久删除 and anonymised data.
func (s *sent) forever() []hit {
	if s.contains(anonymisedObjects) || !s.personalObject() {
		return nil
	}
	var out []hit
	for _, h := range s.findAny(foreverCues) {
		if strings.HasPrefix(h.cue, "永") && notUnlimited[s.tokenAfter(h)] {
			continue
		}
		if s.storeClause(h) {
			out = append(out, h)
		}
	}
	for _, p := range openPeriod {
		for _, m := range s.matchPattern(p) {
			h := s.hitAt(m.start, m.end)
			h.cue = m.text(s)
			out = append(out, h)
		}
	}
	return out
}

// long finds an affirmed 长期 about keeping information.
func (s *sent) long() *hit {
	if s.contains(anonymisedObjects) || !s.personalObject() {
		return nil
	}
	for _, h := range s.find("长期") {
		if s.storeClause(h) && !s.negated(h) && !strings.Contains(s.clauseOf(h), "授权") { // 授权期限为长期: a grant's term
			return &h
		}
	}
	return nil
}

// keeps finds statements that kept information is not deleted, or survives
// account cancellation, stated by the processor with no legal ground and no
// bound (账户注销后，我们仍将保留…且不予删除).
func (s *sent) keeps() []hit {
	if !s.contains([]string{"删除", "清除", "销毁", "后", "即使", "即便", "尽管", "虽然"}) || !s.personalObject() || s.contains(legalGrounds) || s.contains(anonymisedObjects) {
		return nil
	}
	if _, ok := s.bound(); ok {
		return nil
	}
	stores := false
	for _, h := range s.findSub(storeVerbs) {
		if !s.negated(h) && !s.userActor(h) {
			stores = true
		}
	}
	if !stores {
		return nil
	}
	var out []hit
	for _, m := range append(s.matchPattern(keepsDespite), s.matchPattern(keptDespite)...) {
		h := s.hitAt(m.start, m.end)
		h.cue = m.text(s)
		out = append(out, h)
	}
	for _, h := range s.findRe(survivesRe) {
		// the event is often the person's (本人注销账户后): who keeps is
		// asked at the keeping verb
		if !s.userActor(s.lastIn(h, storeVerbs)) && !s.negated(h) {
			out = append(out, h)
		}
	}
	for _, h := range s.findRe(keepsRe) {
		if !s.userActor(h) && !s.negated(h) {
			out = append(out, h)
		}
	}
	sortHits(out)
	return out
}

// bound finds a bounded retention period: a length of time, a term such as
// 最短必要期限, or erasure after an event (注销后删除).
func (s *sent) bound() (hit, bool) {
	for _, h := range s.findRe(periodRe) {
		cl := s.clauseOf(h)
		if containsAny(cl, storeVerbs) || containsAny(cl, eraseVerbs) {
			return h, true
		}
	}
	for _, h := range s.findAny(boundTerms) {
		if !containsAny(s.clauseOf(h), ownDiscretion) {
			return h, true // not 直至本公司另行决定删除: an end the processor picks at will
		}
	}
	for _, h := range s.findAny(periodNames) {
		if valueFollows(s.text[h.end:]) && !containsAny(s.clauseOf(h), ownDiscretion) {
			return h, true
		}
	}
	if h := s.findRe(duringRe); len(h) > 0 {
		return h[0], true
	}
	if h := s.findRe(untilRe); len(h) > 0 {
		return h[0], true
	}
	for _, e := range s.findSub(eraseVerbs) {
		if s.negated(e) || s.refused(e) {
			continue
		}
		for _, t := range s.findAny(endTriggers) {
			if t.start < e.start && s.after(t) {
				return t, true
			}
		}
	}
	return hit{}, false
}

// refusals right before an erase verb deny it (不予删除, 不因注销而删除).
var refusals = []string{"不予", "不作", "不做", "不", "不会", "无法", "不能", "不支持", "不可", "拒绝", "不再", "不进行", "而", "无需"}

// refused reports whether a refusal word comes right before h.
func (s *sent) refused(h hit) bool {
	for _, r := range refusals {
		if strings.HasSuffix(s.text[:h.start], r) {
			return true
		}
	}
	return false
}

// after reports whether an event hit is followed by 后 or 时 in its clause
// (注销后, 期满时): erasure is tied to the event.
func (s *sent) after(h hit) bool {
	rest := s.text[h.end:s.clauseEnd(h.end)]
	return strings.Contains(rest, "后") || strings.Contains(rest, "时")
}

// personalObject reports whether the sentence is about something that can
// carry personal information.
func (s *sent) personalObject() bool {
	if s.contains(infoWords) {
		return true
	}
	cats, _ := s.categories()
	return len(cats) > 0
}

// containsAny reports whether text contains any of the terms.
func containsAny(text string, terms []string) bool {
	for _, t := range terms {
		if strings.Contains(text, t) {
			return true
		}
	}
	return false
}
