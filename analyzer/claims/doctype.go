package claims

import (
	"strings"

	"github.com/pplint/pplint/segment"
)

// Evidence is what a document's type was read from: the cue and where it
// stands (title, opening, signature).
type Evidence struct {
	Source   string `json:"source"`
	Cue      string `json:"cue"`
	Sentence int    `json:"sentence"` // index of the sentence holding the cue, -1 for the title alone
}

// Wording that names each document type.
var (
	authorizationTitles = []string{"授权书", "同意书", "授权声明", "授权人", "授权委托", "知情同意", "承诺书"}
	agreementTitles     = []string{"协议", "条款", "服务规则", "合同", "须知"}
	// signatureCues close an authorisation the person signs.
	signatureCues = []string{"授权人（签字）", "授权人(签字)", "授权人签字", "授权人签名", "本人签字", "本人签名",
		"签署日期", "授权日期", "立书人", "授权人：", "授权人:"}
)

// headType classifies a document from its title, its first sentences and
// its closing signature block, before any claim is read, and says why.
// "other" leaves the decision to selfReference once claims are known.
func headType(title string, ss []segment.Sentence) (string, []Evidence) {
	opening := ss[:min(3, len(ss))]
	closing := ss[max(0, len(ss)-8):]
	find := func(cues []string) []Evidence {
		var ev []Evidence
		if c, ok := firstOf(title, cues); ok {
			ev = append(ev, Evidence{Source: "title", Cue: c, Sentence: sentenceWith(opening, 0, c)})
		}
		for i, s := range opening {
			if c, ok := firstOf(s.Text, cues); ok && (len(ev) == 0 || ev[0].Sentence != i) {
				ev = append(ev, Evidence{Source: "opening", Cue: c, Sentence: i})
			}
		}
		return ev
	}
	if ev := find(privacyTitles); len(ev) > 0 {
		return "privacy_notice", ev
	}
	ev := find(authorizationTitles)
	for i, s := range opening {
		if selfAuthorises(s.Text) { // the person's own authorisation (本人不可撤销地授权…)
			ev = append(ev, Evidence{Source: "opening", Cue: "本人…授权", Sentence: i})
		}
	}
	if len(ev) > 0 {
		return "authorization", ev
	}
	if ev := find(agreementTitles); len(ev) > 0 {
		return "user_agreement", ev
	}
	base := len(ss) - len(closing)
	for i, s := range closing { // an untitled letter the person signs
		if c, ok := firstOf(s.Text, signatureCues); ok {
			ev = append(ev, Evidence{Source: "signature", Cue: c, Sentence: base + i})
		}
	}
	if len(ev) > 0 {
		return "authorization", ev
	}
	return "other", nil
}

// firstOf returns the first of cues found in text.
func firstOf(text string, cues []string) (string, bool) {
	for _, c := range cues {
		if strings.Contains(text, c) {
			return c, true
		}
	}
	return "", false
}

// sentenceWith is the index (plus base) of the first sentence holding cue, or -1.
func sentenceWith(ss []segment.Sentence, base int, cue string) int {
	for i, s := range ss {
		if strings.Contains(s.Text, cue) {
			return base + i
		}
	}
	return -1
}

// privacyTitles name a privacy notice in its title or opening (not 设置—隐私).
var privacyTitles = []string{"隐私政策", "隐私保护", "隐私权", "隐私协议", "隐私声明", "隐私条款", "隐私说明", "隐私指引",
	"隐私通知", "Privacy", "个人信息保护政策", "个人信息处理规则", "个人信息保护指引", "个人信息保护规则",
	"隐私摘要", "个人信息保护摘要"}

// Self-references that name the document's own kind (本政策, 本协议).
var (
	noticeRefs    = []string{"本政策", "本隐私政策", "本指引", "本隐私保护指引", "本隐私权政策", "本声明", "本规则"}
	agreementRefs = []string{"本协议", "本条款", "本合同", "本授权书", "本授权", "本同意书"}
)

// selfReference classifies a document whose opening does not say what it
// is (an update notice, a page header) by how its sentences refer to
// itself: a text that keeps saying 本政策/本指引, more often than 本协议, and
// processes personal information is a privacy notice.
func selfReference(in *Input) string {
	notice, agreement := 0, 0
	for _, s := range in.Sentences {
		if containsAny(s.Text, noticeRefs) {
			notice++
		}
		if containsAny(s.Text, agreementRefs) {
			agreement++
		}
	}
	if notice >= 3 && notice > agreement && collects(in) {
		return "privacy_notice"
	}
	return "other"
}

// collects reports whether any affirmed collect claim exists.
func collects(in *Input) bool {
	for _, c := range in.Claims {
		if c.Type == "collect" && !c.Negated {
			return true
		}
	}
	return false
}
