package claims

import "strings"

// Fault vocabulary: the loss is the person's own doing.
var (
	// userFaultPatterns name the person's own act or fault as the cause.
	userFaultPatterns = []*pattern{
		mustPattern("因|由于|如|若|如果 ~3 @liabParty ~12 @liabFault"),
		mustPattern("@liabParty 因|由于 ~12 @liabFault"),
		mustPattern("@liabParty ~4 自行|主动|擅自 ~10 泄露|公开|告知|透露|提供|分享|发布"),
		mustPattern("未妥善保管|保管不善|保管疏忽|告知他人|透露给他人|向他人泄露|借给他人|您的共享行为"),
		mustPattern("非 ~10 原因|过错|责任"),
		mustPattern("非因|非由于|不可归责于"),
	}
	// userPublishes is the person's own publication, to which a later 由此
	// may refer (您可能会分享您的昵称…由此造成的泄露).
	userPublishes = mustPattern("@liabParty ~10 分享|公开|发布|上传|透露|告知")
	// externalCauses are security failures within the processor's duty:
	// naming one keeps the exclusion even beside the person's own fault
	// (黑客行为、计算机病毒或因您保管疏忽致使账号被盗用).
	externalCauses = []string{"黑客", "攻击", "病毒", "入侵", "不法分子", "木马", "漏洞"}
)

// markFault marks user_fault when the loss is the person's own doing and no
// external security failure is named beside it. 由此造成的泄露 refers back
// to the paragraph: the person's own act there is the cause.
func markFault(s *sent, a attrs) {
	if s.contains(externalCauses) {
		return
	}
	if h := s.findAny([]string{"由此", "因此"}); len(h) > 0 && s.block != s.text && userActs(s.block) {
		a.set(s, "user_fault", h[0])
		return
	}
	for _, p := range userFaultPatterns {
		for _, m := range s.matchPattern(p) {
			if !causes(s, m) {
				continue // 用户自行承担…被泄露 bears a loss, it does not cause it
			}
			h := s.hitAt(m.start, m.end)
			h.cue = m.text(s)
			a.set(s, "user_fault", h)
			return
		}
	}
}

// userActs reports whether a text names the person's own act or fault
// (您自行公开…, 因您保管不善).
func userActs(text string) bool {
	t := &sent{text: text}
	for _, p := range append(userFaultPatterns, userPublishes) {
		for _, m := range t.matchPattern(p) {
			if causes(t, m) {
				return true
			}
		}
	}
	return false
}

// causes reports whether a fault match names something the person did: no
// bearing of a loss in it (自行承担…泄露), and its act not in the passive
// (您的账号被泄露).
func causes(s *sent, m match) bool {
	t := m.text(s)
	if strings.Contains(t, "承担") || strings.Contains(t, "负担") {
		return false
	}
	last := m.slots[len(m.slots)-1]
	before := []rune(s.text[m.start:last.start])
	return !strings.HasSuffix(string(before), "被")
}
