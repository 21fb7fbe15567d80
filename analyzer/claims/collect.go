package claims

import "regexp"

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
	hits := s.processorVerbs(s.verbal(s.findAny(collectVerbs)))
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
	if d, ok := s.denial(); ok {
		c.Attributes["denial"] = Cue{Cue: d.cue, Span: s.span(d.start, d.end)}
	}
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

// userAccessVerbs are what the person does to reach their own information
// (您可以通过访问<我-账户余额>查看您的交易记录): exercising a right, not a collection.
var userAccessVerbs = map[string]bool{"访问": true, "查询": true}

// processorVerbs drops the access verbs whose subject is the person
// (您可以…访问/查询), keeping the processor's own processing.
func (s *sent) processorVerbs(hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if userAccessVerbs[h.cue] && containsAny(s.text[s.clauseStart(h.start):h.start], userMay) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// denialCue matches the processor's denial that it collects or keeps the
// information at all (并不收集您的指纹, 不会获取, 不会向服务端上传).
var denialCue = regexp.MustCompile(`不(?:会|再)?(?:直接|主动)?(?:向服务[端器])?(?:收集|获取|采集|读取|录入|上传|保存|存储|留存)`)

// denial returns the first denial of collection in s.
func (s *sent) denial() (hit, bool) {
	loc := denialCue.FindStringIndex(s.text)
	if loc == nil {
		return hit{}, false
	}
	return hit{cue: s.text[loc[0]:loc[1]], start: loc[0], end: loc[1]}, true
}
