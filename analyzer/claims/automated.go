package claims

import "strings"

// Automated decision-making and personalised push (个保法 第二十四条).
var admKinds = []struct {
	kind string
	cues []string
}{
	{"pricing", []string{"差异化价格", "差异化的价格", "差别定价", "差异化定价", "不同的价格", "价格差异", "千人千价",
		"差别待遇", "差异化的商品价格", "区别定价"}},
	{"decision", []string{"自动化决策", "自动审批", "自动决定", "系统自动审核", "自动评估", "自动作出", "大数据模型"}},
	{"profiling", []string{"用户画像", "画像", "兴趣标签", "偏好特征", "个人特征", "标签体系"}},
	{"ads", []string{"个性化广告", "定向广告", "程序化广告", "精准营销", "精准广告", "定向营销", "广告推送", "个性化的广告",
		"定制化的广告", "定制化广告", "定制化的商品广告", "定向投放", "精准投放", "个性化营销", "个性化的营销",
		"个性化短信", "个性化的短信", "个性化消息", "个性化的消息"}},
	{"recommendation", []string{"个性化推荐", "个性化推送", "个性化内容", "个性化展示", "个性化的商品", "个性化的内容",
		"个性化的推荐", "个性化信息", "定向推送", "精准推送", "精准推荐", "算法推荐", "推荐算法", "智能推荐",
		"感兴趣的内容", "感兴趣的商品", "感兴趣的信息", "感兴趣的服务", "推荐管理", "推荐设置", "个性化设置", "推荐开关",
		"个性化开关"}},
}

// tailoredPatterns find content tailored to the person without the word
// 个性化: 根据您的观看历史，为您推荐…; 对您的使用行为进行分析，以便向您推送…;
// 千人千面的展示. The cue is the verb that delivers it.
var (
	_ = synonymSet("personTrait", "偏好", "习惯", "历史", "记录", "行为", "兴趣", "特征", "喜好", "位置")
	_ = synonymSet("tailor", "推荐", "推送", "展示", "分发", "定制")
	_ = synonymSet("traitOwner", "您的", "你的", "用户的", "甲方的", "乙方的", "客户的", "会员的", "本人的",
		"个人的", "授权人的", "其", "学生的", "孩子的", "学员的", "患者的", "乘客的", "读者的", "玩家的", "业主的", "消费者的")
	tailoredPatterns = []*pattern{
		mustPattern("根据|基于|依据|结合|按照 ~4 @traitOwner ~10 @personTrait ~~24 @tailor"),
		mustPattern("推送|推荐|展示 ~6 个性化|定制化 ~2 的? ~4 视频|广告|商品|内容|资讯|信息|服务"),
		mustPattern("分析 ~~16 向您|为您|给您 ~4 @tailor"),
		mustPattern("千人千面|定制化的内容|定制化的信息|定制化推荐|个性化服务"),
		mustPattern("信息|数据|资料 ~~40 用于 ~~24 推荐产品|推荐商品|推荐服务|推荐内容"),
		mustPattern("与您|与你 ~6 相关 ~4 广告|推荐|内容"),
	}
)

var (
	// optoutCues offer a way out of personalisation.
	optoutCues = []string{"关闭", "拒绝", "退出", "取消", "不针对", "不基于", "选择不", "停止接收", "撤回", "退订",
		"开关", "管理您的", "删除标签", "自主选择"}
	// noReviewCues exclude explanation or human review of a decision.
	noReviewCues = []string{"恕不提供人工", "不提供人工", "不接受人工", "不予解释", "不提供解释", "不接受申诉",
		"不予复核", "不提供复核", "恕不解释"}
)

