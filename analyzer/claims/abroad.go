package claims

import (
	"regexp"
	"strings"
)

// Transfer of personal information out of mainland China (个保法 第三十九条).
var (
	// abroadTerms place the information or its recipient abroad.
	abroadTerms = []string{"境外", "出境", "跨境", "海外", "国外", "中国大陆以外", "中国境外", "中华人民共和国境外",
		"其他国家", "其他司法管辖区", "境外的", "美国", "新加坡", "欧盟", "日本", "香港", "澳门", "台湾",
		"司法辖区以外", "司法管辖区以外", "司法辖区之外", "司法管辖区之外", "其他司法辖区", "欧洲", "北美", "德国", "英国",
		"法国", "爱尔兰", "荷兰", "韩国", "加拿大", "澳大利亚", "印度", "俄罗斯", "马来西亚", "泰国", "越南", "印度尼西亚",
		"并非位于您所在", "不在您所在", "其他法域", "不同法域", "所在法域以外", "所在法域之外",
		"国家或地区以外", "国家/地区以外", "国家和地区以外", "国家或地区之外", "国家和地区之外",
		"多个国家", "其他国家或地区", "其他国家和地区"}
	// abroadVerbs move information there.
	abroadVerbs = []string{"传输", "传送", "提供", "存储", "储存", "转移", "传至", "发送", "共享", "访问", "处理", "出境",
		"跨境", "调取", "传递", "转移至", "同步", "上传", "传到", "托管", "存放", "部署", "分享",
		"寄送", "邮寄", "寄往", "送往", "运往", "送至"} // samples travel by post
	// notTransfer are 境外 words that do not move information abroad.
	notTransfer = []string{"境外网站", "境外旅游", "境外消费", "境外号码", "境外手机", "境外用户", "境外游", "海外版",
		"境外酒店", "境外商品", "海外购", "境外电话", "境外银行卡", "跨境电商", "跨境支付", "海外仓", "跨境交易", "跨境汇款",
		"跨境商品", "跨境购", "海外手机", "跨境业务", "境外展示", "海外新证件", "海外证件", "境外证件", "境外注册", "境外账号", "通行做法", "其他国家、地区的通行做法", "其他国家和地区的通行做法", "其他国家或地区的通行做法", "海外直邮", "境外地区展示", "中国大陆以外地区或国家访问",
		"台湾居民", "香港居民", "澳门居民", "港澳居民", "港澳台居民", "来往大陆", "往来内地", "通行证", "台胞证", "回乡证"}
	// foreignRecipientCues name the foreign recipient or promise to.
	foreignRecipientCues = []string{"接收方的名称", "接收方名称", "境外接收方的名称", "接收方的身份", "有限公司", "Inc",
		"Ltd", "LLC", "GmbH", "Limited"}
	// localOnlyCues keep the information in China.
	localOnlyCues = []string{"存储在境内", "存储于境内", "存储在中国境内", "存储于中国境内", "存储在中华人民共和国境内",
		"存储于中华人民共和国境内", "境内存储", "境内收集和产生", "存储于中国大陆", "存储在中国大陆",
		"在中国大陆进行处理", "存储于境内", "存放在境内", "存放于境内", "储存在境内", "储存于境内", "存储在国内"}
)

