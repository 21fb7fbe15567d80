package claims

import (
	"slices"
	"strings"
)

// Public disclosure of personal information (个保法 第二十五条).
var (
	// discloseVerbs make information public by themselves.
	discloseVerbs = []string{"公开披露", "公开", "公示", "公布", "张贴", "曝光", "公告", "张榜", "公之于众", "公诸于众", "登报"}
	// showVerbs make information public only before a public audience
	// (展示在排行榜上, 刊登于报纸).
	showVerbs = []string{"展示", "显示", "展现", "刊登", "登载", "刊载", "播报"}
	// publicAudience names who sees what is shown.
	publicAudience = []string{"排行榜", "名单", "黑名单", "公告", "网络上", "互联网上", "向社会", "社会公众", "全社会",
		"社会上", "公众", "所有用户", "全体用户", "其他用户", "公告栏", "媒体", "报纸", "报刊", "电视", "广播", "朋友圈",
		"群内", "小区内", "公共区域", "官网上", "官方网站上", "网站上", "平台上", "网页上", "微博", "显著位置", "榜单",
		"公开场合", "学术会议", "宣传资料", "宣传材料", "宣传册", "公众号", "对外宣传", "展板", "橱窗", "宣传推广",
		"广告宣传", "其他平台", "第三方平台", "行业内", "业内"}
	// releaseVerbs make information public before a wide audience (向社会
	// 披露, 发布于媒体), or in an item of a 公开披露 lead-in.
	releaseVerbs = []string{"披露", "发布", "通报", "告知"}
	// widePublic is an audience open to anyone.
	widePublic = []string{"网络上", "互联网上", "向社会", "社会公众", "全社会", "社会上", "向公众", "公众开放", "媒体",
		"报纸", "报刊", "电视", "广播", "公告", "官网上", "官方网站上", "网站上", "公开的", "黑名单", "微信群",
		"社交媒体", "微博", "公众号", "宣传", "行业内", "业内", "同行业"}
	// publicLeads make the items of a lead-in public disclosures (我们仅会
	// 在以下情况下公开披露您的个人信息：).
	publicLeads = []string{"公开披露", "公开", "公示", "公布"}
	// privateAudience make what is shown visible to the person alone
	// (向您展示, 供您查看).
	privateAudience = []string{"向您", "为您", "给您", "供您", "向你", "为你", "给你", "您本人", "您可以", "您可"}
	// announceBefore may stand right before 公告 used as a verb (予以公告).
	announceBefore = []string{"予以", "进行", "会", "将", "可", "并", "可能", "可以", "有权"}
	// discloseLegal are legal grounds particular to disclosure (执法).
	discloseLegal = []string{"执法", "国家安全"}
	// processorCues name the processor as the one who acts.
	processorCues = []string{"我们", "本公司", "公司", "平台", "我行", "本行", "贵司", "贵公司", "本网站", "本应用",
		"贵行", "贵方", "贵单位", "贵中心", "被授权人", "被授权方", "甲方", "主办方", "主办单位", "承办方", "组委会",
		"我方", "本站", "本机构", "本单位", "物业", "管理处", "本馆", "本店", "本俱乐部", "本中心", "本场馆",
		"本校", "本院", "本会", "本所", "本小区", "本商城"}
	// modalCues put the act in the processor's hands (我们有权公示…).
	modalCues = []string{"会", "将", "有权", "可能", "可以", "可", "予以", "拟", "需要", "要", "进行", "被", "并",
		"每月", "每周", "每年", "每季度", "每日", "每天", "定期"} // a practice: 公司每月在公告栏公示…
	// preventCues make 公开披露 the harm a security measure prevents.
	preventCues = []string{"防止", "避免", "遭到", "未经授权", "免遭", "以免", "不被", "防范", "受到", "非授权", "被非法",
		"导致", "如何"}
	// nominalAfter follow a verb used as a noun or modifier (公示的联系方式,
	// 公开披露过程中, 公开等活动).
	nominalAfter = map[string]bool{"的": true, "过程": true, "时": true, "后": true, "前": true, "中": true, "行为": true,
		"活动": true, "操作": true, "申请": true, "请求": true, "情形": true, "等": true, "和": true, "或": true, "及": true,
		"、": true, "具体": true, "情况": true, "清单": true, "目录": true, "之": true, "者": true, "商": true}
	// notPersonalObjects are things made public that are not the person's
	// information (公开…处理规则, 公开…评估报告).
	notPersonalObjects = []string{"规则", "政策", "报告", "流程", "联系方式", "路径", "渠道", "制度", "文档", "目的", "类型"}
	// notDisclosure are words holding 公开 that do not make anything public.
	notDisclosure = []string{"公开透明", "公开征求", "公开场合", "公开课", "公开招聘", "公开发行", "公开资料",
		"公开处理规则", "公开个人信息处理规则", "公开收集", "公开使用规则", "公开的规则", "公开发布的规则", "公开明示",
		"曝光页面", "曝光率", "曝光量", "曝光度"}
	// alreadyPublic mark information the person or a lawful source already made public.
	alreadyPublic = []string{"已公开", "公开信息", "公开区域", "公开资料", "信息公开", "公开的", "公开渠道", "公开帐号",
		"公开账号", "公开个人资料", "公开主页", "已经公开", "自行公开", "自行向社会公众公开", "合法公开", "公开渠道", "公开的信息",
		"公开的个人信息", "公开可", "公开披露的信息", "公开来源", "公开发布的信息", "依法公开的"}
	// userInitiated mark publication the person chooses (您主动发布的动态).
	userInitiated = []string{"根据您的需求", "您所指定", "您指定的", "按您授权", "的需求", "其所指定", "根据您的要求", "您主动", "用户主动", "您自行", "用户自行", "选择", "您发布", "您自愿", "自愿",
		"由您决定", "可见范围", "您公开", "您设置", "您自己", "您本人决定", "让您", "使您", "您将", "您可以", "您也可以",
		"用户将", "您的主动", "由您", "主动", "您上传", "发布的内容", "发布内容", "如果您提供", "如您提供", "您填写"}
	// disclosureConsent is consent short of separate consent (经您同意后).
	disclosureConsent = []string{"明示同意", "明确同意", "同意后", "授权后", "您授权", "经您同意", "征得您的同意",
		"您的同意", "取得您的同意", "征求您的同意", "授权同意", "征得您同意"}
	// deidentifiedCues mark information shown in masked form.
	deidentifiedCues = []string{"脱敏", "匿名", "去标识化", "部分隐藏", "隐去", "打码", "遮挡", "星号", "*"}
	// restrictedCues limit a disclosure to listed cases (我们仅会在以下情况下…).
	restrictedCues = []string{"仅会在", "仅在", "只会在", "只在", "仅限于", "仅可能在"}
)

