package claims

import (
	"regexp"
	"strings"
)

// Withdrawal vocabulary.
var (
	// withdrawVerbs take consent back; consentObjects say what is taken back.
	withdrawVerbs  = []string{"撤回", "撤销", "撤消", "收回", "取消授权", "解除授权", "取消同意", "停止授权", "改变您授权", "改变授权"}
	consentObjects = []string{"同意", "授权", "许可", "权限"}
	// noWithdrawCues make consent non-withdrawable.
	noWithdrawCues = []string{"不得撤回", "不可撤回", "不能撤回", "无法撤回", "无权撤回", "不允许撤回", "不接受撤回",
		"不予撤回", "不可以撤回", "不可撤销", "不得撤销", "不能撤销", "无权撤销", "不可撤消", "不得撤消"}
	// licenceTerms make the object a grant or licence, reported by
	// grant-irrevocable, or something that is not consent at all.
	licenceTerms = []string{"许可", "授予", "担保", "保证", "放弃"}
	// consentNouns name consent as the thing withdrawn. An authorisation
	// made irrevocable (本授权不可撤销, 授权书一经签署不可撤回) qualifies a grant:
	// grant-irrevocable reports it, not withdrawal-restricted.
	consentNouns = []string{"的同意", "同意一经", "同意后", "同意即", "其同意", "该同意", "此同意", "上述同意", "同意书",
		"该项同意", "此项同意", "该等同意", "前述同意"}
	// anytime marks a withdrawal the person can make at will.
	anytime = []string{"随时", "自行", "可以", "可通过", "可在", "有权", "享有", "通过"}
)

// withdrawGate holds words one of which every withdrawal pattern needs.
var withdrawGate = []string{"撤", "收回", "取消", "解除", "关闭", "停用", "禁用", "退订", "勾选", "停止授权", "改变"}

var (
	// switchOffRe withdraws by turning a permission or feature off.
	switchOffRe = regexp.MustCompile(`(关闭|停用|禁用)[^，,；;。]{0,12}(权限|授权|开关|个性化|定位|位置|相机|摄像头|麦克风|通讯录|推送|广告|Cookie|cookie)|取消勾选|退订`)
	// featureSwitches name one feature or permission whose switch withdraws
	// only that (禁用Cookie, 退订短信, 关闭位置信息): not a way to withdraw
	// consent to the rest of the processing.
	featureSwitches = []string{"个性化", "定位", "位置", "相机", "摄像头", "麦克风", "通讯录", "推送", "广告", "Cookie", "cookie", "退订"}
	// penaltyRe attaches a penalty to withdrawal.
	// Forfeits count too: 不退还会费, 扣除保证金, 积分清零.
	penaltyRe = regexp.MustCompile(`违约|赔偿|没收|罚款|罚金|(?:须|应|应当|需|需要)[^，,；;。]{0,4}承担[^，,；;。]{0,12}损失|` +
		`不予?退还|不予?退款|扣除[^，,；;。]{0,8}(费|金|积分)|(积分|权益|余额|优惠券|红包|等级|资格)[^，,；;。]{0,10}(清零|作废|失效|取消|收回)|收回[^，,；;。]{0,6}(红包|积分|优惠券|权益)`)
	// effectRe is PIPL Art. 15(2): withdrawal does not affect past processing.
	effectRe = regexp.MustCompile(`不影响[^。；]{0,30}(撤回前|撤销前|此前|之前)`)
)

func init() {
	synonymSet("wdMust", "须", "需", "需要", "应", "应当", "必须", "方可", "才能", "才可")
	synonymSet("wdBurden", "书面", "提前", "批准", "审批", "核准", "审核", "公证", "到场", "亲自", "现场", "邮寄", "挂号",
		"寄送", "信函", "纸质", "前往", "网点", "营业厅", "柜台", "线下", "结清", "付清", "缴清")
}

// withdrawBurdens make withdrawal depend on a form, notice, approval or
// presence (撤回同意应提前三十日书面通知, 需经我们批准).
var withdrawBurdens = []*pattern{mustPattern("@wdMust ~20 @wdBurden"),
	mustPattern("经|须经|需经 ~8 核准|审核|审批|批准 后|方|才")}

