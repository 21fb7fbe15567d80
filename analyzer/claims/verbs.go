package claims

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// nounFollowers turn a preceding verb into part of a noun (使用记录, 处理情况).
var nounFollowers = map[string]bool{"记录": true, "信息": true, "情况": true, "习惯": true, "数据": true, "期间": true,
	"过程": true, "场景": true, "方式": true, "规则": true, "目的": true, "权限": true, "时长": true, "行为": true, "内容": true,
	"特征": true, "技术": true}

// nounPrefixes turn a following verb into part of a noun (通信记录, 交易记录).
var nounPrefixes = map[string]bool{"通信": true, "通话": true, "交易": true, "消费": true, "浏览": true, "搜索": true,
	"行为": true, "日志": true, "聊天": true, "操作": true, "上网": true, "就诊": true, "还款": true, "借贷": true, "支付": true}

// nominal reports whether the verb hit h is used as (part of) a noun: it is
// followed by a list separator or a noun, or preceded by a noun it compounds
// with (通信记录和内容).
func (s *sent) nominal(h hit) bool {
	if h.end >= len(s.text) {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(s.text[h.end:]); containsRune("、，,。；;和及与或等）)", r) {
		return true
	}
	if h.endTok < len(s.tokens) && nounFollowers[s.tokens[h.endTok].Text] {
		return true
	}
	return h.tok > 0 && nounPrefixes[s.tokens[h.tok-1].Text]
}

func containsRune(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// verbal keeps the verb hits that are used as verbs of collection: not
// part of a noun, and not 我们提供/为您提供 (the processor offering a function).
func (s *sent) verbal(hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if s.nominal(h) && !s.carried(h) || h.cue == "提供" && h.tok > 0 && offerers[s.tokens[h.tok-1].Text] {
			continue
		}
		out = append(out, h)
	}
	return out
}

// lightVerbs carry a verb used as a noun at the end of its clause: the
// processing is done (须完成人脸识别核验，…; 进行身份验证。).
var lightVerbs = []string{"完成", "进行", "接受", "开展"}

// carried reports whether h ends its clause and a light verb shortly
// before it makes it the act.
func (s *sent) carried(h hit) bool {
	if h.end >= len(s.text) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s.text[h.end:]); !containsRune("，,。；;", r) {
		return false
	}
	from := max(s.clauseStart(h.start), h.start-24) // eight runes back
	return containsAny(s.text[from:h.start], lightVerbs)
}

// offerers before 提供 make the processor the one who provides.
var offerers = map[string]bool{"我们": true, "为您": true, "向您": true, "为你": true, "向你": true, "本平台": true,
	"平台": true, "本公司": true, "将为": true}

// thirdPartyActors name a collector other than the processor.
var thirdPartyActors = []string{"第三方", "支付机构", "合作方", "服务商", "提供商", "供应商", "合作伙伴", "SDK", "sdk",
	"运营商", "银行", "财付通", "盛付通"}

// thirdParty returns the actor of h when a third party, not the processor,
// is the subject of the clause holding h (第三方支付机构可能需要收集…).
func (s *sent) thirdParty(h hit) (hit, bool) {
	from := s.clauseStart(h.start)
	subject := s.text[from:h.start]
	if strings.Contains(subject, "我们") || strings.Contains(subject, "向") || strings.Contains(subject, "给") {
		return hit{}, false
	}
	for _, a := range thirdPartyActors {
		if i := strings.Index(subject, a); i >= 0 && !partOfAccount(subject[i+len(a):]) {
			return hit{cue: a, start: from + i, end: from + i + len(a)}, true
		}
	}
	return hit{}, false
}

// partOfAccount reports whether the text after an actor makes it part of
// an account word (银行卡, 银行账户), not a collector.
func partOfAccount(after string) bool {
	return containsAny(firstRunes(after, 1), []string{"卡", "账", "流"})
}

// strongVerbs say that the processor itself collects or keeps information.
var strongVerbs = map[string]bool{"收集": true, "获取": true, "采集": true, "读取": true, "录入": true, "上传": true,
	"保存": true, "存储": true, "留存": true}

// localOnly marks processing that stays on the person's device (仅存储于您的
// 设备本地，不上传服务器): the processor does not collect it.
var localOnly = []string{"不上传", "不会上传", "不会传输至", "不会发送至", "不会传至", "不上传至", "不会向服务端上传",
	"不会向服务器上传", "不向服务端上传", "不向服务器上传"}

// onDevice reports whether s keeps the information on the device only.
func (s *sent) onDevice() bool {
	return strings.Contains(s.text, "本地") && (s.contains(localOnly) || matchRe(deviceStore, s.text))
}

// deviceStore keeps the information in the person's own device (指纹信息
// 存储在您的手机操作系统本地).
var deviceStore = regexp.MustCompile(`(?:存储|保存|储存)(?:在|于)(?:您|你)的?(?:手机|设备|终端)[^，,。；;]{0,8}本地`)

// strongNegated reports whether every strong collection verb among hits is
// denied while some strong verb is present: 您需要提供…，但我们并不收集… is
// not a collection.
func (s *sent) strongNegated(hits []hit) bool {
	seen := false
	if s.includes("不") { // every negator below holds 不
	verbs:
		for v := range strongVerbs {
			for _, n := range []string{"不", "不会", "并不", "不再", "绝不"} {
				if s.includes(n + v) {
					seen = true // 我行不留存: the segmenter may split 不留|存
					break verbs
				}
			}
		}
	}
	for _, h := range hits {
		if strongVerbs[h.cue] {
			if !s.negated(h) {
				return false
			}
			seen = true
		}
	}
	return seen
}
