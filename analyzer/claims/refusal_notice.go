package claims

import "strings"

// Two readings of a refusal's consequence that the scope cues alone get
// wrong:
//   - refusing the notice itself costs "the corresponding service" (如您拒绝
//     接受本政策，您将无法使用相应的服务): the service the notice governs is
//     withheld whole, so 相应/相对应 does not scope it to one function;
//   - refusing a permission or some information costs the service because a
//     named function can no longer run (您可能因无法完成文档读取而不能正常使用
//     我们的服务): the information is stated to serve that function.

// serviceScopes are scope cues that only point back at "the service
// concerned"; after a refusal of the whole notice they scope nothing.
var serviceScopes = []string{"相应", "相对应", "对应的", "所对应", "相关业务", "相应业务", "相关服务", "相应服务",
	"该服务", "此项服务", "该项服务", "相关功能", "相应功能", "对应功能", "特定", "该业务", "此业务"}

// keepsUsing say the person keeps the service (并不会影响您继续使用).
var keepsUsing = []string{"不会影响", "不影响", "并不影响", "仍可", "仍然可以", "依然可以", "可以继续使用"}

// namedBefore point the consequence at one service described before it
// (无法向您提供上述服务), not the service the notice governs.
var namedBefore = []string{"上述", "前述", "该服务", "该功能", "此功能", "此服务", "该项"}

// noticeQualifiers after the notice's name narrow the refusal to part of
// it (本政策中关于位置信息的条款, 本政策第五条).
var noticeQualifiers = []string{"中", "里", "内", "的部分", "部分", "关于", "有关", "第", "所述", "项下", "涉及", "对",
	"收集", "使用", "处理", "获取", "调用", "申请", "访问", "开启"}

// useBlocked: the consequence is the use of a service, product or function.
var useBlocked = mustPattern("无法|不能|不可|无权 ~4 使用|享受|获得|享用|访问|继续使用|提供 ~10 服务|产品|功能|应用")

// causedByFunction: the consequence follows from a function that can no
// longer run (因无法完成…而不能正常使用, 由于无法读取文件，将无法使用).
var causedByFunction = mustPattern("因|由于|因为 ~2 无法|不能|不可 ~20 而|从而|进而|导致|，|, ~6 @refBlock")

// noticeRefused reports whether the refusal r is aimed at the notice or
// agreement as a whole: its object, named within a few characters, is a
// notice with no qualifier narrowing it to some of its clauses.
func (s *sent) noticeRefused(r hit) bool {
	rest := []rune(s.text[r.end:])
	if len(rest) > 10 {
		rest = rest[:10]
	}
	head := string(rest)
	for _, o := range append(append([]string{}, policyObjects...), termsObjects...) {
		i := strings.Index(head, o)
		if i < 0 {
			continue
		}
		after := strings.TrimLeft(s.text[r.end+i+len(o):], "》」”\"")
		return !hasAnyPrefix(after, noticeQualifiers)
	}
	return false
}

// reviseScope applies both readings to the attributes of refusal r whose
// consequence (from byte from, block b) was scoped or left partial.
func (s *sent) reviseScope(attrs map[string]Cue, key string, r, b hit, from int) {
	fo, scoped := attrs["function_only"]
	if key == "refusal" && (!scoped || containsAny(fo.Cue, serviceScopes)) && s.noticeRefused(r) && !s.contains(keepsUsing) {
		if ms := s.matchPattern(useBlocked); len(ms) > 0 && ms[0].start >= from && !containsAny(ms[0].text(s), namedBefore) {
			delete(attrs, "function_only")
			attrs["whole_service"] = attrs["blocks"] // 拒绝接受本政策…将无法使用相应的服务
		}
	}
	if _, ok := attrs["necessary"]; ok || s.noticeRefused(r) || s.contains(optionalCues) {
		return
	}
	for _, m := range s.matchPattern(causedByFunction) {
		if m.start >= r.end && m.end <= clauseEnd(s.text, b.end)+len("，") {
			h := s.hitAt(m.start, m.slots[len(m.slots)-2].end)
			attrs["necessary"] = Cue{Cue: h.cue, Span: s.span(h.start, h.end)}
			return
		}
	}
}
