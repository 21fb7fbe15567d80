package claims

import "strings"

// Cue families of the Art. 11 triad (人脸规定 第十一条), as token patterns.
var (
	_ = synonymSet("grant_deny", "不可", "不得", "不能", "无权", "不予", "不允许", "不可以", "概不", "绝不", "永不", "决不")
	_ = synonymSet("grant_revoke", "撤销", "撤回", "撤消", "收回", "解除", "撤除", "取消")
	_ = synonymSet("grant_change", "变更", "更改", "撤销", "撤回", "撤消", "解除", "收回")
	// grantees receive the person's grant (贵公司, 被授权方, 我们).
	_ = synonymSet("grantee", "贵公司", "贵司", "贵行", "贵方", "贵平台", "贵单位", "被授权人", "被授权方", "被授权机构",
		"被授权单位", "甲方", "乙方", "平台", "我们", "本公司", "我司", "本行")
	_ = synonymSet("grant_may", "有权", "可以", "亦可", "也可", "得以", "能够", "均有权", "亦有权", "可将", "并可", "可授权")
	// onward are others the grant may be passed on to.
	_ = synonymSet("onward", "关联方", "关联公司", "关联机构", "合作机构", "合作方", "合作伙伴", "合作第三方", "第三方",
		"其他机构", "他人", "任何人", "任何机构", "指定的", "受让方", "服务商", "供应商", "子公司", "分支机构",
		"再保险公司", "再保险人", "代理人", "代理机构", "合作单位")
	// onward_ref refer back to the others named before (该机构).
	onwardRefs = synonymSet("onward_ref", "该机构", "该等机构", "上述机构", "前述机构", "该第三方", "该等第三方")
	_          = synonymSet("same_scope", "同等", "相同", "同样", "一致", "同一")
	_          = synonymSet("extend_to", "及于", "延及", "适用于", "延伸至", "扩展至", "延续至")
	// grant_ref refers back to the grant or authorisation itself.
	_ = synonymSet("grant_ref", "本授权", "该授权", "此授权", "上述授权", "前述授权", "以上授权", "此项授权", "该项授权",
		"本次授权", "授权事项", "本授权书", "本同意书", "本许可")
)

var (
	irrevocablePatterns = []*pattern{
		mustPattern("@grant_deny ~4 @grant_revoke"),                             // 不可撤销, 不得单方撤回, 不可被撤销
		mustPattern("@grant_deny ~2 以|因|基于 ~6 理由|原因|方式|形式|借口 ~2 @grant_revoke"), // 不得以任何理由撤回
		mustPattern("一经 ~8 @grant_deny ~2 @grant_change"),                       // 一经授权不得变更
		mustPattern("放弃 ~8 @grant_revoke"),                                      // 放弃撤销本授权的权利
		mustPattern("承诺|保证|确认 ~4 不|不会|不再 ~2 @grant_revoke"),                     // 本人承诺不撤销本授权
		// 此项授权不因本人离职而撤销
		mustPattern("@grant_ref|授权 ~~8 均? 不因 ~15 而? @grant_revoke"),
	}
	unlimitedPatterns = []*pattern{
		mustPattern("永久性|永久|无期限|不限期限|无限期|终身|永续|长期有效|最长期限|最长时限|不设期限|没有期限|无固定期限|永不失效|永不过期"),
		mustPattern("不受|没有|不设|无 ~6 期限|时间|时限 的? 限制|约束"),                // 不受期限限制, 无时间限制
		mustPattern("授权期限|有效期|授权期间|期限 ~~3 长期|永久|无限期|无限制|不限期|不限时|无固定"), // 有效期为长期
		// 不设终止日期, 没有到期日
		mustPattern("不设|没有|无|未设 ~2 终止日期|截止日期|到期日|终止期限|截止期限|失效日期"),
		mustPattern("始终有效|永远有效|一直有效|永久有效|长期有效且|长期有效，且"), // 签署后始终有效
		// 合同终止后均持续有效: the grant outlives its ground with no end
		mustPattern("届满|终止|结束|到期 后 ~~6 仍|仍可|仍然|依然 ~3 继续? ~2 使用|处理|保存|查询|利用"),
		mustPattern("届满|终止|结束|到期 后 继续 ~2 使用|处理|保存|查询|利用"),
		mustPattern("终止|结束|解除|届满|注销 ~2 后 ~4 均|仍|依然|仍然|亦 ~2 持续有效|继续有效|有效"),
	}
	sublicensePatterns = []*pattern{
		mustPattern("转授权|再授权|再许可|分许可|转授予|转授给|转许可|再行授权|再行许可|再次授权|再次许可|二次授权|再转授|可转让给任何第三方|许可任何第三方|许可他人使用|授权他人使用|授权给任何|许可给任何|授权予任何|授权给其指定的|授权其指定的|转让或转授权|可转让、可再许可|可转让的"),
		// 有权将本授权转让给其合作机构
		mustPattern("@grant_ref|授权|许可 ~~16 转让|转交|转移|让与 ~12 @onward"),
		// 贵公司有权授权其关联方及合作机构使用
		mustPattern("@grantee ~6 @grant_may ~8 授权|许可 ~4 @onward"),
		mustPattern("@grantee ~6 @grant_may ~14 授权|许可 给|予 ~6 @onward"), // 可以将…使用权许可给合作伙伴
		mustPattern("@grantee ~6 可授权|可许可|可转授 ~4 @onward"),
		mustPattern("同意|允许|认可 ~2 @grantee ~6 授权|许可 ~4 @onward"),
		// 合作第三方与被授权方在同等授权范围内…
		mustPattern("@onward ~12 @same_scope ~2 的? ~2 授权|权利|权限|许可"),
		// 该等机构亦有权在前述授权范围内使用
		mustPattern("@onward|该等机构|上述机构|前述机构|该机构 ~6 亦有权|亦可|也有权|也可|同样有权|同样可以 ~8 @grant_ref|授权范围"),
		// 合作机构在同样范围内有权查询, 关联机构亦享有与被授权方相同的权利
		mustPattern("@onward|@onward_ref ~15 @same_scope|前述|上述 ~2 范围内 ~4 有权|享有|可以|可|亦有权|亦可|均有权"),
		mustPattern("@onward ~8 享有|拥有|具有 ~12 @same_scope ~12 权利|权限|授权"),
		// 被授权方及其授权的第三方, 合作伙伴可进一步许可他人
		mustPattern("及其|或其|以及其 授权|许可|转授权 的 ~4 @onward"),
		// 贵司及贵司授权的第三方
		mustPattern("及|或|以及 贵公司|贵司|贵行|贵方|贵单位|被授权人|被授权方|甲方 授权|许可|转授权 的 ~4 @onward"),
		// 受检者同意其数据可由本公司及本公司许可的第三方使用
		mustPattern("同意|授权 ~16 及|或|以及 本公司|我司|平台|本平台|本机构|本中心 授权|许可 的 ~4 @onward"),
		// …永久地使用，并可授权第三方使用: the grantee of the clause before
		mustPattern("，|, 并可|亦可|并有权|也可|且可 授权|许可 ~4 @onward"),
		mustPattern("及|或|以及 ~4 授权|许可|转授权 的 ~4 @onward ~4 均可|亦可|可以|均有权|亦有权|也可 ~12 @grant_ref|授权范围"), // 贵行授权的第三方均可在本授权范围内
		mustPattern("@onward ~4 可|可以|有权|亦可 ~2 进一步|再 ~2 授权|许可"),
		mustPattern("可|可以|有权|亦可 再 ~10 授权给|许可给|转授予|转授给 ~6 @onward"), // 可再将上述信息授权给其再保险人
		// 本授权同样适用于贵公司的关联方
		mustPattern("@grant_ref|授权 ~8 @extend_to ~10 @onward"),
	}
)

