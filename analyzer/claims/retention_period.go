package claims

import "strings"

// periodNames name the retention period without giving it; they bound
// it only when a value follows (保存期限为…, 存储期限：…), not in 超出保存期限后
// or 在保存期间被泄露.
var periodNames = []string{"保存期限", "存储期限", "保留期限", "留存期限", "储存期限", "存储时间", "保存时间", "保留时间",
	"留存时间", "存储期间", "保存期间", "保存时长", "存储时长", "保留时长", "留存时长"}

// valueFollows reports whether a period's value follows its name (为…,
// 是…, ：…, 不超过…).
func valueFollows(rest string) bool {
	for _, v := range []string{"为", "是", "：", ":", "不超过", "不少于", "不低于", "最长", "最短", "一般为", "均为", "分别为"} {
		if strings.HasPrefix(strings.TrimLeft(rest, " "), v) {
			return true
		}
	}
	return false
}
