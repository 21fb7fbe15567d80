package claims

import "regexp"

// Deletion vocabulary.
var (
	// deletionRestrictCues refuse or exclude deletion.
	deletionRestrictCues = []string{"不予删除", "不支持删除", "无法删除", "不能删除", "不可删除", "不得要求删除",
		"无权要求删除", "无权删除", "不提供删除", "拒绝删除", "不接受删除", "不作删除", "不做删除", "不允许删除",
		"不可以删除", "不得申请删除", "不再删除"}
	// deletionRequest marks a sentence about the person asking for deletion.
	deletionRequest = []string{"申请删除", "要求删除", "请求删除", "删除申请", "删除请求", "如需删除", "需要删除",
		"希望删除", "想要删除"}
	// accountWords name an account rather than information in it.
	accountWords = []string{"账号", "帐号", "账户", "帐户"}
	// userMay marks what the person may do (您可以/有权).
	userMay = []string{"您可以", "您可", "你可以", "你可", "您有权", "你有权", "用户有权", "用户可以", "用户可", "个人有权",
		"您也可以", "您还可以", "您享有", "用户享有", "享有", "有权要求", "有权请求", "可以申请", "可申请", "可以要求", "可以请求"}
)

// noDeletionPromise withholds deletion as a promise the processor does
// not make (不保证向您提供…删除的机会, 无法保证删除).
var noDeletionPromise = mustPattern("不保证|无法保证|不能保证|不承诺|不确保 ~20 删除|清除|销毁")

// deletionDenied are refusals the literal cues leave out: a denial a few
// words before the erasure (不予销毁, 不接受用户删除其档案), a request the
// person may not make (不得要求被授权人删除), a request the processor may
// refuse (要求删除的，甲方有权拒绝).
var deletionDenied = []*pattern{
	mustPattern("不予|不支持|拒绝|不接受|不提供|不允许|不受理 ~6 删除|销毁|清除"),
	mustPattern("无法|不能|不可|不得|不再|不可以|不作|不做 ~2 删除|销毁|清除"),
	mustPattern("即使|即便|哪怕|纵使|尽管 ~~30 不会|不予|不再 ~2 删除|销毁|清除"), // 即便您撤回同意，我们也不会删除
	// 我方可能不会响应您提出的更正、删除…的请求
	mustPattern("不会|无法|不予|不能|拒绝|有权拒绝|将不 ~2 响应|回应|受理|满足|答复 ~24 删除 ~12 请求|申请|要求"),
	mustPattern("不得|无权|不能|不可 ~2 要求|申请|请求 ~12 删除|销毁|清除"),
	mustPattern("要求|申请|请求 ~2 删除|销毁|清除 ~~24 有权拒绝|可以拒绝|可拒绝|不予受理|不予处理|不予支持|有权不予"),
}

// beyondArt47 in the items of a refusal list reach past the statutory
// exceptions (商业秘密, 超出正常技术手段和商业成本): the list restricts
// deletion although its lead-in cites the law.
var beyondArt47 = []string{"商业秘密", "商业成本", "主观恶意", "恶意行使", "滥用权利"}

// refuseEditRe refuses deletion together with correction (不可修改或删除).
var refuseEditRe = regexp.MustCompile(`(不予|不支持|无法|不能|不可|不得|不提供|拒绝)(修改|更正|变更|编辑|撤回|撤销)(或者|或|和|及|、)删除`)

// burdenRe matches a burden placed on a request: fees, notarisation, the
// processor's discretion or approval, appearing in person, mailed letters.
var burdenRe = regexp.MustCompile(`(支付|缴纳|交纳|收取|承担)[^，,；;。]{0,10}费|手续费|工本费|公证|` +
	`(我们|本公司|公司|平台|本行|我行)[^，,；;。]{0,6}(自行|酌情|视情况)决定|` +
	`审核同意|经[^，,；;。]{0,8}审核|审批|批准后|(亲自|本人)(到|前往)|到场|现场办理|临柜|邮寄`)

// deletionMustRe makes deletion depend on something (删除个人信息须…).
var deletionMustRe = regexp.MustCompile(`删除[^。；;，,]{0,12}(须|需|需要|应当|必须|应)`)

