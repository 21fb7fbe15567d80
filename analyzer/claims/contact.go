package claims

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

var (
	emailRe = regexp.MustCompile(`[A-Za-z0-9][A-Za-z0-9._%+\-]*\s*(@|＠|\[at\]|\(at\))\s*[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`)
	// phoneRe matches 400/800 numbers, numbers with an area code and mobiles.
	phoneRe = regexp.MustCompile(`(\+?86[-\s]?)?([48]00[-\s]?\d{3}[-\s]?\d{4}|0\d{2,3}[-\s－—]?\d{7,8}|0\d{2,3}[-\s－—]\d{3,4}[-\s－—]\d{4}|1[3-9]\d{9})`)
	// hotlineRe matches short service numbers named as such (客服电话95555).
	hotlineRe = regexp.MustCompile(`(电话|热线|致电|拨打|客服)[^，,；;。\d]{0,10}\d{5,6}`)
	// addressRe matches a postal address: a place (省/市/区/县) then a street
	// or building (路/街/号/楼).
	addressRe = regexp.MustCompile(`((地址|住所|住址)(：|:|为|是)|位于|邮寄至|寄至|寄往|致函|来函|函寄|邮寄到)\s*[^，,；;。]{0,20}?(省|市|区|县)[^，,；;。]{0,30}?(路|街|道|号|楼|大厦|室|园)`)
	// addressLineRe matches a line that is a postal address by itself.
	addressLineRe = regexp.MustCompile(`^(中国)?[\p{Han}]{0,10}(省|市)[^，,；;。]{0,30}?(路|街|道|号|楼|大厦|室)[^，,；;。]{0,15}$`)
	// urlChannelRe matches a web address offered as a way to reach the
	// processor (投诉平台 http://…).
	urlChannelRe = regexp.MustCompile(`(联系|投诉|举报|反馈|申诉|客服|问题|疑问)[^。；;]{0,30}(https?://|www\.)[A-Za-z0-9./_\-?=&%#]+|` +
		`(https?://|www\.)[A-Za-z0-9./_\-?=&%#]+[^。；;]{0,20}(联系|投诉|举报|反馈|申诉)|(https?://)?github\.com/[A-Za-z0-9./_\-]+/issues`)
	// onlineRe matches an in-app or online channel with its name or path.
	onlineRe = regexp.MustCompile(`在线客服|人工客服|客服中心|(反馈|客服|帮助|联系我们)[^，,；;。]{0,15}?[“"「]|[“"「][^”"」]{0,15}(反馈|客服|帮助|联系我们)`)
	// orgSuffixRe ends an organisation's name.
	orgSuffixRe = regexp.MustCompile(`有限责任公司|股份有限公司|有限公司|公司|集团|中心|医院|银行|学院|大学|学校|研究院|研究所|工作室|事务所`)
	// nameRe is what a name may be made of.
	nameRe = regexp.MustCompile(`^[\p{Han}A-Za-z0-9（）()·]+$`)
	// personRe names a natural person as the processor (开发者：张三).
	personRe = regexp.MustCompile(`(处理者|开发者|运营者|经营者|运营方|运营主体|站长|作者|维护者|联系人|负责人)(为|是|：|:)\s*([\p{Han}]{2,4}|@?[A-Za-z][A-Za-z0-9_-]{1,30})`)
	// latinOrgRe matches an organisation named in Latin letters (Acme Co., Ltd.).
	latinOrgRe = regexp.MustCompile(`[A-Z][A-Za-z0-9&.,' -]{1,60}?\b(Inc\.?|Ltd\.?|LLC|Limited|GmbH|Corp\.?|Corporation|Company)`)
	// imRe matches an instant-messaging contact (客服QQ：12345, 微信公众号“某某”).
	imRe = regexp.MustCompile(`(QQ|qq)(群|号)?[：:\s]*\d{5,11}|(微信公众号|公众号|微信号|微信)[：:\s]*[“"「]?[A-Za-z0-9\p{Han}_-]{2,30}`)
	// servedByRe introduces who provides the service (本产品由…提供).
	servedByRe = regexp.MustCompile(`(政策|产品|服务|应用|平台|网站|软件|App|APP|app)[^，,；;。]{0,12}由|` +
		`由[^，,；;。]{2,40}?(公司|集团)[^，,；;。]{0,4}?(开发|运营|提供|制定|发布|出品|经营|所有|负责)`)
	// calledRe introduces the alias of a name (以下简称, 以下或称, 合称).
	calledRe = regexp.MustCompile(`以下[^，,；;。]{0,4}称|简称|统称|合称|下称|亦称`)
	// aliasRe follows a name with the alias the notice uses (（以下简称“我们”）).
	aliasRe = regexp.MustCompile(`[（(]\s*(以下)?(简称|称|统称)?[^）)]{0,6}(我们|我行|我司|本公司|本行|本平台|本网站|本应用)`)
)