// grantCommentary marks text about format clauses rather than one: the
// face-recognition interpretation and its commentary (要求自然人授予其
// 无期限限制、不可撤销…的权利…人民法院依法予以支持).
var grantCommentary = []string{"人民法院", "司法解释", "予以支持", "规定为无效", "格式条款无效", "认定该条款"}

// claimedRight is a right the processor takes over what the person
// publishes (本平台有权无偿地、永久地使用用户发布的信息): a grant in all but
// name, read outside privacy notices.
var claimedRight = mustPattern("@grantee|本网站|本站 ~4 有权|均有权|可以 ~12 使用|利用|复制|传播|处理|保存")

// unitBreaks separate two grants in one sentence (…授权甲查询征信，同时授权
// 乙保存人脸信息).
var unitBreaks = []string{"；", ";", "，同时", ",同时", "，并同时", "，此外", "，另外", "，另"}

// grants extracts the grant claims of s: one per grant clause that grants a
// right or licence and carries at least one triad attribute.
func grants(s *sent) []Claim {
	verbs := s.findAny(grantVerbs)
	if len(verbs) == 0 && s.inheritsGrant() { // an item of 本人授权贵公司：
		verbs = []hit{{start: 0}}
	}
	if len(verbs) == 0 { // 本授权书的有效期为长期: the grant named by reference
		verbs = s.findAny(synonyms["grant_ref"])
	}
	if len(verbs) == 0 && s.docType != "privacy_notice" && containsAny(s.text, contentTerms[:len(contentTerms)-1]) {
		for _, m := range s.matchPattern(claimedRight) {
			verbs = append(verbs, s.hitAt(m.start, m.end))
		}
	}
	sub := onward(s)
	if len(verbs) == 0 && len(sub) == 0 || s.contains(grantCommentary) {
		return nil // no grant, or a statute or its commentary describing such grants
	}
	attrs := map[string][]cueHit{
		"irrevocable":    s.patternHits(irrevocablePatterns, false),
		"unlimited_term": unlimited(s),
		"sublicensable":  sub,
	}
	units := s.grantUnits(verbs, attrs["sublicensable"])
	var out []Claim
	for _, u := range units {
		c := Claim{Type: "grant", Attributes: map[string]Cue{}}
		consentOnly := s.consentOnly(u)
		for name, hits := range attrs {
			for _, h := range hits {
				if h.start < u[0] || h.start >= u[1] || name == "irrevocable" && consentOnly {
					continue
				}
				if prev, ok := c.Attributes[name]; ok && !prev.Negated {
					continue
				}
				c.Attributes[name] = Cue{Cue: h.cue, Negated: h.negated, Span: s.span(h.start, h.end)}
			}
		}
		if len(c.Attributes) == 0 {
			continue
		}
		text := s.text[u[0]:u[1]]
		c.Direction = direction(text)
		if s.inheritsGrant() {
			c.Direction = direction(s.lead)
		}
		c.Object, c.Categories = s.grantObject(text)
		c.Negated = allNegated(c.Attributes)
		out = append(out, c)
	}
	return out
}

