package claims

import "strings"

// securityKinds are the protection measures of PIPL Art. 51 and Civil Code
// Art. 1038 and the words that name them.
var securityKinds = []cueKind{
	{"encryption", []string{"加密", "SSL", "TLS", "HTTPS", "哈希", "散列", "加盐"}},
	{"deidentification", []string{"去标识化", "脱敏", "假名化"}},
	{"access_control", []string{"访问控制", "权限控制", "权限管理", "最小权限", "最小授权", "访问权限", "授权访问", "身份鉴别"}},
	{"audit", []string{"安全审计", "日志审计", "审计"}},
	{"incident_plan", []string{"应急预案", "应急响应", "应急处置", "安全事件处置"}},
	{"certification", []string{"等级保护", "等保", "ISO27001", "ISO 27001", "ISO/IEC 27001", "27701", "安全认证", "安全评估"}},
	{"measures", []string{"安全措施", "安全保护措施", "安全防护措施", "安全技术措施", "技术措施", "管理措施", "保护措施",
		"防护措施", "安全防护", "安全管理制度", "数据安全管理", "防火墙", "数据隔离", "安全培训", "保密协议", "保密义务", "入侵检测", "漏洞扫描", "数据备份", "容灾备份", "安全演练", "应急演练"}},
}

// securityGate holds every security cue, checked as plain substrings first.
var securityGate = allCues(securityKinds)

// security extracts a statement of the measures that protect personal
// information (加密、去标识化、访问控制、安全措施). A cue inside a quoted
// menu name (在“设置—隐私—权限管理”中关闭) names a page, not a measure.
func security(s *sent) (Claim, bool) {
	if s.heading {
		return headingClaim(s, "security", []string{"保护您的", "保护你的", "信息安全", "数据安全", "安全", "保护"},
			[]string{"未成年", "儿童"})
	}
	if !s.contains(securityGate) || s.pointsToFull() {
		return Claim{}, false
	}
	c := Claim{Type: "security", Kind: "measure", Conditional: s.conditional(), Attributes: map[string]Cue{}}
	affirmed := false
	for _, k := range securityKinds {
		var hits []hit
		for _, h := range s.findAny(k.cues) {
			if !s.inMenuName(h) {
				hits = append(hits, h)
			}
		}
		if h, ok := s.pick(hits); ok {
			c.Attributes[k.name] = s.cueOf(h)
			affirmed = affirmed || !s.negated(h)
		}
	}
	if len(c.Attributes) == 0 {
		return Claim{}, false
	}
	c.Negated = !affirmed
	return c, true
}

// inMenuName reports whether h lies inside a short quotation that names a
// menu path (“我的—设置—权限管理”): an opening mark shortly before h with no
// closing mark between, a closing one after, and path steps inside.
func (s *sent) inMenuName(h hit) bool {
	from := h.start - 30
	if from < 0 {
		from = 0
	}
	before := s.text[from:h.start]
	open := strings.LastIndexAny(before, "“「【")
	if open < 0 || strings.ContainsAny(before[open:], "”」】") {
		return false
	}
	to := h.end + 30
	if to > len(s.text) {
		to = len(s.text)
	}
	closeAt := strings.IndexAny(s.text[h.end:to], "”」】")
	if closeAt < 0 {
		return false
	}
	// a menu path has steps (“设置—隐私—权限管理”); a quoted name of a
	// measure or certificate (“网络安全等级保护三级”) is still a measure.
	quoted := before[open:] + s.text[h.start:h.end+closeAt]
	return strings.ContainsAny(quoted, "—-－>＞→/|")
}

// fullPointer sends the reader elsewhere for a topic (如需了解保存期限、安全
// 措施，请查看隐私政策全文; 详见完整版): a summary naming the topic without
// stating it.
var fullPointer = mustPattern("了解|查看|查阅|参阅|参见|详见|请见|阅读 ~12 全文|完整版|完整内容|完整的")

// pointsToFull reports whether the sentence only points at the full text.
func (s *sent) pointsToFull() bool {
	return len(s.matchPattern(fullPointer)) > 0
}
