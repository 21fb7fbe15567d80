package claims

import "testing"

// TestPurposeByResult: a purpose stated as the result sought (以减少…,
// 以提升…) or the service given with the data (使用数据为你提供…).
func TestPurposeByResult(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "我们使用Cookie以减少您重复登录的次数。", typ: "purpose"},
		{text: "我们会分析崩溃日志，以提升应用的稳定性。", typ: "purpose"},
		{text: "我们使用收集到的个人数据为你提供社区互动服务。", typ: "purpose"},
		{text: "本政策最近更新于2026年1月。", typ: "!purpose"},
	})
}