// automated extracts an automated_decision claim: personalised
// recommendation, ads, profiling, pricing or decisions, and whether the
// same sentence offers an opt-out (a switch, a non-personalised option).
func automated(s *sent) (Claim, bool) {
	if s.heading {
		return Claim{}, false
	}
	for _, k := range admKinds {
		hits := s.findAny(k.cues)
		if k.kind == "recommendation" && len(hits) == 0 {
			if ms, _ := s.matchAny(tailoredPatterns); len(ms) > 0 {
				m := ms[0]
				hits = []hit{s.hitAt(m.slots[len(m.slots)-1].start, m.slots[len(m.slots)-1].end)}
			}
		}
		if k.kind == "pricing" {
			hits = append(hits, priceByTraits(s)...)
			sortHits(hits)
		}
		if len(hits) == 0 {
			continue
		}
		h, _ := s.firstAffirmed(hits)
		a := attrs{}
		a.set(s, "cue", h)
		if o := s.personalOptouts(s.findAny(optoutCues)); len(o) > 0 {
			oh, ok := s.firstAffirmed(o)
			if ok {
				a.set(s, "optout", oh)
			}
		}
		a.markText(s, "no_review", noReviewCues)
		a.markText(s, "anonymised", anonymisedCues)
		rest := s.text[h.end:]
		if h.start == 0 && (strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")) ||
			strings.HasSuffix(s.text[:h.start], "称为") || strings.Contains(s.text, "是指") {
			a.set(s, "definition", h)
		}
		neg := s.negated(h)
		if k.kind == "profiling" && h.cue == "个人特征" {
			// 不针对您个人特征的选项 is the opt-out itself.
			neg = false
		}
		cats, sens := s.categories()
		return Claim{Type: "automated_decision", Kind: k.kind, Categories: cats, Sensitive: sens,
			Negated: neg, Conditional: s.conditional(), Attributes: a}, true
	}
	return Claim{}, false
}

// priceByTraits finds prices that differ by the person's characteristics
// (根据您的会员等级…计算不同的商品价格): the word for the difference.
func priceByTraits(s *sent) []hit {
	var out []hit
	for _, p := range s.findSubstr([]string{"价格", "价款", "费率", "报价"}) {
		w := s.clauseWindow(p)
		if !containsAny(w, []string{"根据您", "基于您", "依据您", "按照您", "根据你", "根据用户"}) {
			continue
		}
		for _, d := range s.findSubstr([]string{"不同的", "不同", "差异", "差别", "区别"}) {
			if strings.Contains(w, d.cue) {
				out = append(out, d)
				return out
			}
		}
	}
	return out
}

// personalisedObjects are what an opt-out must turn off to be one from
// personalisation (关闭个性化推荐, 拒绝接收定向广告, 推荐管理中选择退出).
var personalisedObjects = []string{"推荐", "推送", "广告", "个性化", "画像", "标签", "营销", "定向", "选项", "开关",
	"个人特征", "兴趣", "偏好", "自动化决策", "感兴趣", "个推", "商业性"}

// deniedOptout deny the opt-out right before it (无法关闭, 不支持取消).
var deniedOptout = []string{"无法", "不能", "不可", "不可以", "不支持", "不得", "不允许", "不提供", "暂不支持", "不会"}

// endsWithAny reports whether text ends with one of the terms.
func endsWithAny(text string, terms []string) bool {
	for _, t := range terms {
		if strings.HasSuffix(text, t) {
			return true
		}
	}
	return false
}

// alwaysOptout are opt-outs by their wording alone.
var alwaysOptout = []string{"不针对", "不基于", "退订", "停止接收", "选择不"}

// personalOptouts keeps the opt-out cues that turn personalisation off: the
// clause before, their own clause or the rest of the sentence names it. A
// refusal to provide information or a permission (如您拒绝提供位置信息，将
// 无法获得附近推荐) only withholds data and is no opt-out.
func (s *sent) personalOptouts(hits []hit) []hit {
	var out []hit
	for _, h := range hits {
		if endsWithAny(s.text[:h.start], deniedOptout) {
			continue // 该功能无法关闭: no way out
		}
		if containsAny(h.cue, alwaysOptout) {
			out = append(out, h)
			continue
		}
		if h.cue == "拒绝" && containsAny(firstRunes(s.text[h.end:], 3), []string{"提供", "授权", "授予", "开启"}) {
			continue
		}
		if containsAny(s.clauseWindow(h)+s.text[h.end:], personalisedObjects) {
			out = append(out, h)
		}
	}
	return out
}
