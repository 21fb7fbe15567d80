package claims

import "regexp"

// docContext is what the sentences of one document share for reading a
// grant whose object is not in its own clause: whether the title or opening
// names personal information (征信授权书, 人脸识别授权书), and the last grant
// read, which 本授权 and 上述授权 refer back to.
type docContext struct {
	piTopic bool
	index   int // the sentence being read
	// grants are the earlier sentences in which the person grants or
	// consents, with their indices; their objects are read only when a
	// later sentence refers back (本授权), which is rare.
	grants []*sent
	at     []int
}

// refWindow is how many sentences back 本授权 may find the grant it names
// (anywhere in an authorisation letter, which makes one authorisation).
const refWindow = 12

// grantObject classifies what the grant clause text is about and the
// personal-information categories it names: from the clause, then its
// sentence, the items of a lead-in (本人授权贵公司：1. 查询本人征信…), and
// last the document (本授权 in a 征信授权书).
func (s *sent) grantObject(text string) (string, []string) {
	cats := []string(nil)
	if text == s.text {
		cats, _ = s.categories() // computed once per sentence
	} else {
		cats, _ = categoriesIn(text)
	}
	if obj, cats := objectOf(text, cats); obj != "other" {
		return obj, cats
	}
	if text != s.text {
		if obj, cats := s.grantObject(s.text); obj != "other" {
			return obj, cats
		}
	} else if s.items != "" {
		if obj, cats := objectIn(s.lead + s.items); obj != "other" {
			return obj, cats
		}
	}
	if s.doc == nil || !containsAny(text, authorisationWords) {
		return "other", nil
	}
	ref := containsAny(text, infoRefs) || containsAny(text, grantRefs)
	if ref {
		if obj := s.doc.lastObject(s.docType == "authorization"); obj != "" {
			return obj, nil
		}
	}
	if s.doc.piTopic && (ref || s.docType == "authorization") {
		return "personal_info", nil
	}
	return "other", nil
}

// ownObject is the object s names itself or in its items, without the
// document.
func (s *sent) ownObject() string {
	cats, _ := s.categories()
	obj, _ := objectOf(s.text, cats)
	if obj == "other" && s.items != "" {
		obj, _ = objectIn(s.lead + s.items)
	}
	return obj
}

// lastObject is the object of the latest earlier grant that names one,
// within refWindow sentences unless anywhere is set.
func (c *docContext) lastObject(anywhere bool) string {
	for k := len(c.grants) - 1; k >= 0; k-- {
		if !anywhere && c.index-c.at[k] > refWindow {
			break
		}
		if obj := c.grants[k].ownObject(); obj != "other" {
			return obj
		}
	}
	return ""
}

// read notes s when the person grants or consents in it, for the
// sentences after it that refer back to it.
func (c *docContext) read(s *sent) {
	if s.has(grantVerbs) && direction(s.text) == "user_to_processor" {
		c.grants, c.at = append(c.grants, s), append(c.at, c.index)
	}
}

// objectIn classifies the object named in text.
func objectIn(text string) (string, []string) {
	cats, _ := categoriesIn(text)
	return objectOf(text, cats)
}

// objectOf classifies the object named in text, which names categories cats.
func objectOf(text string, cats []string) (string, []string) {
	strongPI := false
	for _, c := range cats {
		if !payerDetails[c] || c == "financial_account" && containsAny(text, creditTerms) {
			strongPI = true
		}
	}
	switch {
	case containsAny(text, paymentTerms) && !strongPI:
		return "payment", cats
	case len(cats) > 0 && !(len(cats) == 1 && cats[0] == "portrait" && containsAny(text, contentTerms)):
		return "personal_info", cats
	case containsAny(text, infoRefs) && !containsAny(text, softwareTerms):
		return "personal_info", cats
	case containsAny(text, contentTerms[:len(contentTerms)-1]):
		return "user_content", cats
	case (containsAny(text, grantPITerms) || personInfo.MatchString(text)) && !containsAny(text, softwareTerms):
		return "personal_info", nil
	case containsAny(text, softwareTerms):
		return "software", nil
	case containsAny(text, contentTerms):
		return "user_content", nil
	}
	return "other", nil
}

// grantPITerms name information about the person that the category
// vocabulary leaves out and authorisation letters query (学历, 社保, 涉诉).
var grantPITerms = []string{"学历", "学籍", "社保", "公积金", "职业信息", "工作单位", "运营商", "通话记录", "通讯记录",
	"消费记录", "交易记录", "司法", "涉诉", "税务", "房产信息", "车辆信息", "资产信息", "社交信息", "行为数据",
	"人事档案", "考勤", "履历", "工作经历", "任职", "病历", "病史", "诊疗", "体检", "基因", "生物样本", "检测结果", "家系"}

// personInfo is information said to be the person's (本人的…信息, 您的…数据).
// The person is named as in letters and forms of every kind: 受检者,
// 被保险人, 患者, 员工, 应聘者, or 其 for one named before.
var personInfo = regexp.MustCompile(`(本人|您|你|用户|授权人|立书人|会员|其|客户|受检者|受试者|被检者|被保险人|投保人|患者|` +
	`体检者|员工|职工|应聘者|候选人|申请人|借款人|持卡人|学生)(的|之)?[^，。；：,;:]{0,16}(信息|资料|数据|记录|档案|样本|病历|病史|结果)`)

// payerDetails are the categories a payment instruction names to identify
// the payer and the account (本人身份证号、银行卡号及交易密码): they do not
// make the instruction a grant over personal information.
var payerDetails = map[string]bool{"financial_account": true, "account": true, "device": true,
	"identity": true, "name": true, "phone": true}

// creditTerms name credit information, which a payment instruction does
// not need (征信, 信用报告).
var creditTerms = []string{"征信", "信用信息", "信用报告", "信用状况", "资信", "借贷信息", "还款记录", "信贷"}

// authorisationWords make a clause an authorisation or licence (not only
// an agreement, 同意), so that 本授权 can take its object from the document.
var authorisationWords = []string{"授权", "授予", "许可"}

// grantRefs refer back to the authorisation itself.
var grantRefs = []string{"本授权", "该授权", "此授权", "上述授权", "前述授权", "以上授权", "此项授权", "该项授权",
	"本次授权", "授权事项", "授权书", "本同意书", "本许可", "前述许可", "上述许可", "的授权", "授权一经", "授权后"}

// piTopic reports whether a document's title, or the opening sentence in
// which the person authorises, names personal information rather than a
// payment: 征信查询授权书, 人脸识别服务授权书, 个人信息授权书.
func piTopic(title string, opening []string) bool {
	if containsAny(title, paymentTerms) || containsAny(title, paymentTitles) {
		return false
	}
	if cats, _ := categoriesIn(title); len(cats) > 0 || containsAny(title, topicWords) {
		return true
	}
	for _, o := range opening {
		if !selfAuthorises(o) || containsAny(o, paymentTerms) {
			continue
		}
		if obj, _ := objectIn(o); obj == "personal_info" {
			return true
		}
	}
	return false
}

// topicWords name personal information in a document's title.
var topicWords = []string{"信息", "数据", "征信", "信用", "人脸", "身份", "认证", "核验", "识别", "隐私", "查询", "肖像",
	"背景调查", "背调", "健康", "体检", "基因", "理赔", "核保", "病历", "医疗", "诊疗"}

// paymentTitles name payment authorisations (代扣授权书, 委托扣款协议).
var paymentTitles = []string{"代扣", "扣款", "支付", "还款", "代付", "代收", "转账", "付款", "缴费"}
