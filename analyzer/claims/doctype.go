package claims

import (
	"regexp"
	"strings"
	"unicode/utf8"

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
	authorizationTitles = []string{"授权书", "同意书", "授权声明", "声明与授权", "声明及授权", "授权人", "授权委托", "知情同意",
		"承诺书", "授权协议", "授权确认", "授权函", "同意函", "确认书"}
	agreementTitles = []string{"协议", "条款", "服务规则", "合同", "须知", "规则", "公约",
		// rules an employer, school or club binds the person to
		"规定", "管理办法", "实施办法", "制度", "守则", "章程", "细则", "员工手册"}
	// codeTitles name software licences, contribution terms and project
	// documentation: no personal-information processing.
	codeTitles = []string{"许可证", "License", "LICENSE", "开源", "贡献", "Contributor", "CONTRIBUTING", "CLA",
		"README", "Readme", "版权许可", "版权声明"}
	// signatureCues close an authorisation the person signs.
	signatureCues = []string{"授权人（签字）", "授权人(签字)", "授权人签字", "授权人签名", "本人签字", "本人签名",
		"签署日期", "授权日期", "立书人", "授权人：", "授权人:"}
)

// docClass is one document type and how its title or opening names it.
type docClass struct {
	typ   string
	named func(text string) (string, bool)
}

// docClasses in order of precedence within one text.
var docClasses = []docClass{
	{"privacy_notice", func(t string) (string, bool) { return firstOf(t, privacyTitles) }},
	{"authorization", authorisationNamed},
	{"other", func(t string) (string, bool) { return firstOf(t, codeTitles) }},
	{"user_agreement", func(t string) (string, bool) { return firstOf(t, agreementTitles) }},
}

// authorisationNamed reports whether a title or opening sentence names an
// authorisation by the person: 授权书, 知情同意书, but not a software
// licence (软件授权协议).
func authorisationNamed(t string) (string, bool) {
	if containsAny(t, codeTitles) || containsAny(t, softwareTerms[:3]) {
		return "", false
	}
	return firstOf(t, authorizationTitles)
}

// headType classifies a document from its title, its first sentences and
// its closing signature block, before any claim is read, and says why.
// Title-like texts (the title, short opening lines such as 爱彼迎隐私政策
// under a 法律条款 breadcrumb) decide first, by class precedence; then the
// first longer opening sentence that names a type. "other" without
// evidence leaves the decision to selfReference once claims are known.
func headType(title string, ss []segment.Sentence) (string, []Evidence) {
	opening := ss[:min(3, len(ss))]
	type named struct {
		ev  Evidence
		cls int
	}
	var heads, body []named
	if k, cue, ok := classOf(title, true); ok {
		heads = append(heads, named{Evidence{Source: "title", Cue: cue, Sentence: sentenceWith(opening, 0, cue)}, k})
	}
	for i, s := range opening {
		k, cue, ok := classOf(s.Text, false)
		if !ok && selfAuthorises(s.Text) { // the person's own authorisation (本人不可撤销地授权…)
			k, cue, ok = authorizationClass, "本人…授权", true
		}
		if !ok && len(ss) <= snippetSentences && consentSnippet.MatchString(s.Text) {
			k, cue, ok = authorizationClass, "您…同意", true
		}
		if !ok || len(heads) > 0 && heads[0].ev.Sentence == i && heads[0].ev.Cue == cue {
			continue
		}
		n := named{Evidence{Source: "opening", Cue: cue, Sentence: i}, k}
		if utf8.RuneCountInString(strings.TrimSpace(s.Text)) <= titleRunes && !strings.ContainsAny(s.Text, "。，") {
			heads = append(heads, n)
		} else {
			body = append(body, n)
		}
	}
	typ := -1
	switch {
	case len(heads) > 0 && heads[0].ev.Source == "title":
		typ = heads[0].cls
		for _, n := range heads[1:] { // a breadcrumb above the name: 法律条款 / 某某隐私政策
			if typ == agreementClass && n.cls == privacyClass {
				typ = privacyClass
			}
		}
	case len(heads) > 0:
		typ = heads[0].cls
		for _, n := range heads[1:] {
			typ = min(typ, n.cls)
		}
	case len(body) > 0:
		typ = body[0].cls
	}
	if typ >= 0 {
		var ev []Evidence
		for _, n := range append(heads, body...) {
			if n.cls == typ {
				ev = append(ev, n.ev)
			}
		}
		return docClasses[typ].typ, ev
	}
	var ev []Evidence
	base := max(0, len(ss)-8)
	for i, s := range ss[base:] { // an untitled letter the person signs
		if c, ok := firstOf(s.Text, signatureCues); ok {
			ev = append(ev, Evidence{Source: "signature", Cue: c, Sentence: base + i})
		}
	}
	if len(ev) > 0 {
		return "authorization", ev
	}
	return "other", nil
}

// titleRunes bounds an opening line read as a title.
const titleRunes = 30

// classOf is the index in docClasses of the first class text names, with
// its cue. A title may name an authorisation by a short phrase with 授权
// (征信查询授权); an opening line must use a document word (授权书).
func classOf(text string, title bool) (int, string, bool) {
	for k, c := range docClasses {
		if cue, ok := c.named(text); ok {
			return k, cue, true
		}
		if k == authorizationClass && title && shortAuthorisation(text) {
			return k, "授权", true
		}
	}
	return -1, "", false
}

// Indices of docClasses.
const (
	privacyClass       = 0
	authorizationClass = 1
	agreementClass     = 3
)

// shortAuthorisation is a short title naming an authorisation without a
// document word: 征信查询授权, 人脸识别授权.
func shortAuthorisation(t string) bool {
	return strings.Contains(t, "授权") && utf8.RuneCountInString(t) <= 20 && !containsAny(t, agreementTitles) &&
		!containsAny(t, codeTitles) && !containsAny(t, softwareTerms[:3])
}

// snippetSentences bounds a consent snippet: a short text asking the person
// to agree to a processing (开通刷脸登录前，请您阅读并同意…).
const snippetSentences = 12

// consentSnippet is the request for consent that opens a consent snippet.
var consentSnippet = regexp.MustCompile(`请您[^。]{0,12}阅读[^。]{0,24}(同意|接受)|您(同意|授权)[^。]{0,12}(我们|本平台|平台|本应用)[^。]{0,16}(收集|采集|使用|获取|处理)`)

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
	"隐私摘要", "个人信息保护摘要", "隐私概要", "隐私简明", "个人信息保护声明",
	"数据保护政策", "信息保护政策", "个人信息保护通知"}

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