// personRecord is information about a person named without a category:
// 您的个人资料, 借款人的违约事实, 用户的失信信息.
var personRecord = mustPattern("您|你|用户|其|本人|会员|借款人|客户|乙方|学员|业主|违规|违约|失信|逾期|欠款|个人|账号|帐号|账户|@person ~8 信息|资料|事实|记录|行为|名单|欠款|欠费|结果|病历|图谱|影像|数据|样本|简历")

// person names the individual in letters and forms of every kind.
var _ = synonymSet("person", "受检者", "受试者", "被检者", "被保险人", "投保人", "患者", "体检者", "员工", "职工",
	"应聘者", "候选人", "申请人", "持卡人", "学生", "授权人", "立书人", "求职者")

// noPersonalInfo says what is made public holds no personal information
// (公布部门业绩排名，不涉及员工个人信息).
var noPersonalInfo = mustPattern("不涉及|不包含|不含|不包括|不会涉及|不会包含 ~8 个人信息|个人隐私|隐私信息")

// disclose extracts a disclose claim: personal information is made
// public (公开/公示/公布), or shown to the public or to every user.
func disclose(s *sent) (Claim, bool) {
	var cands []hit
	for _, h := range s.findAny(discloseVerbs) {
		if h.cue == "公告" && !announces(s, h) {
			continue
		}
		if !inAny(s.text, h, notDisclosure) && !inAny(s.text, h, alreadyPublic) && acts(s, h) {
			cands = append(cands, h)
		}
	}
	leadPublic := containsAny(strings.NewReplacer("非公开", "", "不公开", "").Replace(s.lead), publicLeads)
	for _, h := range s.findAny(slices.Concat(showVerbs, releaseVerbs)) {
		w := s.clauseWindow(h)
		audience := widePublic
		if !slicesContains(releaseVerbs, h.cue) {
			audience = publicAudience
		} else if h.cue == "告知" {
			audience = toldCircle // 告知您 tells the person; 告知其亲友 spreads it
		}
		sanction := h.cue == "披露" && sanctionDisclosure(s, h)
		public := containsAny(w, audience) || leadPublic && h.cue != "告知" || sanction
		if !public || containsAny(w, privateAudience) || !infoIn(s.clauseWindow(h)) && !infoIn(s.items) {
			continue
		}
		// a list item of uses opens with the verb: the processor acts (在用户违约时，披露…)
		if acts(s, h) || sanction && s.clauseStart(h.start) > 0 && strings.TrimSpace(s.text[s.clauseStart(h.start):h.start]) == "" {
			cands = append(cands, h)
		}
	}
	cands = append(cands, visible(s)...)
	sortHits(cands)
	if len(cands) == 0 || s.heading {
		return Claim{}, false
	}
	cats, sens := s.categories()
	if len(cats) == 0 && len(s.matchPattern(personRecord)) == 0 && !infoIn(s.items) || len(s.matchPattern(noPersonalInfo)) > 0 {
		return Claim{}, false
	}
	verb, _ := s.firstAffirmed(cands)
	a := attrs{}
	a.set(s, "verb", verb)
	a.mark(s, "audience", publicAudience)
	a.markText(s, "separate_consent", separateConsentCues)
	a.markText(s, "user_initiated", append(withNi(userInitiated), alreadyPublic...))
	beyondPublished(s, a)
	visibleActs(s, a, verb)
	if !a.markText(s, "legal_duty", legalDutyCues) {
		a.markText(s, "legal_duty", discloseLegal)
	}
	if !a.markText(s, "exempt", exemptCues) {
		leadMark(s, a, "exempt", exemptCues)
	}
	a.markText(s, "anonymised", append(deidentifiedCues, anonymisedCues...))
	unmaskedAfter(s, a, cands)
	if !containsAny(s.items, beyondLegalBases) {
		a.markText(s, "restricted", restrictedCues)
	}
	a.markText(s, "consent", withNi(disclosureConsent))
	return Claim{Type: "disclose", Object: "personal_info", Categories: cats, Sensitive: sens,
		Negated: s.negated(verb), Conditional: s.conditional(), Attributes: a}, true
}

