package claims

import "strings"

// refusedBlocked: refusing or failing the check ends the verification or
// the login, across commas (如您拒绝提供，将无法进行身份认证，从而暂时无法登录;
// 面部识别未通过的，您将不能进入).
var refusedBlocked = mustPattern("未通过|未进行|未完成|不进行|拒绝|不同意|不愿 ~~24 无法|不能|不得|不予 进行|完成|通过|继续? " +
	"实名|身份? 认证|验证|核验|核身|登录|登陆|进入|通行|入场")

// refusedLimited: failing or refusing the check restricts the login (未通过
// 检测的账号将被限制登录).
var refusedLimited = mustPattern("未通过|未进行|未完成|不进行|拒绝|不同意|不愿 ~~24 限制|禁止|暂停|冻结 ~2 登录|登陆|进入|通行")

// faceFeatureTerms name the face as a feature rather than as a check
// (面部特征, 面部信息). They also name an item in a list of collected
// information (生物识别信息（如面部特征）), so a requirement word counts for
// them only in their own clause (see apartFromFeature).
var faceFeatureTerms = []string{"面部特征", "面部信息", "面部图像", "面部照片", "面部数据", "脸部特征", "脸部信息", "面容信息",
	"面容数据"}

// apartFromFeature reports whether the exclusive cue h stands outside the
// clause of a face named only as a feature (您需进行实名注册…收集…面部特征:
// the requirement is the registration's).
func (s *sent) apartFromFeature(face, h hit) bool {
	if h.cue == "唯一" && hasAnyPrefix(s.text[h.end:], identifierWords) {
		return true // 唯一设备标识符 names an identifier, not the only way
	}
	return containsAny(face.cue, faceFeatureTerms) && s.clauseStart(h.start) != s.clauseStart(face.start)
}

// identifierWords follow 唯一 in the name of an identifier.
var identifierWords = []string{"设备", "标识", "识别码", "编号", "ID", "码", "的设备"}

// hasAnyPrefix reports whether text starts with one of the prefixes.
func hasAnyPrefix(text string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(text, p) {
			return true
		}
	}
	return false
}

// refusedCheck returns the refusal whose refused object is the face check
// itself: its clause names no other kind of information (拒绝提供手机号，
// 将无法登录 refuses a phone number) and it is not the person's choice of
// another way (拒绝后仍可通过密码登录).
func (s *sent) refusedCheck() (match, bool) {
	for _, m := range append(s.matchPattern(refusedBlocked), s.matchPattern(refusedLimited)...) {
		h := s.hitAt(m.start, m.end)
		if s.negated(h) || s.negatedSince(s.hitAt(m.slots[1].start, m.slots[1].end), m.slots[0].end) {
			continue // 我们不会限制您登录
		}
		from := m.slots[0].end
		clause := s.text[from:clauseEnd(s.text, from)]
		cats, _ := categoriesIn(clause)
		other := false
		for _, c := range cats {
			other = other || c != "face" && c != "personal"
		}
		if !other {
			return m, true
		}
	}
	return match{}, false
}
