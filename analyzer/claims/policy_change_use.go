package claims

import "strings"

// Continued use as the way a change takes effect, without a deeming verb:
// 您继续使用本服务的，修改后的政策将适用于您; 在征得您的同意或您继续访问的情况
// 下，更新后的政策对您生效. Consent offered only as an alternative to
// continued use is no fresh consent.
var (
	_ = synonymSet("chgUse", "继续使用", "继续访问", "继续浏览", "继续登录", "继续享用", "继续享受", "仍使用", "仍然使用",
		"仍继续使用", "仍在使用", "继续下载", "继续注册")
	_ = synonymSet("chgBinds", "适用于您", "适用于你", "适用于用户", "对您适用", "对你适用", "对您生效", "对你生效",
		"对用户生效", "对您具有约束力", "对你具有约束力", "对您产生约束力", "对您发生效力", "约束您", "约束你")
	// useAppliesPattern: continued use, then the changed text binds the person.
	useAppliesPattern = mustPattern("@chgUse ~~40 @chgVerb ~12 @chgBinds")
	// orUsePattern: consent or continued use (征得您的同意或您选择继续使用).
	orUsePattern = mustPattern("同意|授权 ~2 或|或者 ~8 @chgUse")
)

// useApplies sets deemed_acceptance when continued use makes a change
// bind the person, and negates a fresh-consent cue that is only an
// alternative to continued use.
func (s *sent) useApplies(attrs map[string]Cue) bool {
	ms := s.matchPattern(useAppliesPattern)
	if len(ms) == 0 {
		return false
	}
	m := ms[0]
	use, binds := m.slots[0], m.slots[len(m.slots)-1]
	if _, ok := attrs["deemed_acceptance"]; !ok {
		attrs["deemed_acceptance"] = Cue{Cue: binds.cue, Span: s.span(binds.start, binds.end),
			Negated: s.negated(binds) || s.negated(use)}
	}
	if alt := s.matchPattern(orUsePattern); len(alt) > 0 {
		if r, ok := attrs["reconsent"]; ok {
			r.Negated = true // consent or continued use: use alone suffices
			attrs["reconsent"] = r
		}
	}
	return true
}

// changeBefore reports whether the text just before s in its paragraph
// speaks of a changed text (更新后的内容；继续使用的，视为接受): a bare deemed
// acceptance that follows accepts that change.
func (s *sent) changeBefore() bool {
	i := strings.Index(s.block, s.text)
	if i <= 0 {
		return false
	}
	prev := []rune(s.block[:i])
	p := &sent{text: string(prev[max(0, len(prev)-60):])}
	return len(p.matchAll(changedRefPatterns)) > 0
}

// serviceRulePattern names rules of the service itself (积分兑换规则,
// 活动规则): changing them changes no processing terms.
var serviceRulePattern = mustPattern("积分|兑换|活动|收费|计费|价格|优惠|抽奖|等级|配送|退换货|促销 ~2 规则")

// ruleDocNouns are docNouns other than a bare 规则.
var ruleDocNouns = []string{"政策", "协议", "条款", "授权书", "声明", "指引", "须知", "告知书", "本规则", "同意书"}

// serviceRulesOnly reports whether the only text s changes is a rule of
// the service (调整积分兑换规则并在活动页面公布).
func (s *sent) serviceRulesOnly() bool {
	return len(s.matchPattern(serviceRulePattern)) > 0 && !containsAny(s.text, ruleDocNouns)
}
