package claims

import (
	"regexp"
	"strings"
)

// Wording of a refusal that blocks the service (个保法 第十六条).
var (
	// refusalCues: the person refuses or withdraws consent or information.
	refusalCues = []string{"不同意", "拒绝", "不提供", "不授权", "未同意", "不接受", "不予授权", "撤回同意", "撤回授权",
		"不愿意", "不允许"}
	// requireCues: consent is a condition of the service (须同意…方可).
	requireCues = []string{"须同意", "必须同意", "需同意", "需要同意", "应同意", "须授权", "必须授权", "需授权",
		"须接受", "需接受", "必须接受", "须录入", "必须录入", "须提供", "必须提供"}
	// blockCues: the consequence — no service, or advice to stop.
	blockCues = []string{"无法使用", "不能使用", "无法继续使用", "不能继续使用", "无法注册", "无法登录", "无法完成注册",
		"无法成为", "无法享受", "无法获得", "无法为您提供", "不能为您提供", "无法向您提供", "将无法", "请不要", "请勿", "请停止",
		"应立即停止", "立即停止使用", "停止使用", "不得使用", "无权使用", "方可", "才能", "才可以", "才可"}
	// adviceCues are the closing formula's advice to stop (请停止使用).
	adviceCues = []string{"请不要", "请勿", "请停止", "应立即停止", "立即停止使用", "停止使用"}
	// wholeCues: the consequence covers the whole service.
	wholeCues = []string{"任何服务", "任何功能", "全部服务", "所有服务", "全部功能", "所有功能", "本服务", "我们的服务",
		"本应用", "本平台", "本产品", "本网站", "本软件", "后续操作", "继续使用", "注册", "登录", "入会", "进出", "入场",
		"各项服务", "全部产品", "所有产品", "任何产品", "我们的产品", "产品和服务", "产品与服务", "产品和/或服务", "本产品",
		"本APP", "本App", "本app", "本程序", "本小程序", "全部内容", "办理", "业务"}
	// scopedCues: the consequence is limited to one function.
	scopedCues = []string{"不影响", "仅影响", "其他功能", "该功能", "此功能", "相应功能", "相关功能", "部分功能", "对应功能",
		"上述功能", "这些功能", "该项功能", "该服务", "相应服务", "此项服务", "该项服务", "仍可", "仍然可以", "该业务",
		"此业务", "相关业务", "相应业务"}
	// legalCues say that the information is required by law (实名制要求).
	legalCues = []string{"法律法规", "法律、法规", "法律规定", "监管要求", "实名制", "实名认证", "实名身份", "依法", "法律要求",
		"行政法规", "主管部门", "入网"}
	// methodCues scope a consequence to one way of using the service
	// (无法使用第三方账号登录).
	methodCues = []string{"第三方账号", "第三方平台", "第三方账户", "的方式", "依赖于", "相关服务", "相应服务", "相关功能",
		"相关产品", "相关 产品", "体验", "效果"}
	// Objects of the refusal.
	policyObjects = []string{"本政策", "隐私政策", "本隐私", "个人信息保护政策", "本声明", "本指引", "隐私权政策"}
	authObjects   = []string{"授权书", "本授权", "同意书", "授权", "权限"}
	termsObjects  = []string{"协议", "条款", "规则", "服务条款"}
)

// refusal extracts a consent claim of kind refusal: refusing, withdrawing
// or not giving consent has a consequence for the service. Attributes:
// refusal or requirement, blocks, whole_service, function_only, advice,
// necessary, and the object refused (policy, authorization, terms).
func refusal(s *sent) (Claim, bool) {
	attrs := map[string]Cue{}
	first := func(name string, cues []string) (hit, bool) {
		hs := s.findAny(cues)
		if len(hs) == 0 {
			return hit{}, false
		}
		attrs[name] = Cue{Cue: hs[0].cue, Span: s.span(hs[0].start, hs[0].end), Negated: s.negated(hs[0])}
		return hs[0], true
	}
	key := "refusal"
	r, ok := first(key, refusalCues)
	if !ok {
		key = "requirement"
		if r, ok = first(key, requireCues); !ok {
			return Claim{}, false
		}
	}
	var b hit
	found := false
	for _, h := range s.findAny(blockCues) {
		if h.start >= r.end {
			b, found = h, true
			break
		}
	}
	if !found {
		return Claim{}, false
	}
	if containsAny(s.text[r.start:b.start], changeVerbs) {
		return Claim{}, false // refusing a change to the notice: policy_change
	}
	attrs["blocks"] = Cue{Cue: b.cue, Span: s.span(b.start, b.end), Negated: s.negated(b)}
	consequence := s.text[b.start:]
	if i := strings.IndexAny(consequence, "。；;"); i >= 0 {
		consequence = consequence[:i]
	}
	if key == "requirement" || containsAny(consequence, wholeCues) {
		attrs["whole_service"] = attrs["blocks"]
	}
	if _, ok := first("function_only", scopedCues); !ok && containsAny(consequence, methodCues) {
		first("function_only", methodCues)
	}
	first("legal_duty", legalCues)
	first("advice", adviceCues)
	if _, ok := first("necessary", necessityCues); !ok {
		s.basicPurpose(attrs, s.text[:b.start])
	}
	first("policy", policyObjects)
	first("authorization", authObjects)
	first("terms", termsObjects)
	cats, sens := categoriesIn(s.text[:b.start])
	neg := attrs["blocks"].Negated || attrs[key].Negated
	return Claim{Type: "consent", Kind: "refusal", Categories: cats, Sensitive: sens, Negated: neg,
		Conditional: s.conditional(), Attributes: attrs}, true
}

// basicPurposeRe states that the refused information serves the very
// function the refusal blocks: signing up, logging in, connecting, checking
// identity (我们使用IP地址是为了让您连接我们的服务器，如您拒绝提供…), or that
// cookies hold the login session (拒绝cookies…将无法登录), or that the person
// refuses all information, the necessary included (拒绝我们收集您的任何个人信息).
var basicPurposeRe = regexp.MustCompile(`(?:为了|用于|以便|旨在|目的是)[^，,。；;]{0,12}(?:注册|登录|登陆|连接|实名|身份核验|身份验证|核验您的身份|验证您的身份|判断您是否)|拒绝(?:使用)?(?:cookies?|Cookies?|COOKIES?)|(?:拒绝|不提供)[^，,。；;]{0,10}(?:任何|全部|所有)(?:的)?个人信息`)

// basicPurpose marks the refusal necessary when text (the clause before the
// consequence) ties the information to the blocked basic function.
func (s *sent) basicPurpose(attrs map[string]Cue, text string) {
	loc := indexRe(basicPurposeRe, text)
	if loc == nil {
		return
	}
	attrs["necessary"] = Cue{Cue: text[loc[0]:loc[1]], Span: s.span(loc[0], loc[1])}
}
