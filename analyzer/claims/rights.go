package claims

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// rightKinds are the person's rights under PIPL Arts. 44–50 and the words
// that name them.
var rightKinds = []cueKind{
	{"access", []string{"查阅", "查询", "查看", "访问权", "访问您的", "访问你的", "访问个人信息", "知情权"}},
	{"copy", []string{"复制", "副本", "导出"}},
	{"correct", []string{"更正", "修改", "补充", "修正", "变更", "更新您的", "更新个人信息", "编辑"}},
	{"delete", []string{"删除"}},
	{"portability", []string{"转移", "可携带", "携带权", "迁移"}},
	{"cancel", []string{"注销"}},
	{"withdraw", []string{"撤回"}},
	{"explain", []string{"解释说明", "解释"}},
	{"restrict", []string{"限制处理", "拒绝处理", "限制或者拒绝", "限制或拒绝"}},
}

var (
	// rightsWords speak of rights in general; with a reference to the person
	// they mark a rights statement (您享有以下权利).
	rightsWords = []string{"权利", "行使", "权益", "管理"}
	// rightsWayWords head a list of the ways to exercise rights, often with
	// no person named (行使权利的方式：（1）查阅：…).
	rightsWayWords = []string{"行使权利的方式", "权利行使方式", "行使方式", "行使途径", "行使渠道", "申请途径", "申请方式", "操作路径"}
	// directWords send the reader to a page or channel (查阅账号信息请前往…).
	directWords = []string{"请前往", "请进入", "请登录", "请点击", "请通过", "请拨打", "请致电", "请发送"}
	// requestWords open a request the person may make (如需获取副本…).
	requestWords = []string{"如需", "如您需要", "如您希望", "如您想", "如您要", "若您需要", "如果您需要", "如果您希望"}
	// personWords refer to the person; mayWords, beside them, say what the
	// person can do (您在设置中可以查阅…, 为了让您更便捷地删除…).
	personWords = []string{"您", "你", "用户", "个人", "本人", "会员", "客户", "业主", "授权人", "持卡人", "投保人", "学员",
		"患者", "消费者", "员工", "家长", "监护人", "父母"}
	mayWords = []string{"可以", "可通过", "可在", "可向", "可按照", "有权", "能够", "享有", "让您", "便于您", "方便您", "帮助您",
		"可持", "可到", "可于", "可凭", "可至", "可直接", "可自行", "可随时"}
	// channelRe is a way to exercise a right: an in-app path (“我的—设置”), a
	// settings page, customer service, e-mail, telephone, a form or the
	// notice's contact section.
	channelRe = regexp.MustCompile(`[“"「【][^”"」】]{1,20}[”"」】]|设置|个人中心|页面|入口|按钮|功能|菜单|选项|路径|联系我们|与我们联系|客服|邮件|邮箱|` +
		`电话|致电|拨打|热线|发送|提交|反馈|联系方式|在线|表单|书面|申请|营业厅|网点|柜台|门店|前往|@|服务中心|服务大厅|前台|` +
		`(持|携带)[^，,；;。]{0,6}证件`)
)

// rightLabelRe is an entry of a list or flattened table of ways, headed
// by the right it serves ((2) 更正：设置—编辑资料；删除方式：…).
var rightLabelRe = regexp.MustCompile(`^\s*([（(](\d+|[一二三四五六七八九十]+)[)）]|\d+[.、．]|[一二三四五六七八九十]+、|[①②③④⑤⑥⑦⑧⑨⑩])?\s*(查阅|查询|复制|更正|修改|删除|注销|撤回|导出|获取副本)[^：:，,。]{0,6}[：:]`)

// rightLabel reports whether text is such an entry, not a definition
// ((6) 删除：指…).
func rightLabel(text string) bool {
	m := rightLabelRe.FindStringIndex(text)
	if m == nil {
		return false
	}
	rest := strings.TrimSpace(text[m[1]:])
	return !strings.HasPrefix(rest, "指") && !strings.HasPrefix(rest, "是指")
}

// rightObjects are what a right is exercised over: the person's
// information, account or consent, or the rights themselves. A sentence
// naming none (您可以随时在本页面查阅最新的隐私政策) states no right.
var rightObjects = []string{"信息", "数据", "资料", "账号", "帐号", "账户", "帐户", "记录", "内容", "照片", "授权", "同意",
	"权利", "权限", "副本"}

// rightsGate holds every right cue, checked as plain substrings first.
var rightsGate = allCues(rightKinds, "访问")