// unansweredPattern: the processor may not act on a request to withdraw
// (我们可能不会响应您提出的更正、删除、撤回同意的请求): withdrawal refused.
var unansweredPattern = mustPattern("不会|无法|不予|不能 ~2 响应|回应|受理|满足|执行 ~40 撤回|撤销 ~4 同意|授权")

// refusedRequestPattern: the processor may turn a request to withdraw
// down (对撤回同意的申请有权拒绝, 撤回授权的请求将被驳回).
var refusedRequestPattern = mustPattern("撤回|撤销 ~4 同意|授权 ~4 请求|申请 ~8 拒绝|驳回|不予受理|不予处理")

// noWithdrawPattern denies withdrawing consent with words between
// (不得于服务期内撤回已作出的同意); noWithdrawGap words in the gap make it
// about something else (无法在您撤回同意后继续提供).
var (
	noWithdrawPattern = mustPattern("不得|不可|不能|无法|无权|不允许|不予|不可以|丧失 ~10 撤回|撤销|撤消 ~12 同意")
	noWithdrawGap     = []string{"您", "你", "用户", "客户", "我们", "后", "时", "继续", "提供"}
)

// withdrawalRestrictions burden withdrawal (condition) or punish it
// (penalty).
var withdrawalRestrictions = []struct {
	name string
	re   *regexp.Regexp
}{{"condition", burdenRe}, {"penalty", penaltyRe}}

// withdrawal extracts what the sentence says about withdrawing consent: a
// way offered (随时撤回, 关闭权限), a restriction (同意后不得撤回, 撤回须书面邮寄
// 并经审核, 撤回视为违约, 可能不会响应撤回同意的请求) or only the PIPL Art. 15(2) effect sentence.
// Irrevocable grants over personal information or content are grant claims
// (grant-irrevocable), not withdrawal claims.
func withdrawal(s *sent) []Claim {
	if s.heading {
		if c, ok := headingClaim(s, "withdrawal", []string{"撤回", "撤销授权", "权利", "管理您的", "管理你的", "控制"},
			[]string{"未成年", "儿童"}); ok {
			return []Claim{c}
		}
		return nil
	}
	if !s.contains(withdrawGate) {
		return s.leadBurden()
	}
	c := Claim{Type: "withdrawal", Conditional: s.conditional(), Attributes: map[string]Cue{}}
	h, ok := s.pick(s.findAny(noWithdrawCues))
	if !ok {
		for _, m := range s.matchPattern(noWithdrawPattern) {
			if !containsAny(s.text[m.slots[0].end:m.slots[1].start], noWithdrawGap) {
				h, ok = s.hitAt(m.start, m.end), true
				break
			}
		}
	}
	if ok && s.consentWithdrawn(h) {
		c.Kind, c.Negated = "restricted", s.negated(h)
		c.Attributes["restricted"] = s.cueOf(h)
		return []Claim{c}
	}
	verbs := s.withdrawVerbs()
	ms := s.matchPattern(unansweredPattern)
	if len(ms) == 0 {
		if rs := s.matchPattern(refusedRequestPattern); len(rs) > 0 && !s.negated(s.hitAt(rs[0].start, rs[0].end)) {
			c.Kind = "restricted"
			c.Attributes["refused"] = Cue{Cue: rs[0].text(s), Span: s.span(rs[0].start, rs[0].end)}
			return []Claim{c}
		}
	}
	if len(ms) > 0 {
		// 不会拒绝响应: a double negative. The wording is itself a negation,
		// so 无需征得…同意且不会响应 earlier in the clause denies nothing.
		gap := s.text[ms[0].slots[0].end:ms[0].slots[1].start]
		if h := s.hitAt(ms[0].start, ms[0].end); !strings.Contains(gap, "拒绝") {
			c.Kind = "restricted"
			c.Attributes["refused"] = Cue{Cue: h.cue, Span: s.span(h.start, h.end)}
			return []Claim{c}
		}
	}
	if len(verbs) > 0 {
		for _, r := range withdrawalRestrictions {
			if h, ok := s.pick(s.findRe(r.re)); ok && !s.negated(h) && !refunded(s, h) {
				c.Kind = "restricted"
				c.Attributes[r.name] = s.cueOf(h)
			}
		}
		if _, ok := c.Attributes["condition"]; !ok {
			if ms, _ := s.matchAny(withdrawBurdens); len(ms) > 0 {
				h := s.hitAt(ms[0].start, ms[0].end)
				if !s.negated(h) {
					c.Kind = "restricted"
					c.Attributes["condition"] = s.cueOf(h)
				}
			}
		}
		if c.Kind != "" {
			return []Claim{c}
		}
		h, _ := s.pick(verbs)
		c.Kind, c.Negated = "offered", s.negated(h)
		if len(s.findRe(effectRe)) > 0 && !s.contains(anytime) {
			c.Kind = "effect"
		}
		c.Attributes["withdraw"] = s.cueOf(h)
		if c.Kind == "offered" && matchRe(breachRe, s.text[:h.start]) {
			c.Kind = "on_breach" // only when the processor breaks the law (个保法 第四十七条 territory)
		}
		if c.Kind == "offered" && (s.vagueWay() || s.bareRight() || s.noWithdrawWay()) {
			c.Kind = "announced" // a way promised but not given (rights.go vagueWay)
		}
	}
	if h, ok := s.pick(s.findRe(switchOffRe)); ok && (c.Kind == "" || c.Negated) && !s.negated(h) {
		c.Kind, c.Negated = "offered", false
		c.Attributes["switch"] = s.cueOf(h)
		if containsAny(h.cue, featureSwitches) && !containsAny(h.cue, []string{"相应", "相关", "对应", "授权"}) {
			c.Attributes["feature"] = s.cueOf(h) // one feature's switch, not consent in general
		}
	}
	if c.Kind == "" {
		return nil
	}
	return []Claim{c}
}

