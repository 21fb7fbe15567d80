package claims

// referralWay points at ways "listed in this notice" or "below" without
// giving one (通过本指引所列途径访问、更正、删除, 按本政策所述方式行使): a
// summary's pointer, a way only if another sentence gives it.
var referralWay = mustPattern("本指引|本政策|本声明|本隐私政策|本规则|本说明|下文|下述|以下|后文|下列 ~8 所列|所述|列明|载明|列出|提供|说明|约定|规定|介绍 的? 途径|方式|渠道|方法|路径")

// referralOnly reports whether the sentence's way is only such a pointer:
// it names no concrete way, nor the notice's contact section (本政策“联系我们”
// 章节所列的邮箱 is a way).
func (s *sent) referralOnly() bool {
	ms := s.matchPattern(referralWay)
	if len(ms) == 0 {
		return false
	}
	return !s.contains(concreteWays) && !s.contains([]string{"联系方式", "联系", "邮箱", "电话", "客服"})
}