// rights extracts a statement of the person's rights: which rights it names
// (查阅、复制、更正、删除、转移、注销…) and, when given, the way to exercise
// them (procedure) — an in-app path, customer service, e-mail or telephone.
func rights(s *sent) (Claim, bool) {
	if s.heading {
		return headingClaim(s, "rights", []string{"权利", "管理您的", "管理你的", "管理自己的", "访问", "控制您的", "如何行使"},
			[]string{"未成年", "儿童"})
	}
	if !s.contains(rightsGate) {
		return Claim{}, false
	}
	if !s.contains(userMay) && !s.contains(requestWords) && !s.contains(rightsWayWords) && !s.contains(directWords) &&
		!rightLabel(s.text) &&
		!(s.contains(personWords) && (s.contains(rightsWords) || s.contains(mayWords))) {
		return Claim{}, false
	}
	if !s.contains(rightObjects) {
		return Claim{}, false // 查阅本政策, 查看推送消息: no right over the person's information
	}
	c := Claim{Type: "rights", Kind: "declared", Conditional: s.conditional()}
	var affirmed bool
	c.Attributes, affirmed = s.kindAttributes(rightKinds)
	if len(c.Attributes) == 0 {
		return Claim{}, false
	}
	s.dropNoticeAccess(c.Attributes)
	if len(c.Attributes) == 0 {
		return Claim{}, false
	}
	// 访问 names the access right only beside another right (访问、更正和删除),
	// not in 访问我们的网站.
	if _, ok := c.Attributes["access"]; !ok {
		if h, ok := s.pick(s.findSub([]string{"访问"})); ok {
			c.Attributes["access"] = s.cueOf(h)
		}
	}
	c.Negated = !affirmed
	if h, ok := s.pick(s.findRe(channelRe)); ok && affirmed && !s.negated(h) && !s.vagueWay() {
		c.Kind = "procedure"
		c.Attributes["channel"] = s.cueOf(h)
	} else if colon := leadColon(s.text); affirmed && colon >= 0 && itemPathRe.MatchString(s.items) {
		c.Kind = "procedure" // 您可通过以下途径查询、更正您的个人信息： then the paths
		_, n := utf8.DecodeRuneInString(s.text[colon:])
		c.Attributes["channel"] = s.cueOf(s.hitAt(colon, colon+n))
	}
	return c, true
}

// itemPathRe finds a menu path, address or contact channel in the items of
// a lead-in (【我 - 账号与安全 - 个人信息查询】, 发送邮件至…).
var itemPathRe = regexp.MustCompile(`[【“"「][^】”"」]{1,30}[-—－>→/][^】”"」]{1,30}[】”"」]|@|邮箱|邮件|电话|客服|https?://`)

// noticeWords name the text itself, not the person's information.
var noticeWords = []string{"政策", "协议", "条款", "声明", "规则", "指引", "须知"}

// dropNoticeAccess drops an access cue whose object is the notice (在【设置-
// 条款协议-隐私政策】随时查看本政策的全部内容): reading the notice is no right
// over one's information.
func (s *sent) dropNoticeAccess(attrs map[string]Cue) {
	cue, ok := attrs["access"]
	if !ok {
		return
	}
	i := strings.Index(s.text, cue.Cue)
	if i < 0 {
		return
	}
	rest := s.text[i+len(cue.Cue) : clauseEnd(s.text, i+len(cue.Cue))]
	if n := strings.IndexAny(rest, "、和及与或"); n >= 0 {
		rest = rest[:n]
	}
	if containsAny(firstRunes(rest, 10), noticeWords) && !containsAny(rest, []string{"信息", "数据", "资料", "记录"}) {
		delete(attrs, "access")
	}
}

// vagueCues announce a way without giving it (我们为你提供了相应的操作设置，
// 你可以参考下面的指引; 帮您了解…的方式).
var vagueCues = []string{"相应的操作设置", "相关的操作设置", "相应的设置", "相应操作设置", "参考下面的指引", "参考以下指引",
	"参考下列指引", "帮您了解", "帮你了解", "帮助您了解", "帮助你了解"}

// concreteWays are the marks of a way actually given: a menu path, a
// control, a contact channel.
var concreteWays = []string{"“", "「", "【", "\"", "-", "—", "→", ">", "＞", "@", "客服", "邮箱", "电话", "邮件", "联系我们",
	"点击", "权限", "开关", "进入"}

// vagueWay reports whether the sentence only announces a way to exercise
// a right or withdraw consent, naming no path, control or channel.
func (s *sent) vagueWay() bool {
	return s.contains(vagueCues) && !s.contains(concreteWays) || s.referralOnly()
}
