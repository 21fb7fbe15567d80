package claims

import (
	"regexp"
	"strings"
)

// Wording of a refusal that blocks the service (个保法 第十六条).
var (
	// refusalCues: the person refuses, withdraws or objects.
	refusalCues = synonymSet("refRefuse", "不同意", "拒绝", "不提供", "不授权", "未同意", "不接受", "不予授权", "撤回同意",
		"撤回授权", "不愿意", "不愿", "不允许", "不认可", "无法同意", "不能同意", "无法接受", "不能接受", "有异议", "有任何异议",
		"存在异议", "持有异议")
	// blockCues: the consequence — no service, or advice to stop.
	blockCues = synonymSet("refBlock", "无法使用", "不能使用", "无法继续使用", "不能继续使用",
		"无法注册", "无法登录", "无法完成注册", "无法成为", "无法享受", "无法获得", "无法为您提供", "不能为您提供",
		"无法向您提供", "将无法", "无法正常运行", "无法正常使用", "不能正常使用", "无法运行", "无法访问", "不能访问",
		"无法进入", "不能注册", "不能登录", "无法继续", "不能继续", "请不要", "请勿", "请停止", "应立即停止",
		"立即停止使用", "停止使用", "请您不要", "请你不要", "请您勿", "请你勿", "应停止", "应当停止", "立即停止", "终止使用", "退出", "卸载", "拒绝为",
		"拒绝您使用", "拒绝您注册", "拒绝向用户提供", "拒绝向您提供", "拒绝向其提供", "不向用户提供", "不向您提供", "终止其会员资格", "取消其会员资格", "终止会员资格", "取消会员资格", "拒绝您的注册", "无法开户", "拒绝提供服务", "不予办理", "不予受理", "不予提供",
		"选择不使用", "可以不使用", "影响您使用", "影响您正常使用", "无法享有", "无法开通", "无法办理", "停止注册",
		"停止访问", "不要注册", "勿注册", "不得使用", "无权使用", "无权注册", "无权登录", "无权下载", "方可",
		"方能", "方得以", "才能", "才可以", "才可", "不应注册", "不应使用", "不应当使用", "不应继续", "不应访问",
		"不宜使用", "不可使用", "拒绝受理", "不予承保", "不予检测", "不予出具", "不出具", "不予发放", "不予签约", "不得注册", "不得登录", "不得访问", "不得下载", "拒绝承保", "不予注册", "不予开通", "不予开户", "拒绝办理", "不可注册", "不应登录", "不应下载", "不应安装",
		"暂停向", "暂停为", "暂停提供", "无法启动", "不能启动", "闪退", "无法领取", "不能领取",
		"将不可用", "均不可用", "无法用")
	_ = synonymSet("refOnlyThen", "才能", "才可以", "才可", "方可", "方能", "方得以", "才会为您提供", "才会向您提供",
		"才会为您开通", "才会为您办理", "才会为您注册")
	// termsDoc: the document accepted as a whole.
	termsDocs = synonymSet("refTermsDoc", "协议", "条款", "政策", "规则", "声明", "指引", "全部内容", "所有内容", "全部规定")
)

