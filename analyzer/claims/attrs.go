package claims

import "strings"

// attrs collects the attributes of one claim, each with its cue.
type attrs map[string]Cue

// mark records the first occurrence of any of cues as attribute name and
// reports whether one was found. The cue's polarity is its own clause's.
func (a attrs) mark(s *sent, name string, cues []string) bool {
	hits := s.findAny(cues)
	if len(hits) == 0 {
		return false
	}
	a.set(s, name, hits[0])
	return true
}

// markText is mark for cues that may start inside a token (所必需, 有限公司).
func (a attrs) markText(s *sent, name string, cues []string) bool {
	best, bestCue := -1, ""
	for _, c := range cues {
		if i := strings.Index(s.text, c); i >= 0 && (best < 0 || i < best || i == best && len(c) > len(bestCue)) {
			best, bestCue = i, c
		}
	}
	if best < 0 {
		return false
	}
	a[name] = Cue{Cue: bestCue, Span: s.span(best, best+len(bestCue)), Negated: s.negatedAt(best)}
	return true
}

// set records hit h as attribute name.
func (a attrs) set(s *sent, name string, h hit) {
	a[name] = Cue{Cue: h.cue, Span: s.span(h.start, h.end), Negated: s.negated(h)}
}

// negatedAt is negated for a byte offset that may fall inside a token.
func (s *sent) negatedAt(off int) bool {
	for i, t := range s.tokens {
		if t.End > off {
			return s.negated(hit{start: off, tok: i})
		}
	}
	return false
}

// firstAffirmed returns the first hit that no negator denies, or the first
// hit and false when every hit is denied.
func (s *sent) firstAffirmed(hits []hit) (hit, bool) {
	for _, h := range hits {
		if !s.negated(h) {
			return h, true
		}
	}
	return hits[0], false
}

// piObject reports whether the sentence speaks of personal information:
// a named category or a generic word for the person's information.
func piObject(s *sent) ([]string, []string, bool) {
	cats, sens := s.categories()
	if len(cats) > 0 {
		return cats, sens, true
	}
	return nil, nil, s.contains(genericInfo)
}

// clauseWindow returns the text of h's clause and of the clause before it.
func (s *sent) clauseWindow(h hit) string {
	from := s.clauseStart(h.start)
	if from > 0 {
		from = s.clauseStart(from - 1)
	}
	to := len(s.text)
	if i := strings.IndexAny(s.text[h.end:], "，,；;。：:"); i >= 0 {
		to = h.end + i
	}
	return s.text[from:to]
}

// piNear is piObject for the clauses around h: the information given must
// be named near the verb (您的请求转交给第三方 gives no information).
func piNear(s *sent, h hit) ([]string, []string, bool) {
	w := s.clauseWindow(h)
	cats, sens := categoriesIn(w)
	if len(cats) > 0 {
		return cats, sens, true
	}
	for _, g := range genericInfo {
		if strings.Contains(w, g) {
			return nil, nil, true
		}
	}
	return nil, nil, false
}

// genericInfo are words for information that, in a sentence about giving
// it to someone, mean the person's information.
var genericInfo = []string{"信息", "资料", "数据", "客户名单", "用户名单", "联系方式"}

// separateConsentCues state separate (or written) consent in the same
// sentence as the activity.
var separateConsentCues = []string{"单独同意", "单独授权", "另行征得", "单独征得", "单独弹窗", "单独勾选",
	"单独的同意", "单独取得", "另行取得", "另行获得", "单独获得", "再次征得", "单独确认", "书面同意", "单独告知并"}

// exemptCues introduce the statutory exceptions to consent (个保法 第十三条).
var exemptCues = []string{"无需征得", "无需事先征得", "无需取得", "无须征得", "无须事先征得", "不需要征得",
	"无需经过", "无需您的", "不必征得", "无需再征得", "征得授权同意的例外", "同意的例外", "不事先征得", "不需事先征得", "无需征求", "无须征求", "不需要征求", "无需事先征求",
	"无须事先", "不征得"}

// legalDutyCues say a law or an authority requires the activity.
var legalDutyCues = []string{"法律法规规定", "法律、法规规定", "法律法规的规定", "法律法规要求", "法律、行政法规",
	"依法要求", "依法应当", "依法需要", "依法配合", "依法履行", "依照法律", "根据法律", "按照法律", "依据法律规定", "依据相关法律规定", "司法机关", "行政机关", "有权机关", "监管部门", "监管要求",
	"强制性要求", "法规的要求", "法律法规的要求", "司法要求", "执法要求", "法律规定的义务", "法定义务", "适用法律", "适用的法律", "诉讼", "公安机关", "政府部门", "主管部门"}

// anonymisedCues say the information no longer identifies anyone.
var anonymisedCues = []string{"匿名化", "去标识化", "无法识别特定", "不能识别特定", "无法识别您", "不能复原",
	"统计数据", "统计性", "统计信息", "统计类", "汇总", "脱敏", "不涉及个人身份", "不识别您个人",
	"不识别您的个人", "不识别您个人身份"}

// findSubstr returns every occurrence of the cues as plain substrings, for
// verbs the segmenter may split across tokens (发|送给).
func (s *sent) findSubstr(cues []string) []hit {
	var out []hit
	for _, c := range cues {
		for i := 0; s.includes(c); {
			j := strings.Index(s.text[i:], c)
			if j < 0 {
				break
			}
			start := i + j
			tok := 0
			for k, t := range s.tokens {
				if t.End > start {
					tok = k
					break
				}
			}
			out = append(out, hit{cue: c, start: start, end: start + len(c), tok: tok, endTok: tok + 1})
			i = start + len(c)
		}
	}
	sortHits(out)
	return dedupe(out)
}