// deletionOffered matches the person's deletion right or a promise to delete.
var deletionOffered = regexp.MustCompile(`(申请|要求|请求|有权|可以|可)[^，,；;。]{0,12}删除|(将|会|予以|及时|立即)[^，,；;。]{0,6}删除`)

// deletion extracts what the sentence says about deleting personal
// information: a restriction (不予删除, 注销后仍保留, 删除须付费 — unless it is
// the PIPL Art. 47(2) exception: statutory retention, technical
// infeasibility), or a deletion right offered.
func deletion(s *sent) []Claim {
	if s.heading || !s.contains([]string{"删除", "清除", "销毁", "保留", "保存", "存储", "留存"}) || !s.personalObject() && !s.contains(deletionRequest) {
		return nil
	}
	c := Claim{Type: "deletion", Conditional: s.conditional(), Attributes: map[string]Cue{}}
	c.Categories, c.Sensitive = s.categories()
	restricted := false
	for _, h := range s.restrictions() {
		if s.lawful(h) && !containsAny(s.items, beyondArt47) {
			c.Attributes["exception"] = s.cueOf(h)
			continue
		}
		if _, ok := c.Attributes["restricted"]; !ok && !s.negated(h) {
			c.Attributes["restricted"] = s.cueOf(h)
			restricted = true
		}
	}
	if h, ok := s.deletionCondition(); ok {
		c.Attributes["condition"] = s.cueOf(h)
		restricted = true
	}
	switch {
	case restricted:
		c.Kind = "restricted"
	case len(c.Attributes) > 0:
		c.Kind = "exception"
	default:
		hits := s.findRe(deletionOffered)
		h, ok := s.pick(hits)
		if !ok {
			return nil
		}
		c.Kind, c.Negated = "offered", s.negated(h)
		c.Attributes["offered"] = s.cueOf(h)
	}
	return []Claim{c}
}

// restrictions finds refusals of deletion of information (not of an
// account alone: 余额为正时无法删除您的帐号), and survival of information past
// account cancellation.
func (s *sent) restrictions() []hit {
	var out []hit
	if !s.contains(accountWords) || s.contains(infoWords) {
		out = append(out, s.findAny(deletionRestrictCues)...)
		out = append(out, s.findRe(refuseEditRe)...)
		for _, m := range s.matchPattern(noDeletionPromise) {
			h := s.hitAt(m.start, m.end)
			h.cue = m.text(s)
			out = append(out, h)
		}
		out = append(out, s.deletionDenials()...)
	}
	out = append(out, s.keeps()...)
	out = append(out, s.deferredDeletion()...)
	sortHits(out)
	return dedupe(out)
}

// lawful reports whether the restriction rests on a legal ground or
// technical infeasibility stated in its own clause or the one before
// (法律法规规定不能删除时, 如技术上难以实现删除).
func (s *sent) lawful(h hit) bool {
	return containsAny(s.clauseOf(h), legalGrounds) || containsAny(s.prevClause(h), legalGrounds)
}

// deletionCondition finds an affirmed burden placed on a deletion request.
func (s *sent) deletionCondition() (hit, bool) {
	if !s.contains(deletionRequest) && len(s.findRe(deletionMustRe)) == 0 {
		return hit{}, false
	}
	for _, h := range s.findRe(burdenRe) {
		if !s.negated(h) {
			return h, true
		}
	}
	return hit{}, false
}

// patternsMatch returns the matches of every pattern in ps.
func (s *sent) patternsMatch(ps []*pattern) []match {
	var out []match
	for _, p := range ps {
		out = append(out, s.matchPattern(p)...)
	}
	return out
}

// deletionDenials are the deletionDenied matches that refuse the person's
// deletion: not the person's own refusal or inability (如您拒绝使用或删除
// Cookie, 如果您无法自行删除), nor a list of the person's acts.
func (s *sent) deletionDenials() []hit {
	var out []hit
	for _, m := range s.patternsMatch(deletionDenied) {
		h := s.hitAt(m.start, m.end)
		h.cue = m.text(s)
		asks := containsAny(h.cue, []string{"要求", "申请", "请求"}) // 您不能要求我们删除: the person is the subject
		if !asks && s.userActor(h) || containsAny(h.cue, []string{"或", "和", "、", "自行"}) && !asks {
			continue
		}
		out = append(out, h)
	}
	return out
}