// breachRe makes withdrawal depend on the processor's own breach (若我们违反
// 法律、行政法规的规定…，您可以撤回同意): not a way to withdraw at will.
var breachRe = regexp.MustCompile(`(若|如|如果|倘若|假如|一旦)(我们|本公司|我司|本平台|公司|平台)[^。；;]{0,6}(违反|超出|超越|违背)`)

// rightWords state withdrawal as a right the person holds.
var rightWords = []string{"有权", "享有", "权利"}

// bareRight reports whether the sentence only names withdrawal as a right
// (您享有查阅、删除…的权利，也有权撤回同意) without a path, control or
// channel to do it.
func (s *sent) bareRight() bool {
	return s.contains(rightWords) && len(s.findRe(channelRe)) == 0 && !s.contains(concreteWays) &&
		len(s.findRe(switchOffRe)) == 0
}

// withdrawWays are ways to withdraw that channelRe does not list: closing
// the account, unticking, unbinding, or instructions linked at that place
// (按照此处列出的说明撤回).
var withdrawWays = []string{"注销", "关闭", "勾选", "解绑", "解除绑定", "卸载", "此处列出", "在此列出", "列出的说明", "链接"}

// noWithdrawWay reports whether the sentence lets the person withdraw
// (您可以随时撤回同意, 您可依法撤回) with no path, control or channel, and no
// list of ways after a lead-in colon.
func (s *sent) noWithdrawWay() bool {
	return len(s.findRe(channelRe)) == 0 && !s.contains(concreteWays) && len(s.findRe(switchOffRe)) == 0 &&
		!s.contains(withdrawWays) && leadColon(s.text) < 0
}

// withdrawVerbs finds withdrawal verbs whose clause names consent or an
// authorisation (撤回同意, 撤销授权), not orders or complaints (撤销订单).
func (s *sent) withdrawVerbs() []hit {
	var out []hit
	for _, h := range s.findSub(withdrawVerbs) {
		if s.deniedWithdraw(h) {
			continue
		}
		if strings.Contains(h.cue, "授权") || strings.Contains(h.cue, "同意") || containsAny(s.clauseOf(h), consentObjects) {
			out = append(out, h)
		}
	}
	return out
}