var (
	// controllerMarkers mark a sentence that names the processor.
	controllerMarkers = []string{"运营者", "运营方", "运营主体", "经营者", "开发者", "处理者", "控制者", "提供方", "提供者",
		"运营", "主体", "公司名称", "企业名称", "我们是", "我们指", "”指", "中指", "名称：", "名称:", "注册地", "签约",
		"深知", "珍视", "重视", "hereinafter", "operated by", "operates", "\"we\"", "“we”"}
	// thirdParty marks sentences about other organisations.
	thirdParty = []string{"第三方", "SDK", "合作方", "合作伙伴", "服务商", "供应商"}
	// notEntity are generic words the entity pattern catches (个人中心).
	notEntity = []string{"该", "第三方", "关联", "合作", "其他", "相关", "任何", "本", "我们", "贵", "个人中心", "用户中心",
		"帮助中心", "客服中心", "消息中心", "安全中心", "会员中心", "数据中心", "游戏中心", "设置中心", "服务中心"}
)

// digits gate the number patterns.
var digits = []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}

// channels are the contact methods, each with words that must occur for its
// pattern to be tried.
var channels = []struct {
	name string
	re   *regexp.Regexp
	gate []string
}{
	{"email", emailRe, []string{"@", "＠", "at"}},
	{"phone", phoneRe, digits},
	{"phone", hotlineRe, []string{"电话", "热线", "致电", "拨打", "客服"}},
	{"address", addressRe, []string{"地址", "位于", "住所", "住址", "寄", "函"}},
	{"address", addressLineRe, []string{"省", "市"}},
	{"online", urlChannelRe, []string{"http", "www."}},
	{"online", onlineRe, []string{"客服", "反馈", "帮助", "联系我们"}},
	{"online", imRe, []string{"QQ", "qq", "微信"}},
}

// contact extracts the processor's identity and contact methods: its name
// (company or person) and e-mail, telephone, postal address or online
// channel. Kind is controller, or third_party when the sentence is about
// other organisations (SDK providers, partners).
func contact(s *sent) (Claim, bool) {
	c, ok := contactDetails(s)
	if !ok && s.heading {
		return headingClaim(s, "contact", []string{"联系我们", "联系方式", "如何联系", "联系"}, nil)
	}
	return c, ok
}

// contactDetails extracts the names and contact methods of one sentence
// (a heading line may hold them too: 公司名称：…).
func contactDetails(s *sent) (Claim, bool) {
	c := Claim{Type: "contact", Kind: "controller", Attributes: map[string]Cue{}}
	for _, ch := range channels {
		if !s.contains(ch.gate) {
			continue
		}
		for _, h := range s.findRe(ch.re) {
			name := ch.name
			if name == "phone" && !s.standalone(h) {
				continue
			}
			c.Attributes[name] = s.cueOf(h)
			break
		}
	}
	if h, ok := s.controllerName(len(c.Attributes) > 0); ok {
		c.Attributes["name"] = s.cueOf(h)
	}
	if len(c.Attributes) == 0 {
		return Claim{}, false
	}
	if s.contains(thirdParty) && (!s.namesController() || s.contains(thirdPartyFields)) || s.thirdPartySection() {
		c.Kind = "third_party"
	}
	return c, true
}

// thirdPartyFields label the entries of a list of other organisations
// (第三方名称：…, SDK提供方：…): the names there are not the processor's.
var thirdPartyFields = []string{"第三方名称", "第三方公司名称", "第三方主体", "第三方机构名称", "SDK名称", "SDK提供方",
	"SDK提供者", "SDK开发者", "SDK运营方", "SDK主体", "合作方名称", "合作方主体", "服务商名称", "接收方名称", "接收方："}

// thirdPartySection reports whether the sentence sits in a section listing
// other organisations (第三方SDK目录, 合作伙伴清单), not in the contact section.
func (s *sent) thirdPartySection() bool {
	sec := s.section
	if s.heading || strings.Contains(sec, "联系") {
		return false
	}
	return strings.Contains(sec, "SDK") || strings.Contains(sec, "第三方") && containsAny(sec, []string{"清单", "目录", "列表", "说明"})
}

// namesController reports whether the sentence introduces the processor:
// an alias (以下简称“我们”), a role (运营者、处理者), 本产品由…提供, or the
// contact section.
func (s *sent) namesController() bool {
	return s.contains(controllerMarkers) || len(s.findRe(aliasRe)) > 0 || len(s.findRe(calledRe)) > 0 ||
		s.servedBy() || strings.Contains(s.section, "联系")
}

// embedded mark a service built into the app by someone else (我们接入的推送
// 服务由某某公司提供): its provider is not the processor.
var embedded = []string{"接入", "集成", "嵌入", "第三方", "SDK"}

// servedBy reports whether the sentence says who provides the product or
// the notice (本产品由…提供, 某某App由某某有限公司开发), not an embedded service.
func (s *sent) servedBy() bool {
	return len(s.findRe(servedByRe)) > 0 && !s.contains(embedded)
}

