package claims

// Wording about children (个保法 第三十一条).
var (
	// childTerms name persons under 14 (or children generally).
	childTerms = []string{"不满十四周岁", "不满14周岁", "未满十四周岁", "未满14周岁", "十四周岁以下", "14周岁以下",
		"十四岁以下", "14岁以下", "不满 14 周岁", "未满 14 周岁", "儿童", "少儿", "中小学生", "小学生", "幼儿", "学龄前"}
	// minorTerms name persons under 18, who may include children.
	minorTerms = []string{"未成年人", "未成年", "未满十八周岁", "未满18周岁", "不满十八周岁", "不满18周岁", "未满 18 周岁"}
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
	deemedGuardianCues = []string{"视为已取得", "视为已经取得", "视为监护人", "视为您的监护人", "视为已获得", "自行同意",
		"自行阅读并同意", "无需监护人", "无须监护人", "不需要监护人"}
	// specialRulesCues name dedicated rules for children's information.
	specialRulesCues = []string{"儿童个人信息保护规则", "儿童隐私保护", "儿童个人信息保护政策", "专门的个人信息处理规则", "儿童隐私政策"}
)

// minor extracts a minor claim from sentences about children. Kind is
// targets (the service is for children), addressed (the text speaks to a
// child), collects (children's information is processed) or mention.
// Attributes: child (under 14) or minor (under 18), target, guardian_consent,
// deemed_guardian, special_rules.
func minor(s *sent) (Claim, bool) {
	attrs := map[string]Cue{}
	set := func(name string, cues []string) (hit, bool) {
		hs := s.findAny(cues)
		if len(hs) == 0 {
			return hit{}, false
		}
		attrs[name] = Cue{Cue: hs[0].cue, Span: s.span(hs[0].start, hs[0].end), Negated: s.negated(hs[0])}
		return hs[0], true
	}
	who, child := set("child", childTerms)
	if !child {
		if who, child = set("minor", minorTerms); !child {
			return Claim{}, false
		}
	}
	set("guardian_consent", guardianCues)
	set("deemed_guardian", deemedGuardianCues)
	set("special_rules", specialRulesCues)
	c := Claim{Type: "minor", Kind: "mention", Conditional: s.conditional(), Attributes: attrs}
	if t, ok := set("target", targetCues); ok && t.start < who.start && !attrs["target"].Negated && who.start-t.end <= 24 {
		c.Kind = "targets"
	} else if a := s.findAny(addressCues); len(a) > 0 && a[0].start < who.start {
		c.Kind = "addressed"
	} else if v := s.findAny(collectVerbs); len(v) > 0 {
		c.Kind = "collects"
		c.Negated = s.negated(v[0])
	}
	if t, ok := attrs["target"]; ok && t.Negated {
		c.Negated = true
	}
	return c, true
}