// inAny reports whether h lies inside an occurrence of one of words.
func inAny(text string, h hit, words []string) bool {
	for _, w := range words {
		for i := 0; ; {
			j := strings.Index(text[i:], w)
			if j < 0 {
				break
			}
			if i+j <= h.start && h.end <= i+j+len(w) {
				return true
			}
			i += j + len(w)
		}
	}
	return false
}

// acts reports whether the verb at h is something the processor does to
// the information: the processor, then a modal, before it (我们有权公示),
// or information named before it with a modal just before the verb
// (您的手机号将展示在…). Nouns (公开披露的主要对象) and harms a security
// measure prevents (防止…公开披露) are not acts.
func acts(s *sent, h hit) bool {
	clause := s.text[s.clauseStart(h.start):h.start]
	if containsAny(clause, preventCues) || nominalAfter[s.tokenAfter(h)] || endsAsCondition(s.text) {
		return false
	}
	rest := s.text[h.end:]
	if i := strings.IndexAny(rest, "，,；;。"); i >= 0 {
		rest = rest[:i]
	}
	if containsAny(rest, notPersonalObjects) {
		return false
	}
	before := s.text[:h.start]
	at := len(before)
	for _, p := range processorCues {
		if i := strings.Index(before, p); i >= 0 && i < at {
			at = i
		}
	}
	if at < len(before) && containsAny(before[at:], modalCues) || agreesTo(clause) {
		return true
	}
	if strings.Contains(clause, "有权") && !s.userActor(h) {
		return true // 出借人有权通过媒体曝光…
	}
	if s.items != "" && containsAny(clause, []string{"以下", "下列", "如下"}) && containsAny(clause, modalCues) {
		return true // 以下信息将在活动页面公示：（1）姓名
	}
	if containsAny(s.lead, processorCues) && containsAny(s.lead, []string{"披露", "公开", "公示", "公布"}) {
		return true // 您同意我们在以下情况下使用及披露您的个人资料：…（6）披露您的违约事实
	}
	cats, _ := categoriesIn(before)
	tail := []rune(before)
	if len(tail) > 4 {
		tail = tail[len(tail)-4:]
	}
	if len(cats) > 0 && containsAny(string(tail), modalCues) {
		return true
	}
	if cc, _ := categoriesIn(clause); len(cc) > 0 && containsAny(clause, []string{"将", "会", "可能", "予以", "被"}) {
		return true // 参赛用户的成绩和昵称将在排行榜中展示
	}
	// 您的个人资料将在本网站上展示: the information, then a modal, in the clause
	m := s.matchPattern(personRecord)
	return len(m) > 0 && m[0].end <= h.start && containsAny(s.text[m[0].end:h.start], []string{"将", "会", "可", "予以", "被"}) &&
		!strings.ContainsAny(s.text[m[0].end:h.start], "，,；;")
}

