package claims

import "strings"

// Wording about children (个保法 第三十一条).
var (
	// childTerms name persons under 14 (or children generally).
	childTerms = []string{"不满十四周岁", "不满14周岁", "未满十四周岁", "未满14周岁", "十四周岁以下", "14周岁以下",
		"十四岁以下", "14岁以下", "不满 14 周岁", "未满 14 周岁", "儿童", "少儿", "中小学生", "小学生", "幼儿", "学龄前",
		"您的孩子", "您孩子", "你的孩子",
		// pupils of a primary school or kindergarten are under 14
		"一至六年级", "一到六年级", "1-6年级", "1至6年级", "小学", "幼儿园", "在园幼儿"}
	// minorTerms name persons under 18, who may include children.
	minorTerms = []string{"未成年人", "未成年", "青少年", "未满十八周岁", "未满18周岁", "不满十八周岁", "不满18周岁", "未满 18 周岁"}
	// targetCues say the service is meant for children.
	targetCues = []string{"面向", "专为", "针对", "适用于", "服务对象"}
	// addressCues speak to a child user (若您是不满十四周岁的…).
	addressCues = []string{"若您是", "如果您是", "如您是", "若您为", "如您为", "如果您为", "您是", "您为", "学生注册", "学生用户", "儿童用户"}
	// guardianCues require the consent or presence of a parent or guardian.
	guardianCues = []string{"监护人同意", "监护人的同意", "监护人授权", "监护人的授权", "监护人陪同", "监护人的陪同",
		"监护人的监护", "监护人的指导", "监护人指导", "家长同意", "家长的同意", "父母同意", "父母的同意", "父母陪同",
		"家长陪同", "监护人的书面同意", "监护人书面同意", "监护人确认", "取得监护人", "征得监护人", "获得监护人",
		"经监护人", "监护人同意后", "父母或其他监护人同意", "父母或监护人同意", "父母或其他监护人的同意",
		"父母或监护人的同意", "可证实的父母同意", "家长授权"}
	// deemedGuardianCues let a child consent alone or deem the guardian's consent.
	deemedGuardianCues = []string{"视为已取得", "表示监护人", "视为其监护人", "表示您的监护人", "视为已经取得", "视为监护人", "视为您的监护人", "视为已获得", "自行同意",
		"自行阅读并同意", "无需监护人", "无须监护人", "不需要监护人"}
	// specialRulesCues name dedicated rules for children's information.
	specialRulesCues = []string{"儿童个人信息保护规则", "儿童隐私保护", "儿童个人信息保护政策", "专门的个人信息处理规则", "儿童隐私政策"}
)

// minor extracts a minor claim from sentences about children. Kind is
// targets (the service is for children), excluded (minors may not use it),
// addressed (the text speaks to a child), collects (children's information
// is processed) or mention.
// Attributes: child (under 14) or minor (under 18), target, guardian_consent,
// deemed_guardian, special_rules.
func minor(s *sent) (Claim, bool) {
	attrs := map[string]Cue{}
	set := func(name string, cues []string) (hit, bool) {
		hs := s.findLoose(cues)
		if len(hs) == 0 {
			return hit{}, false
		}
		attrs[name] = Cue{Cue: hs[0].cue, Span: s.span(hs[0].start, hs[0].end), Negated: s.negated(hs[0])}
		return hs[0], true
	}
	if definitional(s) {
		return Claim{}, false
	}
	who, child := set("child", childTerms)
	if !child {
		if who, child = set("minor", minorTerms); !child {
			return Claim{}, false
		}
	}
	if _, ok := set("guardian_consent", guardianCues); !ok {
		if g, ok := guardianAct(s); ok {
			attrs["guardian_consent"] = Cue{Cue: s.text[g.start:g.end], Span: s.span(g.start, g.end), Negated: s.negated(g)}
		}
	}
	if _, ok := set("deemed_guardian", deemedGuardianCues); !ok {
		if ms, _ := s.matchAny(presumedGuardian); len(ms) > 0 {
			m := ms[0]
			attrs["deemed_guardian"] = Cue{Cue: m.text(s), Span: s.span(m.start, m.end), Negated: s.negated(m.slots[0])}
		}
	}
	if ms, _ := s.matchAny(childActs); len(ms) > 0 {
		m := ms[0]
		attrs["child_act"] = Cue{Cue: m.text(s), Span: s.span(m.start, m.end), Negated: s.negated(m.slots[0])}
	}
	if g, ok := attrs["guardian_consent"]; ok {
		if a := s.findAny(guardianAdviceCues); len(a) > 0 && s.span(a[0].start, a[0].end).Start.Offset < g.Span.Start.Offset {
			// 我们建议未成年人…寻求父母的同意: advice, not a requirement.
			delete(attrs, "guardian_consent")
			attrs["guardian_advised"] = Cue{Cue: a[0].cue, Span: s.span(a[0].start, a[0].end)}
		}
	}
	set("special_rules", specialRulesCues)
	c := Claim{Type: "minor", Kind: "mention", Conditional: s.conditional(), Attributes: attrs}
	if t, ok := set("target", targetCues); ok && t.start < who.start && !attrs["target"].Negated && who.start-t.end <= 24 &&
		!containsAny(s.text[t.end:who.start], adultTerms) {
		c.Kind = "targets"
	} else if endsWithAny(s.text[:who.start], includedCues) && s.contains(audienceWords) && !s.contains(excludedCues) {
		c.Kind = "targets" // 面向所有年龄段的用户，包括儿童
	} else if s.contains(excludedCues) {
		c.Kind = "excluded"
	} else if w, ok := addressedChild(s, who); ok && !parentAfter(s, w) {
		c.Kind = "addressed"
	} else if _, under14 := attrs["child"]; under14 && endsWithAny(s.text[:who.start], []string{"您", "你"}) &&
		(strings.HasPrefix(who.cue, "未满") || strings.HasPrefix(who.cue, "不满")) {
		c.Kind = "addressed" // 如您未满十四周岁，也可以正常使用
	} else if v := s.findAny(collectVerbs); len(v) > 0 {
		c.Kind = "collects"
		c.Negated = s.negated(v[0])
	}
	if t, ok := attrs["target"]; ok && t.Negated {
		c.Negated = true
	}
	return c, true
}