// Cue families of a refusal or a condition of the service.
var (
	// refusalPatterns: refusing has a consequence (如您不同意…将无法使用,
	// 如您对本协议有任何异议，请立即停止使用).
	refusalPatterns = []*pattern{
		mustPattern("@refRefuse ~~80 @refBlock"),
		// 可以关闭并终止本应用的使用: stopping the use is the advice
		mustPattern("@refRefuse ~~60 关闭|终止|停止|退出|卸载 ~8 使用|访问|办理"),
	}
	// requirePatterns: accepting is a condition of the service (须同意…方可,
	// 只有在您同意全部条款后方可注册, 除非您接受全部内容否则无法注册).
	requirePatterns = []*pattern{
		mustPattern("必须|须|需|需要|应 同意|接受|授权|录入|提供 ~~80 @refBlock"),
		mustPattern("必须|须|务必|应当 ~4 同意|接受 ~12 @refTermsDoc ~~80 @refBlock"),
		mustPattern("只有|唯有|仅有|只要|仅在|仅当 ~8 同意|接受 ~12 @refTermsDoc ~~40 @refOnlyThen"),
		mustPattern("除非 ~8 同意|接受 ~12 @refTermsDoc ~~40 否则 ~~20 @refBlock"),
		mustPattern("同意|接受 ~12 @refTermsDoc ~8 后 ~4 方可|才能|才可以|方能 ~4 使用|注册|登录|享受|成为"),
		mustPattern("同意|接受 ~12 @refTermsDoc ~8 之前|以前 ~~12 @refBlock"),
		// 只有同意参与用户画像，方可开通会员: any consent made the condition
		onlyIfPattern,
		// 须一并勾选同意…否则无法注册, 须同时开通营销功能后方可
		mustPattern("必须|须|需|需要|应 同时|一并|均|先 ~2 同意|接受|授权|开通|开启|勾选 ~~80 @refBlock"),
	}
	onlyIfPattern = mustPattern("只有|唯有|仅有|只要|仅在|仅当 ~8 同意|接受|授权 ~~40 @refOnlyThen ~6 使用|注册|登录|登陆|开通|享受|享用|成为|办理|访问|获得|申请|继续|会员|会员卡|账户|账号")
	// optionalCues: processing beyond the service is made a condition.
	optionalCues = []string{"营销", "推广", "广告", "个性化推荐", "个性化", "画像", "精准推送", "研究", "科研", "促销", "非必要", "可选", "产品推荐",
		"附加功能", "扩展功能", "拓展功能", "大数据", "数据分析", "数据挖掘"}
	// useVerbs: what the advice stops (停止使用, 请勿注册).
	useVerbs = []string{"使用", "访问", "注册", "登录", "下载", "安装", "浏览", "进入", "办理", "投保", "操作", "申请"}
	// adviceCues are the closing formula's advice to stop (请停止使用).
	adviceCues = []string{"请不要", "请勿", "请您不要", "请你不要", "请您勿", "请你勿", "立即终止", "请停止", "应立即停止", "立即停止", "停止使用", "应停止", "应当停止"}
	// wholeCues: the consequence covers the whole service.
	wholeCues = []string{"任何服务", "任何功能", "全部服务", "所有服务", "全部功能", "所有功能", "本服务", "我们的服务",
		"本应用", "本平台", "本产品", "本网站", "本软件", "后续操作", "继续使用", "注册", "登录", "入会", "进出", "入场",
		"各项服务", "全部产品", "所有产品", "任何产品", "我们的产品", "产品和服务", "产品与服务", "产品和/或服务", "本产品",
		"本APP", "本App", "本app", "本程序", "本小程序", "全部内容", "办理", "业务", "产品与/或服务", "产品及/或服务",
		"产品或服务", "产品及服务", "产品/服务", "成为", "提供服务", "承保", "受理", "开户",
		"会员权益", "会员服务", "会员资格", "会员积分", "自动退出", "无法启动", "不能启动", "闪退", "任何课程",
		"任何业务", "开通账户", "开通账号", "会员福利", "任何会员"}
	// provideBlocks withhold a service named after them (不予提供检测服务).
	provideBlocks = []string{"不予提供", "无法为您提供", "不能为您提供", "无法向您提供", "拒绝为"}
	// servedScopes narrow the withheld service to a part (相应的服务).
	servedScopes = []string{"相应", "相关", "上述", "对应", "该", "部分", "此", "这些", "前述", "某些", "特定", "个别", "功能"}
	// partCues scope the consequence itself to part of the service
	// (无法使用部分产品, 需认证后方可使用的服务).
	partCues = []string{"部分", "某些", "个别", "特定", "所对应", "相对应", "对应的", "方可使用的", "才能使用的"}
	// guardianRefusers: the refusal is a guardian's, for a child.
	guardianRefusers = []string{"监护人", "父母", "家长"}
	// personOrGuardian: the person or the guardian refuses (您或您的监护人
	// 不同意本政策): the person's own refusal, no guardian rule.
	personOrGuardian = []string{"您或", "你或", "您/", "你/", "您及", "你及", "用户或"}
	// basicCues say the refused information serves the basic function.
	basicCues = []string{"基本业务功能", "基本功能", "基础功能", "核心功能", "基本服务"}
	// scopedCues: the consequence is limited to one function.
	scopedCues = []string{"不影响", "仅影响", "其他功能", "该功能", "此功能", "相应功能", "相关功能", "部分功能", "对应功能",
		"上述功能", "这些功能", "该项功能", "该服务", "相应服务", "此项服务", "该项服务", "仍可", "仍然可以", "该业务",
		"此业务", "相关业务", "相应业务",
		// one permission, asked for one function (如您不提供该权限，请您不要使用本服务)
		"该权限", "此权限", "相应权限", "该项权限",
		// another way is offered (可前往柜台办理, 改用短信验证码)
		"可前往", "可以前往", "改用", "可通过其他", "其他方式", "其他途径", "其他渠道"}
	// legalCues say that the information is required by law (实名制要求).
	legalCues = []string{"法律法规", "法律、法规", "法律规定", "监管要求", "实名制", "实名认证", "实名身份", "依法", "法律要求",
		"行政法规", "主管部门", "入网"}
	// methodCues scope a consequence to one way of using the service
	// (无法使用第三方账号登录).
	methodCues = []string{"第三方账号", "第三方平台", "第三方账户", "的方式", "依赖于", "相关服务", "相应服务", "相关功能",
		"相关产品", "相关 产品", "体验", "效果"}
	// Objects of the refusal.
	policyObjects = []string{"本政策", "隐私政策", "本隐私", "个人信息保护政策", "本声明", "本指引", "隐私权政策", "告知书",
		"告知函", "知情同意书", "须知", "本说明"}
	authObjects  = []string{"授权书", "本授权", "同意书", "授权", "权限"}
	termsObjects = []string{"协议", "条款", "规则", "服务条款"}
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
	ms, p := s.matchAny(refusalPatterns)
	if len(ms) == 0 {
		key = "requirement"
		if ms, p = s.matchAny(requirePatterns); len(ms) == 0 {
			return Claim{}, false
		}
	}
	// the document as a whole is the condition, or the advice is to stop using
	whole := key == "requirement" && p != requirePatterns[0] || p == refusalPatterns[1]
	m := ms[0]
	r, b := m.slots[0], m.slots[len(m.slots)-1]
	if key == "requirement" {
		r = s.hitAt(m.slots[0].start, m.slots[1].end) // 须同意, 只有…同意
	}
	then := m.slots[len(m.slots)-2].cue                  // 才会为您提供: a service to the person, not a promise about processing
	served := s.text[b.start:min(len(s.text), b.end+24)] // 才会为您提供个性化推荐: the optional function itself
	toYou := (strings.HasPrefix(then, "才会为您") || strings.HasPrefix(then, "才会向您")) && !containsAny(served, optionalCues)
	if p == onlyIfPattern && !toYou && (containsAny(s.text[s.clauseStart(b.start):b.start], processorSubjects) ||
		strings.HasPrefix(s.text[m.slots[1].end:], "人") || strings.HasPrefix(s.text[m.slots[1].end:], "的人")) {
		// 只有取得您的同意后，我们才可以使用: a promise, not a condition;
		// 只有授权人员才可访问: staff, not consent
		return Claim{}, false
	}
	if s.refusesChange(r, b) {
		return Claim{}, false // refusing a change to the notice: policy_change
	}
	attrs[key] = Cue{Cue: r.cue, Span: s.span(r.start, r.end), Negated: s.negated(r)}
	attrs["blocks"] = Cue{Cue: b.cue, Span: s.span(b.start, b.end), Negated: s.negated(b)}
	// the consequence: the clause of the block to the end of the sentence
	from := max(r.end, s.clauseStart(b.start))
	consequence := s.text[from:]
	if i := strings.IndexAny(consequence, "。；;"); i >= 0 {
		consequence = consequence[:i]
	}
	if adv := s.findAny(adviceCues); len(adv) > 0 && adv[len(adv)-1].start >= r.end {
		a := adv[len(adv)-1]
		after := []rune(s.text[a.start:])
		if len(after) > 12 {
			after = after[:12]
		}
		if containsAny(string(after), useVerbs) {
			whole = true // 请停止使用: the advice concerns the whole service, not 请勿勾选
		}
	}
	if h, ok := s.scoping(whole, key == "requirement", from, b.end); ok {
		attrs["function_only"] = Cue{Cue: h.cue, Span: s.span(h.start, h.end), Negated: s.negated(h)}
	} else if h, ok := s.optedOutFunction(b); ok {
		attrs["function_only"] = Cue{Cue: h.cue, Span: s.span(h.start, h.end)}
	}
	// 将不予提供检测服务: the service itself is withheld
	provided := false
	if containsAny(b.cue, provideBlocks) || strings.HasPrefix(b.cue, "不予") {
		served := s.text[b.end:]
		if i := strings.Index(served, "服务"); i >= 0 && i <= 24 {
			provided = !containsAny(served[:i], servedScopes) // not 相应的服务, 上述服务
		} else if strings.HasPrefix(b.cue, "不予") { // 本机构将不予检测: refused outright
			provided = !containsAny(string([]rune(served)[:min(8, len([]rune(served)))]), servedScopes)
		}
	}
	if whole || provided || containsAny(consequence, wholeCues) {
		attrs["whole_service"] = attrs["blocks"]
	}
	s.reviseScope(attrs, key, r, b, from)
	if o := s.findAny(optionalCues); len(o) > 0 && o[0].start < b.start {
		// inside the refused condition: a negator there is the refusal itself
		attrs["optional"] = Cue{Cue: o[0].cue, Span: s.span(o[0].start, o[0].end)}
		if key == "requirement" {
			attrs["whole_service"] = attrs["blocks"] // optional processing made a condition of anything
		}
	} else if cue, ok := s.optionalBefore(r); ok && key == "refusal" {
		attrs["optional"] = Cue{Cue: cue, Span: s.span(r.start, r.end)}
	}
	first("legal_duty", legalCues)
	if g := s.findAny(guardianRefusers); len(g) > 0 && g[0].start < b.start &&
		!containsAny(s.text[max(0, g[0].start-12):g[0].start], personOrGuardian) {
		// a guardian's refusal stops a child's use: consent the law requires
		attrs["legal_duty"] = Cue{Cue: g[0].cue, Span: s.span(g[0].start, g[0].end)}
	}
	first("advice", adviceCues)
	if _, ok := first("necessary", necessityCues); !ok {
		s.basicPurpose(attrs, s.text[:b.start])
	}
	if bc := s.findAny(basicCues); len(bc) > 0 && bc[0].start >= from {
		attrs["necessary"] = Cue{Cue: bc[0].cue, Span: s.span(bc[0].start, bc[0].end)}
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

// refusesChange reports whether the refusal r (consequence b) concerns a
// change to the notice (您对修改后的协议有异议的, 如不同意对条款的修改) rather
// than the notice itself or the notice "or" its changes (不同意本协议或其后的修改).
func (s *sent) refusesChange(r, b hit) bool {
	from := s.clauseStart(r.start)
	v := s.findAny(changeVerbs)
	for _, h := range v {
		if h.start < from || h.start >= b.start {
			continue
		}
		if h.start > r.end {
			seg := s.text[r.end:h.start]
			if i := strings.Index(seg, "或"); i > 0 && containsAny(seg[:i], termsDocs) {
				return false
			}
		}
		return true
	}
	return false
}