// deniedWithdraw reports whether a withdrawal verb is part of a denial
// (不可撤销, 无权撤回): that is a restriction, not a way offered.
func (s *sent) deniedWithdraw(h hit) bool {
	for _, d := range []string{"不可", "不得", "不能", "无法", "无权", "不允许", "不接受", "不予", "不可以"} {
		if strings.HasSuffix(s.text[:h.start], d) {
			return true
		}
	}
	return false
}

// consentWithdrawn reports whether a non-withdrawable cue is about consent
// (您的同意一经作出不得撤回, 本授权书一经签署不可撤销) rather than a licence,
// a guarantee, a waiver, a payment instruction or an in-scope grant that
// grant-irrevocable reports.
func (s *sent) consentWithdrawn(h hit) bool {
	// 授权人, 被授权人 name parties, not an authorisation
	around := strings.ReplaceAll(s.prevClause(h)+s.clauseOf(h), "授权人", "")
	if containsAny(around, licenceTerms) || s.contains(paymentTerms) {
		return false
	}
	after := s.text[h.end:]
	if hasAnyPrefix(after, namedConsents) {
		return true // 不得撤回同意: the object is the consent itself
	}
	consent := containsAny(around, consentNouns)
	if !consent && (strings.Contains(around, "授权") || !strings.Contains(around, "同意")) {
		return false // 本授权不可撤销, 本人同意并不可撤销地授权: a grant
	}
	if g, ok := grant(s); ok && g.Direction == "user_to_processor" &&
		(g.Object == "personal_info" || g.Object == "user_content" || g.Object == "payment" || g.Object == "software" ||
			strings.Contains(around, "授权")) { // an authorisation made irrevocable is a grant
		if a, ok := g.Attributes["irrevocable"]; ok && !a.Negated {
			return false
		}
	}
	return true
}

// namedConsents are consent itself as the object (不得撤回同意, 该项同意).
var namedConsents = []string{"同意", "其同意", "您的同意", "该项同意", "此项同意", "该同意", "此同意", "上述同意", "前述同意", "该等同意", "已作出的同意"}

// leadMusts make a lead-in a condition (撤回同意须满足以下条件：); leadMays
// make it a list of ways offered (您可以通过以下方式撤回同意：).
var (
	leadMusts = []string{"须", "需", "应", "必须", "方可", "方能", "条件"}
	leadMays  = []string{"可以", "可通过", "您可", "你可", "可在", "可选择"}
)

// leadBurden reports an item of a lead-in that makes withdrawal
// conditional (撤回同意须按以下方式办理：1. 提交书面申请；2. 经本公司审核):
// a burden or penalty in the item restricts withdrawal.
func (s *sent) leadBurden() []Claim {
	i := -1
	for _, v := range []string{"撤回", "撤销", "撤消"} {
		if j := strings.Index(s.lead, v); j >= 0 && (i < 0 || j < i) {
			i = j
		}
	}
	if i < 0 || !containsAny(s.lead, consentObjects) || containsAny(s.lead, leadMays) {
		return nil
	}
	// the condition follows the withdrawal (撤回同意须…：), and 无需 is none
	rest := strings.NewReplacer("无需", "", "无须", "", "不需", "").Replace(s.lead[i:])
	if !containsAny(rest, leadMusts) {
		return nil
	}
	c := Claim{Type: "withdrawal", Kind: "restricted", Conditional: s.conditional(), Attributes: map[string]Cue{}}
	for _, r := range []struct {
		name string
		hits []hit
	}{{"condition", s.findAny(synonyms["wdBurden"])}, {"condition", s.findRe(burdenRe)}, {"penalty", s.findRe(penaltyRe)}} {
		if h, ok := s.pick(r.hits); ok && !s.negated(h) {
			c.Attributes[r.name] = s.cueOf(h)
			return []Claim{c}
		}
	}
	return nil
}

// refunded reports whether a fee named in h is paid back (已支付的服务费
// 按剩余期限退还): a refund is no burden on withdrawal.
func refunded(s *sent, h hit) bool {
	rest := s.text[h.end:s.clauseEnd(h.end)]
	return containsAny(rest, []string{"退还", "退回", "返还", "退款"}) && !containsAny(rest, []string{"不退", "不予退", "不返还"})
}