// presumedGuardian presumes or defaults the guardian's consent (在获得（推定
// 获得）监护人同意的前提下; 默认您已取得家长的许可; 推定监护人已经同意).
var presumedGuardian = []*pattern{
	mustPattern("推定|默认|推断 ~4 获得|取得|征得 ~10 监护人|家长|父母"),
	mustPattern("推定|默认|推断 ~10 监护人|家长|父母 ~6 同意|授权|认可|许可"),
}

// childActs let the child's own act stand for the guardian's consent (您的孩子
// 开始使用我们的服务…，都表示您同意; 儿童注册即视为其监护人已同意): deemed
// consent (consent-deemed) that also replaces the guardian's.
var childActs = []*pattern{
	mustPattern("孩子|儿童|未成年人|子女 ~~40 下载|访问|使用|注册|点击|勾选|提交 ~~40 都表示|均表示|即表示|表示|视为|即视为|均视为 ~6 您|监护人|家长|父母 ~8 同意|授权|许可"),
}

// guardianAdviceCues make guardian consent a recommendation (我们建议…征得监护人同意,
// 鼓励父母指导).
var guardianAdviceCues = []string{"建议", "鼓励", "提倡", "希望", "推荐"}

// includedCues put children among the users (用户包括儿童), when the
// sentence speaks of the audience (audienceWords), not of a list of
// information kinds (敏感信息包括儿童个人信息).
var (
	includedCues  = []string{"包括", "包含", "其中包括", "含"}
	audienceWords = []string{"用户", "对象", "人群", "年龄段", "受众", "使用者"}
)

// adultTerms between a target cue and the child make adults the target
// (本服务仅面向成年人，未成年人请勿使用).
var adultTerms = []string{"成年人", "成人", "十八周岁以上", "18周岁以上", "年满十八", "年满18"}

// addressedChild returns the child or minor that an address cue (若您是)
// speaks to: the first mention after the first address cue, wherever the
// child was first named (我们重视未成年人的保护，若您是未成年人…).
func addressedChild(s *sent, who hit) (hit, bool) {
	a := s.findAny(addressCues)
	if len(a) == 0 {
		return hit{}, false
	}
	if a[0].start < who.start {
		return who, true
	}
	for _, h := range s.findLoose(append(append([]string{}, childTerms...), minorTerms...)) {
		if h.start > a[0].start && h.start-a[0].end <= 12 {
			return h, true
		}
	}
	return hit{}, false
}

// guardians name the parent or guardian; guardianActs what they do.
var (
	guardians    = []string{"监护人", "家长", "父母"}
	guardianActs = []string{"同意", "授权", "陪同", "指导", "确认", "认证", "许可"}
	parentSpeech = []string{"您的孩子", "您孩子", "您的子女", "你的孩子"}
	excludedCues = []string{"不要使用", "请勿使用", "不得使用", "不要或终止使用", "停止使用", "不面向", "不向未成年人提供", "仅面向成年人", "仅限成年人"}
)

// guardianAct finds a guardian who consents or accompanies within a few
// characters (在监护人明确同意和指导下), or text that speaks to the parent
// about their child (您的孩子).
func guardianAct(s *sent) (hit, bool) {
	for _, g := range s.findAny(guardians) {
		end := clauseEnd(s.text, g.end)
		window := s.text[g.end:min(end, g.end+75)] // 监护人应当在儿童使用前阅读本政策并作出同意
		for _, a := range guardianActs {
			if i := strings.Index(window, a); i >= 0 {
				return hit{cue: s.text[g.start : g.end+i+len(a)], start: g.start, end: g.end + i + len(a), tok: g.tok, endTok: g.endTok}, true
			}
		}
	}
	if h := s.findAny(parentSpeech); len(h) > 0 {
		return h[0], true
	}
	return hit{}, false
}

// parentAfter reports whether the person addressed is the child's parent
// (若您是未成年人的家长或监护人).
func parentAfter(s *sent, who hit) bool {
	rest := s.text[who.end:clauseEnd(s.text, who.end)]
	return containsAny(rest, guardians)
}