// consentOnly reports whether unit u speaks of consent as a thing given
// (您的同意一经作出不得撤回, 同意后不得撤回) and of no authorisation or
// licence: its irrevocability restricts withdrawal (withdrawal-restricted).
func (s *sent) consentOnly(u [2]int) bool {
	text := s.text[u[0]:u[1]]
	return containsAny(text, consentGiven) && !containsAny(text, authorisationWords) && !containsAny(s.lead, authorisationWords)
}

// consentGiven name consent as a noun.
var consentGiven = []string{"的同意", "同意一经", "同意后", "该同意", "此同意", "上述同意", "其同意", "本同意", "同意不可", "同意不得", "同意即"}

// inheritsGrant reports whether s is an item completing a lead-in in which
// the person authorises (本人授权贵公司：1. 永久保存本人的人脸信息) and
// grants nothing itself.
func (s *sent) inheritsGrant() bool {
	return s.lead != "" && containsAny(s.lead, authorisationWords) && !containsAny(s.lead, leadDenials) && !s.has(grantVerbs)
}

// leadDenials make a lead-in deny or except what its items list (未经您的
// 授权，我们不会：).
var leadDenials = []string{"不会", "不得", "未经", "无需", "无须", "不需", "除外", "不再", "不能", "禁止"}

// grant returns the grant of s that other extractors defer to: the first
// with an affirmed irrevocability, else the first.
func grant(s *sent) (Claim, bool) {
	gs := grants(s)
	for _, g := range gs {
		if a, ok := g.Attributes["irrevocable"]; ok && !a.Negated {
			return g, true
		}
	}
	if len(gs) == 0 {
		return Claim{}, false
	}
	return gs[0], true
}

// grantUnits splits s into grant clauses [start, end): a clause break
// starts a new unit only when the new part grants something itself; a
// part without a grant verb completes the unit before it.
func (s *sent) grantUnits(verbs []hit, onward []cueHit) [][2]int {
	cuts := []int{0}
	for _, b := range unitBreaks {
		for off := 0; ; {
			i := strings.Index(s.text[off:], b)
			if i < 0 {
				break
			}
			cuts = append(cuts, off+i)
			off += i + len(b)
		}
	}
	sortInts(cuts)
	var units [][2]int
	for k, from := range cuts {
		to := len(s.text)
		if k+1 < len(cuts) {
			to = cuts[k+1]
		}
		if len(units) > 0 && !hitIn(verbs, from, to) && !cueIn(onward, from, to) {
			units[len(units)-1][1] = to
			continue
		}
		units = append(units, [2]int{from, to})
	}
	return units
}

// onward finds sublicensing cues, dropping entrusted processing (委托授权
// 合作伙伴处理) and authorisations the person gives (根据您的授权从第三方获取).
func onward(s *sent) []cueHit {
	ps := sublicensePatterns
	if !s.contains(synonyms["onward"]) && !s.contains(onwardRefs) { // every pattern but the literal cues names the others
		ps = ps[:1]
	}
	var out []cueHit
	for _, h := range s.patternHits(ps, true) {
		if !containsAny(h.cue, notOnward) {
			out = append(out, h)
		}
	}
	return out
}

// notOnward in a sublicensing match make it something else.
var notOnward = []string{"委托", "根据", "按照", "依据", "经您", "您的授权", "本人授权", "您授权", "用户授权", "授权人授权"}

// unlimited finds duration cues, dropping 永久 when it qualifies deletion,
// cancellation or a sanction (永久删除, 永久注销账号).
func unlimited(s *sent) []cueHit {
	var out []cueHit
	for _, h := range s.patternHits(unlimitedPatterns, false) {
		if strings.HasPrefix(h.cue, "永久") && (notUnlimited[s.tokenAfter(h.hit)] || sanctionAfter(s.text[h.end:])) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// sanctionAfter reports whether the words right after 永久 (past 的, 地,
// 性) make it a sanction or a deletion: 永久的禁止登录, 永久性地删除.
func sanctionAfter(rest string) bool {
	rest = strings.TrimLeft(rest, "的地性")
	for w := range notUnlimited {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// direction tells who grants: 我们授予您… is processor_to_user.
func direction(text string) string {
	if containsAny(text, toUserCues) {
		return "processor_to_user"
	}
	return "user_to_processor"
}

func allNegated(attrs map[string]Cue) bool {
	for _, a := range attrs {
		if !a.Negated {
			return false
		}
	}
	return true
}
