package claims

// privacyTitles name a privacy notice in its title or opening (not 设置—隐私).
var privacyTitles = []string{"隐私政策", "隐私保护", "隐私权", "隐私协议", "隐私声明", "隐私条款", "隐私说明", "隐私指引",
	"隐私通知", "Privacy", "个人信息保护政策", "个人信息处理规则", "个人信息保护指引", "个人信息保护规则"}

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