// controllerName finds the processor's name: an organisation or a person
// introduced as the one who runs the service, or named in the contact
// section, or an organisation that opens a sentence giving contact methods
// (某某有限公司，联系地址：…，电话：…).
func (s *sent) controllerName(withChannel bool) (hit, bool) {
	if !s.contains(nameGate) {
		return hit{}, false
	}
	named := s.namesController()
	for _, h := range s.entities() {
		if utf8.RuneCountInString(h.cue) < 4 || startsWithAny(h.cue, notEntity) {
			continue
		}
		// A line holding only a name is a signature or letterhead.
		if named || len(strings.TrimSpace(s.text)) <= len(h.cue)+6 || withChannel && h.start == 0 && !s.contains(thirdParty) ||
			withChannel && (s.ownsChannel(h) || labelBefore(s.text[:h.start])) && !s.contains(thirdParty) {
			return h, true
		}
	}
	// A role word introduces a person by itself (开发者：李明), unless what
	// follows is a field name (紧急联系人：姓名、电话).
	for _, h := range s.findRe(personRe) {
		if !containsAny(h.cue, fieldNames) && !strings.HasSuffix(s.text[:h.start], "紧急") {
			return h, true
		}
	}
	if h := s.findRe(latinOrgRe); named && len(h) > 0 {
		return h[0], true
	}
	return hit{}, false
}

// channelOwned follow a name whose channel the sentence gives (某某有限公司
// 官方网站上的在线客服, 某某有限公司法务部); channelTo precede it (致函…,
// 联系…).
var (
	channelOwned = []string{"官方网站", "官网", "客服", "邮箱", "电话", "热线", "法务部", "个人信息保护", "办公地址", "注册地址",
		"地址", "客户服务"}
	channelTo = []string{"致函", "联系", "联络", "寄至", "寄往", "邮寄至", "致电"}
)

// labelBefore reports whether only a short label precedes a name (答：某某
// 有限公司，邮箱…; 运营者信息：…).
func labelBefore(text string) bool {
	t := strings.TrimSpace(text)
	return (strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")) && utf8.RuneCountInString(t) <= 8
}

// ownsChannel reports whether the name h owns the channel given beside it.
func (s *sent) ownsChannel(h hit) bool {
	after := strings.TrimPrefix(s.text[h.end:], "的")
	for _, w := range channelOwned {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return endsWithAny(s.text[:h.start], channelTo)
}

// fieldNames are form fields, not names.
var fieldNames = []string{"姓名", "名称", "电话", "手机", "地址", "邮箱", "信息", "方式", "号码", "身份"}

// nameGate holds the words one of which any name pattern needs.
var nameGate = []string{"公司", "集团", "中心", "医院", "银行", "学院", "大学", "学校", "研究院", "研究所", "工作室", "事务所",
	"处理者", "开发者", "运营者", "经营者", "运营方", "运营主体", "站长", "作者", "维护者", "联系人", "负责人",
	"Inc", "Ltd", "LLC", "Limited", "GmbH", "Corp", "Company"}

// nameStops are tokens that cannot be part of a name before its suffix.
var nameStops = map[string]bool{"由": true, "是": true, "为": true, "与": true, "和": true, "及": true, "的": true,
	"在": true, "向": true, "指": true, "即": true, "经": true, "或": true, "对": true, "将": true, "请": true,
	"通过": true, "联系": true, "以下": true, "简称": true, "我们": true, "您": true, "你": true, "本": true,
	"该": true, "其": true, "各": true, "等": true, "了": true, "被": true, "并": true, "及其": true, "如": true,
	"若": true, "从": true, "自": true, "于": true, "给": true, "以": true, "同意": true, "授权": true, "运营": true}

// entities finds organisation names: a suffix (有限公司, 中心, 银行…) and the
// name tokens before it, up to a function word or punctuation.
func (s *sent) entities() []hit {
	var out []hit
	for _, m := range orgSuffixRe.FindAllStringIndex(s.text, -1) {
		h := s.hitAt(m[0], m[1])
		start := m[0]
		if h.tok < len(s.tokens) {
			start = s.tokens[h.tok].Start
		}
		for j := h.tok - 1; j >= 0; j-- {
			t := s.tokens[j]
			if nameStops[t.Text] || !nameRe.MatchString(t.Text) || utf8.RuneCountInString(s.text[t.Start:m[1]]) > 40 {
				break
			}
			start = t.Start
		}
		out = append(out, s.hitAt(start, m[1]))
	}
	return out
}

// standalone reports whether a number match is not part of a longer number.
func (s *sent) standalone(h hit) bool {
	before, _ := utf8.DecodeLastRuneInString(s.text[:h.start])
	after, _ := utf8.DecodeRuneInString(s.text[h.end:])
	return !isDigit(before) && !isDigit(after)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func startsWithAny(text string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(text, p) {
			return true
		}
	}
	return false
}
