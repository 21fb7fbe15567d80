package claims

import "strings"

// A denial of sharing with an exception that reaches the notice's own
// terms or an agreement (除本指引及《服务协议》约定的情形外，未经您同意我们不
// 会共享…): the excepted cases are provisions without consent (rules.md,
// Decisions: listed exceptions to consent are provisions). An exception
// that cites only the law or the person's consent (除法律另有规定外, 除非
// 经您同意) denies nothing more than the law allows.
var ownTermsException = []*pattern{
	mustPattern("除|除了|除非 ~30 本指引|本政策|本声明|本隐私|指引|政策|协议|条款|规则 ~12 约定|规定|所述|载明|列明|说明|明确|另有 ~8 之外|以外|外|情形|情况"),
	// 除非本声明另有约定: 另有 makes the terms the exception
	mustPattern("除|除了|除非 ~30 本指引|本政策|本声明|本隐私|指引|政策|协议|条款|规则 ~8 另有 ~4 约定|规定"),
}

// exceptedOwnTerms reports whether the denial at verb v is qualified by
// an exception opening its sentence that refers to the document's own
// terms, before v.
func exceptedOwnTerms(s *sent, v hit) (hit, bool) {
	for _, m := range s.matchAll(ownTermsException) {
		h := s.hitAt(m.start, m.end)
		if m.start < v.start && !(containsAny(h.cue, []string{"法定", "法律", "法规"}) && !containsAny(h.cue, []string{"协议", "约定"})) {
			return h, true // not 除本政策所述的法定情形外: the law's exceptions
		}
	}
	return hit{}, false
}

// processorAdverb reports whether the 主动 at byte i follows the
// processor as subject (我们不会主动共享): the processor's own act, not
// information the person offers.
func processorAdverb(clause string, i int) bool {
	before := []rune(clause[:i])
	win := string(before[max(0, len(before)-5):])
	return containsAny(win, []string{"我们", "我司", "本公司", "我行", "本行", "平台"})
}

// blankProcessorAdverbs hides each 主动 of clause that is the processor's
// adverb, byte offsets unchanged.
func blankProcessorAdverbs(clause string) string {
	const w = "主动"
	for from := 0; ; {
		i := strings.Index(clause[from:], w)
		if i < 0 {
			return clause
		}
		i += from
		if processorAdverb(clause, i) {
			clause = clause[:i] + strings.Repeat("_", len(w)) + clause[i+len(w):]
		}
		from = i + len(w)
	}
}

// affirmExcepted returns the negation of the sharing verb v after the
// own-terms exception: a denial so qualified asserts the excepted
// provisions, marked as exceptions.
func affirmExcepted(s *sent, a attrs, v hit, neg bool) bool {
	if !neg {
		return neg
	}
	h, ok := exceptedOwnTerms(s, v)
	if !ok {
		return neg
	}
	a.set(s, "exceptions", h)
	return false
}
