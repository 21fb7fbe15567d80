package claims

import (
	"slices"
	"strings"
)

// Face recognition as the only way to verify identity (人脸规定 第十条).
var (
	// faceTerms name face recognition.
	faceTerms = []string{"人脸识别", "刷脸", "人脸验证", "人脸核验", "人脸认证", "人脸比对", "面部识别", "面容识别",
		"人脸信息", "人脸图像", "人脸照片", "人脸"}
	// verifyContext is what face recognition is used for.
	verifyContext = []string{"通行", "进出", "出入", "入场", "入馆", "进入", "登录", "登陆", "验证", "核验", "认证",
		"门禁", "签到", "考勤", "入住", "开门", "身份核实", "核实身份", "取件", "进馆", "进场", "入园", "单元门",
		"核身", "实名", "打卡", "比对", "进出站", "检票", "闸机", "支付", "提现", "校验", "确认身份", "身份确认",
		"接单", "上岗", "办理"}
	// exclusiveCues make one method the only one.
	exclusiveCues = []string{"仅支持", "只支持", "仅能", "只能", "唯一", "一律", "统一采用", "统一使用", "不再提供",
		"不再支持", "仅通过", "只通过", "仅限", "必须", "须", "需通过", "方可", "才能", "才可", "强制", "全面实行",
		"实行刷脸", "全面启用", "需进行", "需要进行", "需经", "须经", "应通过", "应当通过", "统一通过", "全部采用",
		"全面采用", "改为", "改用", "方能", "仅允许", "只允许", "仅接受", "只接受", "仅采用", "只采用",
		"仅可通过", "只可通过", "应先", "须先", "需先", "必须先", "应当先", "应进行", "应当进行", "须进行",
		"须完成", "需完成", "应完成", "应当完成", "必须完成", "必须进行", "均需", "均须"}
	// withdrawnBefore withdraw the alternative that follows (取消门禁卡).
	withdrawnBefore = []string{"取消", "停用", "停止使用", "废止", "废除", "收回", "不再使用", "不再提供", "不再支持"}
	// refusedWithout makes failing or refusing face recognition end access
	// (未通过人脸识别的无法登录).
	refusedWithout = mustPattern("未通过|未进行|未完成|不进行|拒绝|不同意 ~14 无法|不能|不得|不予|不可|驳回")
	// refusedDeemed treats whoever fails or refuses the check as someone
	// else (拒绝验证，我们将统一视作未成年人).
	refusedDeemed = mustPattern("未通过|未进行|未完成|不进行|拒绝|不同意|不符 ~~16 视作|视为|认定为|一律按|统一按")
	// alternativeCues offer another way in.
	alternativeCues = []string{"也可以", "也可", "或者", "或使用", "或通过", "其他验证方式", "其他方式", "其他合理",
		"门禁卡", "密码", "验证码", "人工核验", "人工审核", "人工验证", "前台", "身份证件", "会员卡", "二维码",
		"之一", "替代", "可选", "自愿选择", "您可以选择", "如您不同意", "如不同意", "钥匙", "IC卡", "手环",
		"可改用", "也可改用", "短信验证", "银行卡验证"}
	// noOtherWay denies any other way in (无法使用其他方式, 亦无其他替代认证
	// 方式, 不提供其他认证途径): the method named is the only one.
	noOtherWay = mustPattern("无法|不能|不得|不提供|不设|没有|无|亦无|并无|不支持|不接受|不再提供 ~4 其他|其它|替代|另外|别的 ~6 方式|途径|手段|渠道|办法")
	// notAlternative are words that make a 密码 the thing verified, not a
	// way to verify (找回密码只能通过刷脸).
	notAlternative = []string{"找回", "重置", "修改", "忘记", "设置", "更改"}
	// notExclusive deny that a method is the only one (并非唯一).
	notExclusive = []string{"不是", "并非", "并不", "非"}
)

