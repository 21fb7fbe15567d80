package claims

import "strings"

// Mechanisms of deemed consent (个保法 第十四条: consent must be given
// expressly; use, download or silence is not consent).
var (
	// passiveCues: use, access, download or silence taken as consent.
	passiveCues = []string{"继续使用", "继续访问", "继续浏览", "继续登录", "继续享用", "继续享受", "享用", "仍使用", "仍然使用", "使用", "访问", "浏览",
		"下载", "安装", "注册", "登录", "未提出异议", "未提出", "未表示异议", "沉默", "默认勾选", "未取消勾选", "默认开启",
		"未拒绝", "不作反对", "未作出反对", "打开本", "一经发布", "一经公布", "发布即", "公布即"}
	// affirmativeCues: an act that expresses consent (点击同意, 开启权限).
	affirmativeCues = []string{"点击", "勾选", "开启", "打开", "签署", "签字", "确认", "选择同意", "主动", "授权后", "同意后",
		"您同意", "用户同意", "本人同意", "同意本"}
	// acceptCues: what the act is deemed to be.
	acceptCues = []string{"同意", "接受", "授权", "认可", "知悉", "阅读", "许可"}
)

// deemedAttrs describes a deemed-consent cue h: passive when use, access
// or silence before it is taken as consent, affirmative when a click or a
// switch is. ok is false when the cue deems something other than consent
// (视为您符合注册条件).
func deemedAttrs(s *sent, h hit) (attrs map[string]Cue, ok bool) {
	attrs = map[string]Cue{"cue": {Cue: h.cue, Span: s.span(h.start, h.end), Negated: s.negated(h)}}
	rest := s.text[h.start:clauseEnd(s.text, h.end)]
	if !containsAny(rest, acceptCues) {
		return nil, false
	}
	found := map[string]hit{}
	for _, c := range []struct {
		name string
		cues []string
	}{{"passive", passiveCues}, {"affirmative", affirmativeCues}} {
		for _, m := range s.findAny(c.cues) {
			if m.start >= h.start {
				break
			}
			if c.name == "affirmative" && (m.cue == "勾选" || m.cue == "开启") && s.text[max(0, m.start-6):m.start] == "默认" {
				continue
			}
			if p, ok := found["passive"]; ok && c.name == "affirmative" && m.start >= p.start && m.end <= p.end {
				continue // 勾选 inside 未取消勾选
			}
			found[c.name] = m // the last one before the cue
		}
	}
	p, passive := found["passive"]
	if a, ok := found["affirmative"]; ok && passive &&
		(a.start > p.start || !strings.Contains(strings.ReplaceAll(s.text[a.start:p.start], "（或", ""), "或")) {
		passive = false // 点击同意并继续使用, 开启权限即视为: the act is the consent
	}
	for name, m := range found {
		if name != "passive" || passive {
			attrs[name] = Cue{Cue: m.cue, Span: s.span(m.start, m.end), Negated: s.negated(m)}
		}
	}
	if t := s.findAny(termsObjects); len(t) > 0 && t[0].start > h.start && !containsAny(rest, piObjects) {
		attrs["terms"] = Cue{Cue: t[0].cue, Span: s.span(t[0].start, t[0].end)}
	}
	return attrs, true
}

// piObjects name personal-information processing or the notice about it as
// what is accepted (as opposed to terms of service).
var piObjects = []string{"政策", "隐私", "个人信息", "授权", "收集", "数据", "处理"}
