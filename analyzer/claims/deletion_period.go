package claims

import (
	"regexp"
	"strings"
)

// keptForPeriod keeps information for months or years after the person
// deletes it or cancels the account (注销账户后，我们仍将保存您的个人信息两年;
// 在您删除账户后24个月内保留您的信息): the period is bounded, so this is not
// unlimited retention, but deletion is deferred with no legal ground
// (个保法 第四十七条). A response deadline in days (15个工作日内删除) is not a
// period of keeping.
var keptForPeriod = []*regexp.Regexp{
	// the event, then the period, then the keeping
	regexp.MustCompile(`(删除|注销|销户)[^。；;]{0,14}?后[^。；;]{0,8}?` + periodMonths + `[^。；;]{0,20}?(保留|保存|存储|留存|储存)`),
	// the event, the keeping, then the period (注销后，我们仍将保存…两年)
	regexp.MustCompile(`(删除|注销|销户)[^。；;]{0,14}?后[^。；;]{0,24}?(保留|保存|存储|留存|储存)[^。；;，,]{0,16}?` + periodMonths),
}

// statuteRe names a statute as the ground (依照《网络安全法》保存六个月).
var statuteRe = regexp.MustCompile(`《[^》]{1,24}(法|条例|规定|办法|标准)》`)

// periodMonths is a length of months or years (36个月, 两年, 半年).
const periodMonths = `(\d+|[一二三四五六七八九十两半]+)\s*(个)?\s*(月|年)`

// generalInfo names the person's information as a whole rather than
// records a statute keeps (交易记录三年).
var generalInfo = []string{"个人信息", "您的信息", "你的信息", "用户信息", "个人资料", "全部信息", "所有信息", "全部资料",
	"所有资料", "全部数据", "所有数据", "全部个人", "所有个人", "该等信息", "这些信息", "上述信息"}

// deferredDeletion returns the keeping of kept-for-a-period wording, when
// the kept object is the person's information in general or the event is
// the person's own deletion, no legal ground is given, and the keeping is
// affirmed by the processor.
func (s *sent) deferredDeletion() []hit {
	if s.contains(legalGrounds) || s.contains(anonymisedObjects) || len(s.findRe(statuteRe)) > 0 {
		return nil
	}
	var out []hit
	for _, re := range keptForPeriod {
		for _, h := range s.findRe(re) {
			general := containsAny(h.cue, generalInfo) || containsAny(s.text[h.end:clauseEnd(s.text, h.end)], generalInfo) ||
				containsAny(s.clauseOf(h), generalInfo)
			if !general && !containsAny(h.cue[:min(len(h.cue), 6)], []string{"删除"}) {
				continue
			}
			if s.negated(h) || s.keepNegated(h) {
				continue
			}
			out = append(out, h)
		}
	}
	return out
}

// keepNegated reports whether the keeping verb inside hit h is denied or
// is the person's own (我们不会在您注销后继续保存…, 您可以保存…).
func (s *sent) keepNegated(h hit) bool {
	for _, v := range storeVerbs {
		if i := strings.LastIndex(h.cue, v); i >= 0 {
			k := s.hitAt(h.start+i, h.start+i+len(v))
			return s.negated(k) || containsAny(s.text[s.clauseStart(k.start):k.start], userMay)
		}
	}
	return false
}
