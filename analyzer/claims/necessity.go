package claims

// necessityCues state that processing is necessary for a function.
var necessityCues = []string{"所必需", "所必须", "所必要", "必需的", "必需", "必要性", "是必要的", "必不可少", "不可或缺",
	"必要的个人信息", "必要信息", "必要个人信息", "基本功能所", "必须收集", "必须的", "基础信息", "必要的信息", "只能通过"}

// impactCues explain the effect of processing on the person (个保法 第三十条).
var impactCues = []string{"对您的个人权益", "对个人权益", "对您个人权益", "个人权益的影响", "个人权益造成", "对您的权益",
	"一旦泄露", "泄露或非法使用", "泄露或者非法使用", "人格尊严", "人身、财产安全", "人身和财产安全", "人身及财产安全",
	"人身财产安全", "可能对您造成", "对您产生的影响", "对您的影响"}

// necessityPatterns word necessity (没有病历资料，医生无法作出判断) and impact
// (如病历被泄露，可能会侵害您的隐私) with their words apart.
var necessityPatterns = map[string][]*pattern{
	"necessity": {mustPattern("没有|缺少|缺乏|如无|若无 ~~12 无法|不能|难以")},
	"impact":    {mustPattern("泄露|泄漏|滥用|非法使用|被盗用|篡改 ~~12 侵害|危害|损害|风险|不利影响|损失|歧视")},
}

// sensitiveRefs name sensitive personal information as a class.
var sensitiveRefs = []string{"敏感个人信息", "个人敏感信息", "敏感信息", "敏感数据"}

// necessity extracts necessity and impact claims: the sentence explains why
// information is needed (所必需) or how processing affects the person (一旦
// 泄露…). A sentence that names sensitive information as a class carries the
// attribute sensitive_ref. A definition of a term (敏感个人信息是指一旦泄露…)
// explains nothing about the processing.
func necessity(s *sent) []Claim {
	if s.contains(definesTerm) {
		return nil // 个人敏感信息是指一旦泄露…可能危害…: what the term means, not this processing
	}
	var out []Claim
	cats, sens := s.categories()
	for _, k := range []struct {
		kind string
		cues []string
	}{{"necessity", necessityCues}, {"impact", impactCues}} {
		hits := s.findAny(k.cues)
		if len(hits) == 0 {
			if ms, _ := s.matchAny(necessityPatterns[k.kind]); len(ms) > 0 {
				hits = []hit{s.hitAt(ms[0].start, ms[0].end)}
			}
		}
		if len(hits) == 0 {
			continue
		}
		h := hits[0]
		c := Claim{Type: "necessity", Kind: k.kind, Categories: cats, Sensitive: sens, Negated: s.negated(h),
			Conditional: s.conditional(), Attributes: map[string]Cue{
				k.kind: {Cue: h.cue, Span: s.span(h.start, h.end), Negated: s.negated(h)}}}
		if r := s.findAny(sensitiveRefs); len(r) > 0 {
			c.Attributes["sensitive_ref"] = Cue{Cue: r[0].cue, Span: s.span(r[0].start, r[0].end)}
		}
		out = append(out, c)
	}
	return out
}

// definesTerm mark a sentence that defines a term.
var definesTerm = []string{"是指", "指的是", "信息：指", "信息:指", "信息，指"}
