package claims

import "strings"

// visibleTo makes information visible to anyone (默认对所有人可见, 向全体
// 用户开放).
var visibleTo = mustPattern("对|向|让 所有人|所有用户|任何人|公众|其他用户|陌生人|全部用户|全体用户|全网 ~2 可见|公开|开放")

// visibleToAll makes information visible to every member of a wide circle
// (默认对所有注册企业公开, 向全部访客开放).
var visibleToAll = mustPattern("对|向|让 所有|全部|全体|任何 ~3 访客|网友|企业|商家|会员|注册用户|游客|人员 ~2 可见|公开|开放")

// boardAudiences are public boards and lists beyond 排行榜 (贡献榜, 光荣榜)
// and open circles (所有访客).
var boardAudiences = []string{"贡献榜", "光荣榜", "荣誉榜", "红榜", "打赏榜", "人气榜", "英雄榜", "风云榜", "积分榜",
	"所有访客", "全部访客", "任何访客", "所有网友", "所有浏览者", "全部浏览者", "任何浏览者", "供所有", "供他人"}

func init() {
	publicAudience = append(publicAudience, boardAudiences...)
	showVerbs = append(showVerbs, "出现在", "呈现在")
}

// visibleActs drops a user_initiated read off the act itself: 公开可见 or
// 公开的 right after the verb (将对全部用户公开可见, 出现在公开的贡献榜上), or
// what the person uploaded that the processor makes public by default
// (您上传的简历默认对所有企业公开).
func visibleActs(s *sent, a attrs, verb hit) {
	c, ok := a["user_initiated"]
	if !ok {
		return
	}
	if strings.Contains(s.text, verb.cue+c.Cue) || c.Cue == "公开可" && strings.Contains(s.text, verb.cue+"可") ||
		strings.Contains(s.text[:verb.start], "默认") && !containsAny(c.Cue, userChoiceCues) {
		delete(a, "user_initiated")
	}
}

// unmaskedAfter drops anonymised when a later act, after a contrast (但,
// 但是), makes information public in full (以部分隐藏的形式公示，但会公布其
// 完整姓名).
func unmaskedAfter(s *sent, a attrs, cands []hit) {
	if _, ok := a["anonymised"]; !ok {
		return
	}
	for _, h := range cands {
		clause := s.text[s.clauseStart(h.start):h.start]
		if strings.HasPrefix(clause, "但") && !containsAny(s.text[s.clauseStart(h.start):s.clauseEnd(h.end)], deidentifiedCues) {
			delete(a, "anonymised")
			return
		}
	}
}

// visible finds information made visible to everyone in the sentence.
func visible(s *sent) []hit {
	var out []hit
	for _, m := range append(s.matchPattern(visibleTo), s.matchPattern(visibleToAll)...) {
		h := s.hitAt(m.start, m.end)
		h.cue = m.text(s)
		if !containsAny(s.clauseWindow(h), privateAudience) {
			out = append(out, h)
		}
	}
	return out
}

// agreeWords give the processor leave to act (您同意我们…).
var agreeWords = []string{"同意", "授权", "允许", "认可"}

// agreedParties are who the person lets act (甲方, 被授权人, 我们).
var agreedParties = append([]string{"甲方", "被授权人", "被授权方"}, processorCues...)

// agreesTo reports whether the clause lets the processor act: the person
// agrees, then names the processor (您同意我们在官网上公开披露…).
func agreesTo(clause string) bool {
	if strings.HasSuffix(clause, "、") || strings.HasSuffix(clause, "和") || strings.HasSuffix(clause, "及") {
		return false // one of a list of processing verbs (收集、使用…和公开)
	}
	for _, w := range agreeWords {
		i := strings.Index(clause, w)
		if i < 0 {
			continue
		}
		rest := clause[i+len(w):]
		for _, p := range agreedParties {
			if strings.HasPrefix(rest, p) {
				return true
			}
		}
	}
	return false
}

// beyondLegalBases in the items of a 仅在以下情况下公开披露 list are no
// ground for publication (合同所必需, 服务的安全稳定运行, 学术研究): the list
// does not restrict disclosure to consent and legal duties.
var beyondLegalBases = []string{"签订合同所必需", "履行合同所必需", "订立、履行", "安全稳定运行", "学术研究", "新闻报道",
	"已公开的", "自行向社会公众公开"}

// sharedOnly reports whether the sentence follows, in its paragraph, one
// about sharing (在法定情形下的共享。…对外共享…。例如…披露) and nothing around
// it speaks of making information public: its 披露 goes to the recipients
// named there.
func sharedOnly(s *sent) bool {
	i := strings.Index(s.block, s.text)
	return i > 0 && strings.Contains(s.block[:i], "共享") && !containsAny(s.block+s.section+s.lead, []string{"公开", "公示", "公布"})
}

// elsewhereCues carry what the person published beyond where it was
// published (to other platforms, into promotion) or add to it information
// the person did not publish (连同您的手机号后四位).
var elsewhereCues = []string{"其他平台", "第三方平台", "宣传", "推广", "广告", "媒体", "连同", "附带"}

// userChoiceCues make the wider publication the person's own choice.
var userChoiceCues = []string{"主动", "选择", "自愿", "自行", "指定", "设置", "决定"}

// beyondPublished drops user_initiated when the processor shows what the
// person published elsewhere (在其他平台上展示会员发布的内容，用于宣传推广):
// publishing on the service is no consent to that.
func beyondPublished(s *sent, a attrs) {
	c, ok := a["user_initiated"]
	if ok && c.Cue == "信息公开" && s.publicActAfter(c.Cue) {
		delete(a, "user_initiated") // 履历信息公开张贴: the act, not public information
		return
	}
	if ok && containsAny(s.text, elsewhereCues) && !containsAny(c.Cue, userChoiceCues) && !containsAny(s.text, alreadyPublic) {
		delete(a, "user_initiated")
	}
}

// publicActAfter reports whether cue is followed right away by a verb that
// makes something public (信息公开张贴于公告栏).
func (s *sent) publicActAfter(cue string) bool {
	i := strings.Index(s.text, cue)
	if i < 0 {
		return false
	}
	rest := s.text[i+len(cue):]
	for _, v := range append(append([]string{"张贴", "展示", "披露", "发布", "公示", "显示"}, showVerbs...), discloseVerbs...) {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

// toldCircle are the people around the person that 告知 spreads
// information to (将欠款情况告知其通讯录联系人).
var toldCircle = []string{"通讯录联系人", "通讯录好友", "通讯录中的联系人", "亲友", "亲朋好友", "社会公众", "向社会"}
