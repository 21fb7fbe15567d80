package claims

import "regexp"

// actBefore and actAfter match a sharing verb that is one item of a list of
// processing acts (收集、存储、使用及对外提供您的信息; 收集、使用、与他人共享或转让;
// 对外提供、转让或公开披露的主要对象; 个人信息共享及接入的SDK): a reference to
// processing in general, not a provision to anyone.
var (
	actBefore = regexp.MustCompile(`(?:收集|使用|存储|储存|保存|处理|加工|传输)(?:、|及|和|或|以及)(?:与他人|与第三方|向他人|向第三方)?$`)
	actAfter  = regexp.MustCompile(`^(?:及接入|、转让|或转让|和转让|及转让|、公开披露|或公开披露)`)
)

// listedAct reports whether the sharing verb h is an item of a list of
// processing acts.
func listedAct(s *sent, h hit) bool {
	return matchRe(actBefore, s.text[:h.start]) || matchRe(actAfter, s.text[h.end:])
}
