package claims

import "strings"

// wholeBefore reports whether one of the whole-service hits ws lies in the
// consequence (from from) before the scoping cue at scoped: 才能成为用户并使用
// 相应服务 costs the whole service.
func wholeBefore(ws []hit, from, scoped int) bool {
	for _, w := range ws {
		if w.start >= from && w.start < scoped {
			return true
		}
	}
	return false
}

// scoping returns the cue that limits a refusal's consequence (from byte
// from; the block ends at blockEnd) to one function: 不影响其他功能, 无法使用
// 第三方账号登录, 部分产品. A whole-service advice (请停止使用) or, in a
// requirement, a whole-service cue before the scoping one overrides it.
func (s *sent) scoping(whole, requirement bool, from, blockEnd int) (hit, bool) {
	var sc []hit
	for _, h := range s.findAny(scopedCues) {
		if !strings.HasSuffix(s.text[:h.start], "全部或") { // 全部或部分功能 is the whole
			sc = append(sc, h)
		}
	}
	if len(sc) > 0 {
		if requirement && wholeBefore(s.findAny(wholeCues), from, sc[0].start) {
			return hit{}, false
		}
		return sc[0], true
	}
	if whole {
		return hit{}, false
	}
	if mc := s.findAny(methodCues); len(mc) > 0 && containsAny(s.text[from:clauseEnd(s.text, blockEnd)], methodCues) {
		return mc[0], true
	}
	if pc := s.findSub(partCues); len(pc) > 0 && pc[len(pc)-1].start >= from &&
		!strings.HasSuffix(s.text[:pc[len(pc)-1].start], "全部或") {
		return pc[len(pc)-1], true // 部分产品, but not 全部或部分功能
	}
	return hit{}, false
}

// optedOutFunction returns the function named right after a choice not to
// use it (可以选择不使用“一键登录”功能): the person skips one function, not
// the service.
func (s *sent) optedOutFunction(b hit) (hit, bool) {
	if b.cue != "选择不使用" && b.cue != "可以不使用" {
		return hit{}, false
	}
	after := []rune(s.text[b.end:])
	if len(after) > 16 {
		after = after[:16]
	}
	rest := string(after)
	i := strings.Index(rest, "功能")
	if i < 0 || containsAny(rest[:i], []string{"全部", "所有", "任何", "本"}) {
		return hit{}, false
	}
	return s.hitAt(b.end+i, b.end+i+len("功能")), true
}

// optionalBefore finds the optional processing a bare refusal refers back
// to: the sentence before it in the same block consents to marketing or
// research (本人同意…用于产品营销；如本人不同意，贵公司将不予承保).
func (s *sent) optionalBefore(r hit) (string, bool) {
	rest := s.text[r.end:]
	if !strings.HasPrefix(rest, "，") && !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, "的") {
		return "", false // 不同意 has its own object
	}
	i := strings.Index(s.block, s.text)
	if i <= 0 {
		return "", false
	}
	prev := s.block[:i]
	if j := strings.LastIndexAny(strings.TrimRight(prev, "。！？ \n"), "。！？\n"); j >= 0 {
		prev = prev[j:]
	}
	if !strings.Contains(prev, "同意") && !strings.Contains(prev, "授权") {
		return "", false
	}
	for _, c := range optionalCues {
		if strings.Contains(prev, c) {
			return c, true
		}
	}
	return "", false
}
