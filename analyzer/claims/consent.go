package claims

import (
	"regexp"
	"strings"
)

// consentKinds lists the wording of each kind of consent, strongest first.
var consentKinds = []struct {
	kind string
	cues []string
}{
	{"separate", []string{"单独同意", "单独授权", "另行征得", "单独征得", "单独弹窗", "单独勾选", "单独的同意", "单独取得",
		"另行取得", "另行获得", "单独获得", "再次征得", "单独告知并", "单独确认", "单独的弹窗", "单独页面", "单独的授权",
		"专项授权", "专项同意", "单独明示同意", "单独的明示同意", "单独书面"}},
	{"written", []string{"书面同意", "书面授权"}},
	{"guardian", []string{"监护人同意", "监护人的同意", "监护人授权", "监护人的授权", "监护人陪同", "家长同意"}},
	{"explicit", []string{"明示同意", "明确同意", "主动勾选", "点击同意", "点击“同意”"}},
	{"bundled", []string{"一并同意", "一并授权", "一揽子", "概括授权", "捆绑"}},
}

// purposeChange marks consent sought for a new purpose or scope (如要改变
// 个人信息的处理目的，他们将另行征得您的授权同意), not for the provision itself.
var purposeChange = regexp.MustCompile(`(?:改变|变更|超出|超越|新增|其他|另作|另行用于)[^，,。；;]{0,12}(?:目的|范围|用途)`)

// popupConsent matches a permission pop-up that asks for one specific
// permission (在调用前向您弹窗询问, 通过系统弹窗授权): a separate consent, unlike a
// pop-up that only informs (弹窗提示).
var popupConsent = regexp.MustCompile(`弹窗(?:的方式|的形式|方式|形式)?(?:询问|征求|征得|申请|请求|授权)`)

// separateConsentPatterns word separate consent with the words apart: 另行
// 向您告知并征得您的同意, 再次征求您的同意, 通过专门的授权页面征求您的同意,
// 以弹窗形式单独征求您的意见并取得同意.
var separateConsentPatterns = []*pattern{
	mustPattern("单独|另行|再次|专门|专项|逐项 ~10 征求|征得|取得|获得|获取 ~8 同意|授权|许可|意见"),
	mustPattern("专门|单独|独立|专项 ~4 页面|弹窗|弹框|窗口|界面 ~~14 同意|授权"),
	mustPattern("单独|逐项 ~4 点击|勾选|签署|确认 ~4 同意|授权"), // 于投保页面单独点击“同意”
}

// consent extracts consent claims: the kind of consent the sentence states,
// the categories it concerns, and whether it is denied.
func consent(s *sent) []Claim {
	var out []Claim
	cats, sens := s.categories()
	for _, k := range consentKinds {
		hits := s.findAny(k.cues)
		if loc := indexRe(popupConsent, s.text); k.kind == "separate" && len(hits) == 0 && loc != nil {
			h := s.hitAt(loc[0], loc[1])
			hits = []hit{h}
		}
		if k.kind == "separate" || k.kind == "written" {
			hits = s.personConsents(hits)
		}
		if k.kind == "separate" && len(hits) == 0 {
			if ms, _ := s.matchAny(separateConsentPatterns); len(ms) > 0 {
				hits = []hit{s.hitAt(ms[0].start, ms[0].end)}
			}
		}
		if len(hits) == 0 {
			continue
		}
		h := hits[0]
		out = append(out, Claim{Type: "consent", Kind: k.kind, Categories: cats, Sensitive: sens,
			Negated: s.negated(h), Conditional: s.conditional(),
			Attributes: map[string]Cue{"cue": {Cue: h.cue, Span: s.span(h.start, h.end)}}})
	}
	if r := s.findAny(sensitiveRefs); len(r) > 0 {
		for i := range out {
			out[i].Attributes["sensitive_ref"] = Cue{Cue: r[0].cue, Span: s.span(r[0].start, r[0].end)}
		}
	}
	if loc := indexRe(purposeChange, s.text); loc != nil {
		for i := range out {
			out[i].Attributes["purpose_change"] = Cue{Cue: s.text[loc[0]:loc[1]], Span: s.span(loc[0], loc[1])}
		}
	}
	bundled := len(out) > 0 && out[len(out)-1].Kind == "bundled" // bundled is the last kind
	for _, c := range deemedClaims(s, cats, sens) {
		if c.Kind != "bundled" || !bundled {
			out = append(out, c)
		}
	}
	return out
}

// otherGivers are parties other than the person whose consent a text may
// require (未经我们书面同意，您不得…; 经权利人的事先书面同意): not the person's consent.
var otherGivers = []string{"我们", "我方", "我司", "本公司", "公司", "本行", "我行", "平台", "权利人", "著作权人", "对方",
	"甲方", "乙方", "贷款人", "出借人", "本网站", "本站", "贵司", "贵公司", "贵行"}

// giverQualifiers may sit between the party and its consent (我们的事先书面同意).
var giverQualifiers = []string{"的", "事先", "预先", "明确", "另行", "专门"}

// personConsents drops the consent nouns (书面同意, 单独授权) that belong to
// the processor or another party rather than the person: the party named
// right before the cue decides. Verbs (另行征得, 单独弹窗) say who asks, not
// who consents, and are kept.
func (s *sent) personConsents(hits []hit) []hit {
	out := hits[:0:0]
	for _, h := range hits {
		if strings.HasSuffix(h.cue, "同意") || strings.HasSuffix(h.cue, "授权") {
			before := s.text[s.clauseStart(h.start):h.start]
			for trimmed := true; trimmed; {
				trimmed = false
				for _, q := range giverQualifiers {
					if strings.HasSuffix(before, q) {
						before, trimmed = strings.TrimSuffix(before, q), true
					}
				}
			}
			if hasSuffixAny(before, otherGivers) {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// hasSuffixAny reports whether text ends with one of words.
func hasSuffixAny(text string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(text, w) {
			return true
		}
	}
	return false
}
