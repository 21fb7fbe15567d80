package claims

// trackingTech names technologies a third party embeds to collect the
// person's information (Cookie, SDK, 像素标签): a disclaimer for them is a
// disclaimer for that third party's collection.
var trackingTech = []string{"Cookie", "cookie", "COOKIE", "SDK", "sdk", "同类技术", "类似技术", "相似技术", "网络信标",
	"像素标签", "像素", "网站信标", "Web Beacon", "插件", "软件开发工具包", "追踪技术", "跟踪技术", "统计代码"}

// techParties are the third parties that embed such technologies.
var techParties = []string{"第三方", "合作方", "合作伙伴", "广告商", "广告主", "合作机构"}

// elsewhere place the technology on another's site, not in the service
// (第三方网站上的Cookie).
var elsewhere = []string{"网站", "网页", "链接", "页面"}

// personChooses make the person the one who installs or visits (您自行安装
// 的第三方插件): the person's own act.
var personChooses = []string{"您自行", "你自行", "用户自行", "您选择", "你选择", "您安装", "您下载", "您主动", "您访问"}

// thirdPartyTech marks third_party when the exclusion at h covers a
// technology a third party embeds (我们不对第三方的Cookie或同类技术承担责任,
// 对合作方SDK概不负责): the party, then the technology within a few
// characters, both before the end of the exclusion's clause.
func thirdPartyTech(s *sent, a attrs, h hit) bool {
	end := clauseEnd(s.text, h.end)
	for _, p := range s.findAny(techParties) {
		if p.start >= end || s.negated(p) {
			continue
		}
		rest := []rune(s.text[p.end:end])
		if len(rest) > 10 {
			rest = rest[:10]
		}
		gap := string(rest)
		if i := firstIndex(gap, trackingTech); i >= 0 && !containsAny(gap[:i], elsewhere) &&
			!containsAny(s.text[s.clauseStart(p.start):p.start], personChooses) {
			a.set(s, "third_party", p)
			return true
		}
	}
	return false
}
