package claims

// Wording of clauses about changing the notice or agreement itself.
var (
	changeVerbs = []string{"修改", "变更", "更新", "修订", "调整", "更改", "变化", "修正"}
	// docNouns name the document being changed.
	docNouns = []string{"本政策", "隐私政策", "本协议", "协议", "本条款", "条款", "授权书", "本规则", "本声明", "本指引",
		"政策", "新政策", "规则", "新版"}
	// changedRefs refer to a change already described (此等变更, 更新后的政策).
	changedRefs = []string{"变更", "修改", "更新", "修订", "变动", "新政策", "新版", "更改"}
	// Attributes of a change clause.
	unilateralCues = []string{"有权", "保留", "随时", "单方", "不时", "自行决定", "任何时候", "单方面"}
	noNoticeCues   = []string{"无需另行通知", "恕不另行通知", "无需通知", "不另行通知", "无需事先通知", "无须另行通知",
		"无须通知", "不再另行通知", "不另行告知", "无需另行告知", "无需事先告知", "一经公布即生效", "一经发布即生效",
		"不再单独通知", "无需经您同意", "无需征得您的同意", "无需另行征得", "不另作通知", "无须征得", "无须事先通知",
		"无须另行告知", "不另行通知您", "不作另行通知", "视为已经通知", "视为已通知", "视为本公司已经通知",
		"视为我们已经通知", "一经公布即", "一经发布即", "公布即生效", "发布即生效"}
	finalCues     = []string{"最终解释权"}
	noticeCues    = []string{"通知您", "告知您", "弹窗", "站内信", "公告", "推送", "提醒您", "显著方式", "显著的方式", "邮件", "短信"}
	reconsentCues = []string{"重新征得", "重新取得", "再次征得", "重新获得", "重新获取", "再次取得", "重新征求",
		"征得您的同意", "取得您的同意", "征求您的同意", "另行征得", "征得您的明确同意", "取得您的明确同意"}
	materialCues = []string{"重大变更", "重大变化", "实质", "重要变更", "重大修改", "重大调整"}
)

// policyChange extracts a policy_change claim: the sentence is about
// changing the notice or agreement. Attributes: change, unilateral,
// no_notice, deemed_acceptance (continued use taken as acceptance of the
// change), final_interpretation, notice, reconsent, material.
func policyChange(s *sent) (Claim, bool) {
	attrs := map[string]Cue{}
	about := false
	for _, v := range s.findAny(changeVerbs) {
		from, to := s.clauseStart(v.start), clauseEnd(s.text, v.end)
		if containsAny(s.text[from:to], docNouns) {
			attrs["change"] = Cue{Cue: v.cue, Span: s.span(v.start, v.end), Negated: s.negated(v)}
			about = true
			break
		}
	}
	if h := s.findAny(deemedCues); len(h) > 0 && (about || containsAny(s.text[h[0].start:], changedRefs)) {
		if d, ok := deemedAttrs(s, h[0]); ok {
			if _, pass := d["passive"]; pass {
				attrs["deemed_acceptance"] = d["cue"]
				about = true
			}
		}
	}
	if !about && len(s.findSub(reconsentCues)) > 0 && len(s.findAny(changeVerbs)) > 0 {
		about = true // 涉及处理目的…变更的，我们会重新征得您的同意
	}
	if !about {
		if f := s.findAny(finalCues); len(f) > 0 && containsAny(s.text, []string{"变更", "修改"}) {
			about = true
		}
	}
	if !about {
		return Claim{}, false
	}
	for name, cues := range map[string][]string{"unilateral": unilateralCues, "no_notice": noNoticeCues,
		"final_interpretation": finalCues, "notice": noticeCues, "reconsent": reconsentCues, "material": materialCues} {
		if h := s.findLoose(cues); len(h) > 0 {
			attrs[name] = Cue{Cue: h[0].cue, Span: s.span(h[0].start, h[0].end), Negated: s.negated(h[0])}
		}
	}
	c := Claim{Type: "policy_change", Negated: attrs["change"].Negated, Conditional: s.conditional(), Attributes: attrs}
	return c, true
}
