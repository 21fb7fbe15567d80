package claims

import "testing"

// TestFeatureSwitch: a switch for one feature withdraws only that; a switch
// for the permissions or authorisations in general, or a withdrawal verb,
// is a general way.
func TestFeatureSwitch(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "您可以在浏览器中禁用Cookie。", typ: "withdrawal", kind: "offered", attrs: []string{"feature"}},
		{text: "如不希望接收促销短信，您可以回复TD退订。", typ: "withdrawal", kind: "offered", attrs: []string{"feature"}},
		{text: "您可以在设置中关闭个性化推荐。", typ: "withdrawal", kind: "offered", attrs: []string{"feature"}},
		{text: "您可以在系统设置中关闭相应权限，撤回对我们的授权。", typ: "withdrawal", kind: "offered", attrs: []string{"-feature"}},
		{text: "您可以通过“我的-隐私设置”撤回对本政策的同意。", typ: "withdrawal", kind: "offered", attrs: []string{"-feature"}},
		{text: "您可随时在手机设置中关闭授权开关。", typ: "withdrawal", kind: "offered", attrs: []string{"-feature"}},
	})
}

// TestChangeOfAuthorisation: changing the scope of an authorisation or
// stopping it is a way to withdraw.
func TestChangeOfAuthorisation(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "您可以改变您授权同意的范围。", typ: "withdrawal", kind: "offered"},
		{text: "您可以随时停止授权我们读取您的日历。", typ: "withdrawal", kind: "offered"},
		{text: "您可在“隐私设置”中改变授权我们收集的信息范围。", typ: "withdrawal", kind: "offered"},
		{text: "我们会改变页面布局以提升体验。", typ: "!withdrawal"},
	})
}
