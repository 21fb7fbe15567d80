package claims

import (
	"strings"
	"unicode/utf8"
)

// An SDK or plug-in embedded in the app that gathers information itself
// receives it as a third party (该SDK会获取您的设备标识符), and so does
// one a flattened SDK table lists (SDK名称：…；共享的信息：设备标识…).
var (
	sdkWords = synonymSet("sdk", "SDK", "插件", "第三方代码", "开发工具包")
	// sdkGathers is the SDK as the subject of a collecting verb.
	sdkGathers = mustPattern("@sdk ~~14 收集|获取|读取|采集|调用|接收|上传|访问")
	// sdkRow is a table row naming the information an SDK receives.
	sdkRow = mustPattern("共享|收集|获取|采集|使用|涉及|处理 的? 个人? 信息|数据|字段 ~8 ：|:")
)

// sdkVerb finds an SDK gathering information, as the verb of a provision:
// the collecting verb after the SDK, or the label of a table row in a
// block or section about SDKs.
func sdkVerb(s *sent) (hit, bool) {
	if !s.contains(sdkWords) && !containsAny(s.block, sdkWords) && !containsAny(s.section, sdkWords) {
		return hit{}, false
	}
	for _, m := range s.matchPattern(sdkGathers) {
		v := m.slots[1]
		if between := s.text[m.slots[0].end:v.start]; strings.Contains(between, "对") || strings.HasSuffix(between, "所") ||
			strings.HasPrefix(s.text[v.end:], "的") {
			continue // SDK对您个人信息的收集, SDK所调用的权限: a noun, not an act
		}
		return s.hitAt(v.start, v.end), true
	}
	for _, m := range s.matchPattern(sdkRow) {
		if utf8.RuneCountInString(s.text[:m.start]) <= 4 {
			v := m.slots[0]
			return s.hitAt(v.start, v.end), true
		}
	}
	return hit{}, false
}

// letAccess is the processor letting a recipient reach the information
// (允许我们的业务合作伙伴访问您的订单数据): the recipient can only reach it
// if it is given.
var letAccess = mustPattern("允许|准许|授权 ~16 访问|查看|调取|调阅|查阅|获取|使用 ~4 您|你|用户")

// accessLetVerb finds a recipient let in to the information, as the verb of
// a provision: the access verb, when a recipient is named between it and
// the act of letting.
func accessLetVerb(s *sent) (hit, bool) {
	for _, m := range s.matchPattern(letAccess) {
		if !names(s.text[m.slots[0].end:m.slots[1].start]) {
			continue
		}
		v := m.slots[1]
		return s.hitAt(v.start, v.end), true
	}
	return hit{}, false
}