// faceVerification extracts a face_verification claim: face recognition
// verifies identity or gives access, whether it is the only way, and
// which alternatives the same sentence offers.
func faceVerification(s *sent) (Claim, bool) {
	if s.heading {
		return Claim{}, false
	}
	faces := s.findSubstr(faceTerms)
	if len(faces) == 0 {
		faces = s.findSubstr(faceFeatureTerms) // 面部特征: see faceFeatureTerms
	}
	if len(faces) == 0 {
		// 如用户拒绝验证，我们将统一视作未成年人: the face check is named in
		// the sentence before, in the same paragraph (the pattern is the
		// cheaper test, so it goes first)
		if ms := s.matchPattern(refusedDeemed); len(ms) > 0 && containsAny(s.block, faceTerms) {
			for _, m := range ms {
				faces = append(faces, s.hitAt(m.start, m.end))
			}
		} else if m, ok := s.refusedCheck(); ok && (containsAny(s.block, faceTerms) || containsAny(s.block, faceFeatureTerms)) {
			faces = append(faces, s.hitAt(m.start, m.end)) // 如您拒绝，将无法进行身份认证
		}
	}
	if len(faces) == 0 {
		return Claim{}, false
	}
	ctx := s.findAny(verifyContext)
	if len(ctx) == 0 {
		return Claim{}, false
	}
	face, _ := s.firstAffirmed(faces)
	a := attrs{}
	a.set(s, "method", face)
	a.set(s, "context", ctx[0])
	for _, h := range s.findAny(exclusiveCues) {
		if s.apartFromFeature(face, h) {
			continue
		}
		if !s.negated(h) && !deniedBy(s, h, notExclusive) && !deniedBy(s, h, []string{"所"}) && (s.tokenAfter(h) != "的" || h.cue == "唯一") {
			a.set(s, "exclusive", h)
			break
		}
	}
	if _, ok := a["exclusive"]; !ok {
		ms := append(s.matchPattern(refusedWithout), s.matchPattern(refusedDeemed)...)
		if m, ok := s.refusedCheck(); ok {
			ms = append(ms, m)
		}
		if len(ms) > 0 {
			h := s.hitAt(ms[0].start, ms[0].end)
			h.cue = ms[0].text(s)
			a["exclusive"] = Cue{Cue: h.cue, Span: s.span(h.start, h.end)}
		}
	}
	none := s.matchPattern(noOtherWay)
	if _, ok := a["exclusive"]; !ok && len(none) > 0 && !s.negated(s.hitAt(none[0].start, none[0].end)) {
		a["exclusive"] = Cue{Cue: none[0].text(s), Span: s.span(none[0].start, none[0].end)}
	}
	var alts []hit
	for _, h := range s.findAny(alternativeCues) {
		if !deniedBy(s, h, notAlternative) {
			alts = append(alts, h)
		}
	}
	alts = slices.DeleteFunc(alts, func(h hit) bool { return s.beforeFace(h) })
	if len(alts) > 0 {
		h, _ := s.firstAffirmed(alts)
		a.set(s, "alternative", h)
		if deniedBy(s, h, withdrawnBefore) || within(none, h) || withdrawnAfter(s, h) {
			a["alternative"] = Cue{Cue: h.cue, Span: s.span(h.start, h.end), Negated: true}
		}
	}
	a.markText(s, "legal_duty", legalDutyCues)
	a.markText(s, "separate_consent", separateConsentCues)
	cats, sens := s.categories()
	return Claim{Type: "face_verification", Kind: "face", Categories: cats, Sensitive: sens,
		Negated: s.negated(face), Conditional: s.conditional(), Attributes: a}, true
}

// withdrawnAfterCues retire or refuse the alternative named before them
// (原门禁卡同时作废, 前台不予办理).
var withdrawnAfterCues = []string{"作废", "失效", "停用", "停止使用", "不再使用", "不再有效", "不再具有", "不予", "取消"}

// withdrawnAfter reports whether the rest of h's clause retires or refuses
// the alternative h names.
func withdrawnAfter(s *sent, h hit) bool {
	return containsAny(s.text[h.end:s.clauseEnd(h.end)], withdrawnAfterCues)
}

// deniedBy reports whether one of words stands just before h in its clause.
func deniedBy(s *sent, h hit, words []string) bool {
	before := s.text[s.clauseStart(h.start):h.start]
	for _, w := range words {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// within reports whether h lies inside one of the matches.
func within(ms []match, h hit) bool {
	for _, m := range ms {
		if h.start >= m.start && h.end <= m.end {
			return true
		}
	}
	return false
}

// beforeFace reports whether h is a desk followed within a few runes by a
// face term (前台刷脸设备): it names where the face check happens, not
// another way in.
func (s *sent) beforeFace(h hit) bool {
	if h.cue != "前台" {
		return false
	}
	rest := s.text[h.end:min(len(s.text), h.end+len("设备的人脸"))]
	return containsAny(rest, []string{"刷脸", "人脸"})
}
