package claims

import "testing"

func TestLeadInsAndItems(t *testing.T) {
	t.Parallel()
	in := extractText(t, "# 征信查询授权书\n\n"+
		"本人在此授权乙公司及其合作机构：\n\n"+
		"1. 查询本人的信用报告；\n"+
		"2. 保存本人的通讯记录。\n\n"+
		"本人已阅读上述条款。\n\n"+
		"出现以下情形的，平台不承担责任：（一）系统维护；（二）账号被他人盗用。\n\n"+
		"联系电话：010-12345678。\n\n"+
		"我们的地址如下。\n")
	want := map[string]int{
		"本人在此授权乙公司及其合作机构：":   -1,
		"查询本人的信用报告；":         1,
		"保存本人的通讯记录。":         1,
		"本人已阅读上述条款。":         -1,
		"（二）账号被他人盗用。":        5,
		"联系电话：010-12345678。": -1,
	}
	got := map[string]int{}
	for _, s := range in.Sentences {
		got[s.Text] = s.Lead
	}
	for text, lead := range want {
		if g, ok := got[text]; !ok || g != lead {
			t.Errorf("lead of %q = %d (found %v), want %d; sentences %v", text, g, ok, lead, got)
		}
	}
	if in.Document.Type != "authorization" || len(in.Document.TypeEvidence) == 0 || in.Document.TypeEvidence[0].Source != "title" {
		t.Errorf("type %q evidence %+v, want authorization from the title", in.Document.Type, in.Document.TypeEvidence)
	}
}

func TestLeadColon(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]bool{
		"本人授权贵公司：":             true,
		"在以下情形下我们不承担责任：1. 停电；": true,
		"联系电话：010-1234。":       false,
		"注意：请仔细阅读本协议。":         false,
		"无冒号的句子。":              false,
	} {
		if got := leadColon(text) >= 0; got != want {
			t.Errorf("leadColon(%q) >= 0 = %v, want %v", text, got, want)
		}
	}
}

func TestSummaryIsPrivacyNotice(t *testing.T) {
	t.Parallel()
	in := extractText(t, "# 某应用隐私摘要\n\n我们收集您的手机号码用于登录。\n")
	if in.Document.Type != "privacy_notice" {
		t.Errorf("type = %q, want privacy_notice", in.Document.Type)
	}
}

// A lead-in that ends its paragraph is completed by the next paragraph even
// when that paragraph has no enumerator; later plain paragraphs are not items.
func TestLeadInNextParagraph(t *testing.T) {
	t.Parallel()
	in := extractText(t, "本人不可撤销地授权贵公司：\n\n查询并保存本人的身份信息及通讯记录。\n\n本人已知悉上述内容。\n")
	want := map[string]int{"查询并保存本人的身份信息及通讯记录。": 0, "本人已知悉上述内容。": -1}
	for _, s := range in.Sentences {
		if w, ok := want[s.Text]; ok && s.Lead != w {
			t.Errorf("lead of %q = %d, want %d", s.Text, s.Lead, w)
		}
	}
	if got, _ := grantsOn(in); got["本人不可撤销地授权贵公司："]["irrevocable"] != "personal_info" {
		t.Errorf("no irrevocable grant on the lead-in: %v", got)
	}
}

// The next point of the same numbering ends a lead-in's items.
func TestLeadInSiblingPoint(t *testing.T) {
	t.Parallel()
	in := extractText(t, "授权书\n\n一、本人同意：\n贵公司查询本人的社保缴存记录。\n二、本人知悉本授权的期限。\n")
	want := map[string]int{"贵公司查询本人的社保缴存记录。": 1, "二、本人知悉本授权的期限。": -1}
	for _, s := range in.Sentences {
		if w, ok := want[s.Text]; ok && s.Lead != w {
			t.Errorf("lead of %q = %d, want %d", s.Text, s.Lead, w)
		}
	}
}