// transferAbroad extracts a transfer_abroad claim: personal information is
// sent, stored or made accessible outside mainland China.
func transferAbroad(s *sent) (Claim, bool) {
	if s.heading {
		return Claim{}, false
	}
	var places []hit
	for _, h := range s.findAny(abroadTerms) {
		if !inAny(s.text, h, notTransfer) && !strings.Contains(s.text, "属地") {
			places = append(places, h)
		}
	}
	if s.contains([]string{"全球", "世界"}) {
		places = append(places, s.findRe(globalSitesRe)...)
	}
	if len(places) == 0 || strings.HasSuffix(strings.TrimRight(s.text, "。；;. "), "时") {
		return Claim{}, false
	}
	verbs := s.findSubstr(abroadVerbs)
	if len(verbs) == 0 {
		return Claim{}, false
	}
	cats, sens, pi := piObject(s)
	if !pi && !matchRe(userInputRe, s.text) {
		return Claim{}, false // 您上传的文本 sent to a server abroad carries what the person wrote
	}
	verb, _ := s.firstAffirmed(verbs)
	place, _ := s.firstAffirmed(places)
	a := attrs{}
	a.set(s, "verb", verb)
	a.set(s, "destination", place)
	a.markText(s, "separate_consent", separateConsentCues)
	a.markText(s, "recipient_named", foreignRecipientCues)
	markLegalDuty(s, a)
	a.markText(s, "necessity", append(shareNecessityCues, "涉及跨境", "处理跨境业务", "跨境汇款"))
	a.markText(s, "anonymised", anonymisedCues)
	if !a.markText(s, "local_only", localOnlyCues) {
		storedHere(s, a)
	}
	if strings.HasSuffix(strings.TrimSpace(s.text), "：") || strings.HasSuffix(strings.TrimSpace(s.text), ":") {
		a.set(s, "lead_in", verb)
	}
	a.markText(s, "consent", withNi(disclosureConsent))
	a.markText(s, "user_initiated", withNi([]string{"您主动", "您自行", "您选择", "您要求"}))
	neg := s.negated(verb) || s.negated(place) || continuesDenial(s, place)
	return Claim{Type: "transfer_abroad", Object: "personal_info", Categories: cats, Sensitive: sens,
		Negated: neg, Conditional: s.conditional() || matchRe(consentFirst, s.text[:verb.start]), Attributes: a}, true
}

// globalSitesRe places the processor's sites worldwide (我们在全球各地的数据
// 中心), not people worldwide (与世界各地的用户分享).
var globalSitesRe = regexp.MustCompile(`(全球|世界)(各地|各国|范围内)[^，,；;。]{0,10}(数据中心|服务器|机房|关联公司|分支机构|办公室|运营团队|技术团队|云服务)`)

// userInputRe is what the person enters or uploads (您上传的文本, 您输入的内容).
var userInputRe = regexp.MustCompile(`(您|你|用户)[^，,；;。]{0,4}(上传|输入|提交|录入|发布|发送)的[^，,；;。]{0,4}(文本|文字|内容|文件|照片|图片|语音|音频|视频|文档)`)

// dutyFirstRe is a duty performed before the act (在履行法律规定的义务后,
// 依法完成安全评估等程序后): a precondition, not a duty to transfer.
var dutyFirstRe = regexp.MustCompile(`(履行|完成|遵守|通过|按照|依照)[^，,；;。]{0,14}(义务|程序|手续|评估|认证|要求|规定)[^，,；;。]{0,4}(后|之后)`)

// markLegalDuty marks legal_duty unless the only duty named is a
// precondition performed before the act.
func markLegalDuty(s *sent, a attrs) {
	if !a.markText(s, "legal_duty", legalDutyCues) {
		return
	}
	cue := a["legal_duty"].Cue
	rest := strings.Replace(s.text, cue, "", 1)
	if matchRe(dutyFirstRe, s.text) && !containsAny(rest, legalDutyCues) {
		delete(a, "legal_duty")
	}
}

// storedHere marks local_only when a clause stores the information in
// China (存储在我们在中华人民共和国境内的数据中心).
func storedHere(s *sent, a attrs) {
	for _, v := range s.findAny([]string{"存储", "储存", "存放", "保存"}) {
		w := s.clauseWindow(v)
		if strings.Contains(w, "境内") || strings.Contains(w, "中国大陆") {
			a.set(s, "local_only", v)
			return
		}
	}
}

// continuesDenial reports whether h's clause continues a denied list
// (我们不会在跨境业务中使用…，或将您的个人信息传输至境外).
func continuesDenial(s *sent, h hit) bool {
	from := s.clauseStart(h.start)
	if from == 0 || !strings.HasPrefix(s.text[from:], "或") {
		return false
	}
	prev := s.clauseStart(from - 1)
	for _, t := range s.tokens {
		if t.Start >= prev && t.Start < from && negators[t.Text] {
			return true
		}
	}
	return false
}