// endsAsCondition reports whether the sentence is a "…的" case of a list
// (我们超出目的范围…公开用户个人信息的；): a condition for something else.
func endsAsCondition(text string) bool {
	t := strings.TrimRight(text, "；;。. ")
	return strings.HasSuffix(t, "的")
}

// withNi adds the 你 form of every cue written with 您.
func withNi(cues []string) []string {
	out := cues
	for _, c := range cues {
		if strings.Contains(c, "您") {
			out = append(out, strings.ReplaceAll(c, "您", "你"))
		}
	}
	return out
}

// announces reports whether 公告 at h is a verb (予以公告, 会公告处理结果),
// not a notice (系统公告, 官网公告通知).
func announces(s *sent, h hit) bool {
	before := s.text[s.clauseStart(h.start):h.start]
	if !containsAny(before, modalCues) {
		return false
	}
	for _, b := range announceBefore {
		if strings.HasSuffix(before, b) {
			return !nominalAfter[s.tokenAfter(h)] && !strings.HasPrefix(s.text[h.end:], "通知") &&
				!strings.HasPrefix(s.text[h.end:], "栏")
		}
	}
	return false
}

// infoIn reports whether a clause names the person's information.
func infoIn(clause string) bool {
	if clause == "" {
		return false
	}
	clause = strings.ReplaceAll(clause, "个人信息主体", "") // the person told, not what is shown
	if cats, _ := categoriesIn(clause); len(cats) > 0 {
		return true
	}
	return len((&sent{text: clause}).matchPattern(personRecord)) > 0
}

// leadMark marks attribute name when the sentence's lead-in holds one of
// cues (以下情形中，公开披露您的个人信息无需征得您的同意：): the attribute
// points at the start of the item.
func leadMark(s *sent, a attrs, name string, cues []string) {
	for _, c := range cues {
		if strings.Contains(s.lead, c) {
			a[name] = Cue{Cue: c, Span: s.span(0, 0)}
			return
		}
	}
}

// slicesContains reports whether list holds w.
func slicesContains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// sanctionWords make a disclosure a sanction for the person's breach.
var sanctionWords = []string{"违约", "违规", "失信", "逾期", "欠款", "黑名单"}

// sanctionDisclosure reports whether 披露 at h discloses the person's breach
// to no named recipient (违约时，披露您的个人资料及违约事实): read against the
// drafter, to anyone.
func sanctionDisclosure(s *sent, h hit) bool {
	if !s.contains(sanctionWords) || sharedOnly(s) {
		return false
	}
	before := s.text[s.clauseStart(h.start):h.start]
	after := s.text[h.end:s.clauseEnd(h.end)]
	return !strings.Contains(before, "向") && !strings.HasPrefix(after, "给") && !strings.Contains(after, "提供给")
}
