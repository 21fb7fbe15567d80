package claims

// collectVerbs mark processing of personal information by the processor.
var collectVerbs = []string{"收集", "获取", "采集", "读取", "调用", "记录", "录入", "填写", "提供", "上传", "查询",
	"核验", "核实", "验证", "使用", "处理", "保存", "存储", "留存", "访问", "识别", "申请"}

// conditionCues open a conditional clause.
var conditionCues = []string{"如", "如果", "若", "假如", "倘若", "如您", "若您", "除非", "经您", "在您同意", "在取得"}

// collect extracts a collect claim: the sentence processes personal
// information of the categories it names.
func collect(s *sent) (Claim, bool) {
	cats, sens := categoriesIn(s.text)
	if len(cats) == 0 || definitional(s) {
		return Claim{}, false
	}
	hits := s.verbal(s.findAny(collectVerbs))
	if len(hits) == 0 {
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
	if a, ok := s.thirdParty(hits[0]); ok {
		c.Attributes["third_party"] = Cue{Cue: a.cue, Span: s.span(a.start, a.end)}
	}
	c.Conditional = s.conditional()
	return c, true
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
