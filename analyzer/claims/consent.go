package claims

import "regexp"

// consentKinds lists the wording of each kind of consent, strongest first.
var consentKinds = []struct {
	kind string
	cues []string
}{
	{"separate", []string{"单独同意", "单独授权", "另行征得", "单独征得", "单独弹窗", "单独勾选", "单独的同意", "单独取得",
		"另行取得", "另行获得", "单独获得", "再次征得", "单独告知并", "单独提示", "单独确认", "单独的弹窗", "单独页面"}},
	{"written", []string{"书面同意", "书面授权"}},
	{"guardian", []string{"监护人同意", "监护人的同意", "监护人授权", "监护人的授权", "监护人陪同", "家长同意"}},
	{"explicit", []string{"明示同意", "明确同意", "主动勾选", "点击同意", "点击“同意”"}},
	{"bundled", []string{"一并同意", "一并授权", "一揽子", "概括授权", "捆绑"}},
}

// purposeChange marks consent sought for a new purpose or scope (如要改变
// 个人信息的处理目的，他们将另行征得您的授权同意), not for the provision itself.
var purposeChange = regexp.MustCompile(`(?:改变|变更|超出|超越)[^，,。；;]{0,12}(?:目的|范围|用途)`)

// popupConsent matches a permission pop-up that asks for one specific
// permission (在调用前向您弹窗询问, 通过系统弹窗授权): a separate consent, unlike a
// pop-up that only informs (弹窗提示).
var popupConsent = regexp.MustCompile(`弹窗(?:的方式|的形式|方式|形式)?(?:询问|征求|征得|申请|请求|授权)`)

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
