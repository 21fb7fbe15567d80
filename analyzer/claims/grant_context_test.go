package claims

import (
	"strings"
	"testing"
)

// grantsOn returns, per sentence text, the asserted in-scope grant
// attributes (attribute → object) of the document, and the sentences that
// carry a withdrawal restriction.
func grantsOn(in *Input) (map[string]map[string]string, map[string]bool) {
	out, restricted := map[string]map[string]string{}, map[string]bool{}
	for _, c := range in.Claims {
		if c.Type == "withdrawal" && c.Kind == "restricted" && !c.Negated {
			restricted[c.Text] = true
		}
		if c.Type != "grant" || c.Direction != "user_to_processor" || (c.Object != "personal_info" && c.Object != "user_content") {
			continue
		}
		for k, v := range c.Attributes {
			if !v.Negated {
				if out[c.Text] == nil {
					out[c.Text] = map[string]string{}
				}
				out[c.Text][k] = c.Object
			}
		}
	}
	return out, restricted
}

// A lead-in ending in "：" takes the object of its grant from its items.
func TestGrantObjectInItems(t *testing.T) {
	t.Parallel()
	for _, doc := range []string{
		"# 信息使用授权\n\n本人不可撤销地授权丙公司及其合作机构：\n\n1. 核验本人的身份信息；\n2. 读取本人的通讯记录及位置信息。\n",
		"立书人同意并不可撤回地授权被授权人：（一）采集立书人的面部影像；（二）比对立书人的证件照片。\n",
		"本人在此不可撤销地授予丁机构以下权限：\n\n- 查询本人在各征信机构的信用报告\n- 保存本人的联系人信息\n",
	} {
		got, _ := grantsOn(extractText(t, doc))
		found := false
		for text, attrs := range got {
			if strings.HasSuffix(strings.TrimSpace(text), "：") || strings.Contains(text, "：（一）") {
				found = attrs["irrevocable"] == "personal_info"
			}
		}
		if !found {
			t.Errorf("%s\n no irrevocable grant on the lead-in: %v", doc, got)
		}
	}
}

// In an authorisation letter about personal information, 本授权 and
// 授权事项 are grants over personal information, and their irrevocability is
// a grant attribute, not a withdrawal restriction.
func TestGrantReferenceInLetter(t *testing.T) {
	t.Parallel()
	cases := []struct{ doc, sentence, attr string }{
		{"个人征信查询授权书\n\n本人授权贵司查询本人的信用报告。\n本授权为不可撤销之授权。\n", "本授权为不可撤销之授权。", "irrevocable"},
		{"# 人脸识别服务授权书\n\n为完成实名核验，本人同意使用刷脸认证。\n\n本授权书授权事项一经签署不得撤回。\n", "本授权书授权事项一经签署不得撤回。", "irrevocable"},
		{"身份认证授权声明\n\n本人已知悉本声明的全部内容。\n上述授权期限为长期。\n", "上述授权期限为长期。", "unlimited_term"},
		{"# 用户协议\n\n您授权我们读取您的通讯录用于好友推荐。\n\n您对我们的上述授权一经确认即不可撤回。\n", "您对我们的上述授权一经确认即不可撤回。", "irrevocable"},
		{"数据查询授权书\n\n本人授权贵公司查询本人的运营商数据。\n贵公司的合作机构与被授权方在同等授权范围内享有上述权利。\n",
			"贵公司的合作机构与被授权方在同等授权范围内享有上述权利。", "sublicensable"},
	}
	for _, c := range cases {
		got, restricted := grantsOn(extractText(t, c.doc))
		if got[c.sentence][c.attr] != "personal_info" {
			t.Errorf("%s\n %s not a grant over personal information: %v", c.doc, c.attr, got)
		}
		if restricted[c.sentence] {
			t.Errorf("%s\n also reported as a withdrawal restriction", c.sentence)
		}
	}
}

// A payment instruction stays a payment instruction, even in a letter
// whose sentences say 本授权不可撤销 or name the card and password.
func TestGrantPaymentLetter(t *testing.T) {
	t.Parallel()
	for _, doc := range []string{
		"委托扣款授权书\n\n本人（身份证号：略）不可撤销地授权贵公司凭本人输入的交易密码从本人银行卡划转资金。\n本授权不可撤销。\n",
		"# 授权书\n\n本人不可撤销地授权贵行从本人名下还款账户中扣收到期贷款本息。\n\n本授权一经签署不得撤回。\n",
		"本人不可撤销地授权戊公司：\n\n1. 每月从本人的银行卡代扣会员费；\n2. 扣款失败时从本人绑定的支付账户划款。\n",
	} {
		in := extractText(t, doc)
		if got, restricted := grantsOn(in); len(got) != 0 || len(restricted) != 0 {
			t.Errorf("%s\n grants %v, restrictions %v", doc, got, restricted)
		}
	}
}

// Two grants joined by ，同时 are two claims.
func TestGrantTwoClauses(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"本人不可撤销地授权贵公司查询本人的信用报告，同时不可撤销地授权贵公司的合作机构保存本人的人脸信息。",
		"用户永久授权平台展示其姓名；用户同时永久授权平台的关联公司使用其手机号码。",
		"本人授权甲公司不可撤回地核验本人的身份证件，此外不可撤回地授权乙公司读取本人的位置信息。",
	} {
		n := 0
		for _, c := range extractText(t, text).Claims {
			if c.Type == "grant" && c.Object == "personal_info" {
				n++
			}
		}
		if n != 2 {
			t.Errorf("%s: %d grant claims, want 2", text, n)
		}
	}
}

// An item of a lead-in in which the person authorises carries the grant of
// its lead-in.
func TestGrantItemsInheritTheLeadIn(t *testing.T) {
	t.Parallel()
	doc := "# 服务授权\n\n本人授权贵公司：\n\n1. 永久保存本人的人脸信息；\n2. 将本人的身份信息转授权给其合作机构；\n3. 查询本人的信用报告。\n\n" +
		"我们将：\n\n1. 永久删除您注销的账号信息。\n\n未经您的授权，我们不会：\n\n1. 永久保存您的位置信息。\n"
	got, _ := grantsOn(extractText(t, doc))
	want := map[string]string{"永久保存本人的人脸信息；": "unlimited_term", "将本人的身份信息转授权给其合作机构；": "sublicensable"}
	for text, attr := range want {
		if got[text][attr] != "personal_info" {
			t.Errorf("%s: %s missing (all %v)", text, attr, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("grants on %d sentences, want %d: %v", len(got), len(want), got)
	}
}

// Irrevocability that qualifies a grant is grant-irrevocable; irrevocability
// of consent given is a withdrawal restriction.
func TestIrrevocabilityRouting(t *testing.T) {
	t.Parallel()
	for text, grant := range map[string]bool{
		"本人授权贵公司核验本人的身份证件，本授权不可撤销。":       true,
		"本人不可撤销地同意贵公司查询本人的征信信息。":          true,
		"您对我们读取通讯录的授权一经确认不得撤回。":           true,
		"您对本政策的同意一经作出不得撤回，我们将据此处理您的个人信息。": false,
		"您同意后不得撤回对我们收集您位置信息的同意。":          false,
		"用户的同意不可撤销，平台将据此保存用户的手机号码。":       false,
	} {
		got, restricted := grantsOn(extractText(t, text))
		if isGrant := got[text]["irrevocable"] != ""; isGrant != grant || restricted[text] == grant {
			t.Errorf("%s: grant-irrevocable %v, withdrawal restriction %v; want grant %v", text, isGrant, restricted[text], grant)
		}
	}
}
