package claims

import (
	"strings"
	"testing"
)

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
		{text: "您可以在“设置”中改变您授权同意的范围。", typ: "withdrawal", kind: "offered"},
		{text: "您可以随时在系统设置中停止授权我们读取您的日历。", typ: "withdrawal", kind: "offered"},
		{text: "您可在“隐私设置”中改变授权我们收集的信息范围。", typ: "withdrawal", kind: "offered"},
		{text: "我们会改变页面布局以提升体验。", typ: "!withdrawal"},
	})
}

// TestAnnouncedWay: a way announced but not given (相应的操作设置，参考下面的
// 指引) is neither a withdrawal way nor a rights procedure.
func TestAnnouncedWay(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "为保障您撤回同意的权利，我们为您提供了相应的操作设置，您可以参考下面的指引进行操作。", typ: "withdrawal", kind: "announced"},
		{text: "本政策将帮您了解撤回授权的方式。", typ: "withdrawal", kind: "announced"},
		{text: "您可以在“设置-隐私”中撤回同意，我们为您提供了相应的操作设置。", typ: "withdrawal", kind: "offered"},
		{text: "为方便您访问、更正、删除个人信息，我们提供了相应的操作设置，请参考以下指引。", typ: "rights", kind: "declared"},
		{text: "您可以在“我的-资料”中访问、更正或删除个人信息。", typ: "rights", kind: "procedure"},
	})
}

func TestWithdrawalBurdenInLeadItems(t *testing.T) {
	t.Parallel()
	doc := "# 个人信息授权书\n\n授权人撤回本授权项下的同意，须按以下方式办理：\n\n" +
		"1. 向贵司提交经本人签字的书面申请；\n\n2. 经贵司审核通过后生效。\n\n" +
		"## 二、撤回\n\n您可以通过以下方式撤回同意：\n\n1. 在设置页面关闭相应开关；\n\n2. 以书面形式邮寄至我们的地址。\n"
	got := flaggedSentences(extractText(t, doc), "withdrawal", restrictionReported)
	want := map[string]bool{"向贵司提交经本人签字的书面申请": true, "经贵司审核通过后生效": true}
	for s := range got {
		key := ""
		for w := range want {
			if strings.Contains(s, w) {
				key = w
			}
		}
		if key == "" {
			t.Errorf("flagged an offered way: %s", s)
		}
		delete(want, key)
	}
	for w := range want {
		t.Errorf("item not flagged: %s", w)
	}
}
