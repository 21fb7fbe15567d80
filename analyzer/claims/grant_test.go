package claims

import (
	"testing"

	"github.com/pplint/pplint/segment"
)

func extractText(t *testing.T, text string) *Input {
	t.Helper()
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := segment.Parse("t.md", []byte(text), segment.FormatMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	return Extract(doc, seg)
}

// asserted returns the attributes of in-scope, affirmed grants.
func asserted(in *Input) map[string]string {
	out := map[string]string{}
	for _, c := range in.Claims {
		if c.Type != "grant" || c.Direction != "user_to_processor" || (c.Object != "personal_info" && c.Object != "user_content") {
			continue
		}
		for k, v := range c.Attributes {
			if !v.Negated {
				out[k] = c.Object
			}
		}
	}
	return out
}

func TestGrantTriggers(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text string
		want map[string]string
	}{
		{"本人不可撤销地授权贵公司及其合作机构永久保存、使用本人的人脸信息及身份证件信息。",
			map[string]string{"irrevocable": "personal_info", "unlimited_term": "personal_info"}},
		{"您同意授予我们一项全球范围内、免费、永久、不可撤销、可转授权的许可，使用您上传的照片及视频。",
			map[string]string{"irrevocable": "user_content", "unlimited_term": "user_content", "sublicensable": "user_content"}},
		{"用户授权平台将其个人信息转授权给平台合作伙伴使用，授权期限为永久。",
			map[string]string{"sublicensable": "personal_info", "unlimited_term": "personal_info"}},
		{"本人授权贵司及其关联公司在法律允许的最长期限内收集、使用本人的通讯录、位置信息及设备信息。",
			map[string]string{"unlimited_term": "personal_info"}},
		{"您对本平台作出的上述个人信息使用授权一经确认即不可撤回。",
			map[string]string{"irrevocable": "personal_info"}},
	}
	for _, c := range cases {
		got := asserted(extractText(t, c.text))
		if len(got) != len(c.want) {
			t.Errorf("%s\n got %v\nwant %v", c.text, got, c.want)
			continue
		}
		for k, v := range c.want {
			if got[k] != v {
				t.Errorf("%s: %s = %q, want %q", c.text, k, got[k], v)
			}
		}
	}
}

func TestGrantNearMisses(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"我们不会永久保存您的人脸信息，认证完成后将立即删除。",
		"您可以随时撤回本授权，撤回后我们将停止处理。",
		"本授权有效期为自签署之日起一年。",
		"我们授予您一项不可转让、可撤销的软件使用许可。",
		"贡献者授予项目永久、不可撤销的版权许可。",
		"本人不可撤销地授权贵行从本人指定账户中扣收到期应还款项。",
		"您注销账号后，我们将永久删除您的个人信息。",
		"未经您的单独同意，我们不会将您的个人信息转授权给任何第三方。",
		"我们授予您一项个人的、不可转让的、永久有效的软件使用许可。",
		"您授予我们一项不可转授权的许可，用于在本应用内展示您上传的照片。",
	} {
		if got := asserted(extractText(t, text)); len(got) != 0 {
			t.Errorf("%s: unexpected grant attributes %v", text, got)
		}
	}
}

func TestCueSpanIsExact(t *testing.T) {
	t.Parallel()
	in := extractText(t, "# 标题\n\n本人不可撤销地授权贵公司使用本人的人脸信息。\n")
	var sp segment.Span
	for _, c := range in.Claims {
		if c.Type == "grant" {
			sp = c.Attributes["irrevocable"].Span
		}
	}
	if sp.Start.Line != 3 || sp.Start.Col != 3 || sp.End.Line != 3 || sp.End.Col != 7 {
		t.Errorf("span = %+v, want 3:3-3:7", sp)
	}
}

// TestGrantPhrasings covers each cue family with phrasings of its own.
func TestGrantPhrasings(t *testing.T) {
	t.Parallel()
	cases := []struct{ text, attr, object string }{
		// irrevocable
		{"立书人在此无条件且不可撤回地授权乙方采集、保存立书人的人脸图像。", "irrevocable", "personal_info"},
		{"本人对贵公司查询本人征信信息的授权一经作出即不能撤销。", "irrevocable", "personal_info"},
		{"本人放弃撤销贵公司使用本人身份信息之授权的权利。", "irrevocable", "personal_info"},
		{"用户授予平台的头像及昵称使用权不予撤回。", "irrevocable", "personal_info"},
		{"本人确认贵公司已提示本授权书中的格式条款，本人对贵公司查询本人社保记录的授权不可撤销。", "irrevocable", "personal_info"},
		{"在借款结清前，本人对贵公司核验本人手机号码的授权不得单方撤销。", "irrevocable", "personal_info"},
		{"本人授权贵公司采集本人的声纹信息，该授权不可被撤销。", "irrevocable", "personal_info"},
		{"本人授权贵公司读取本人的通讯录，并承诺不撤销该授权。", "irrevocable", "personal_info"},
		// unlimited term
		{"您授予我们对您所上传视频的使用许可不受期限限制。", "unlimited_term", "user_content"},
		{"本人授权贵公司使用本人的通讯录信息，授权期限为长期。", "unlimited_term", "personal_info"},
		{"会员授权俱乐部终身保存并使用其指纹数据。", "unlimited_term", "personal_info"},
		{"本人同意授权贵公司在无固定期限内核验本人的手机号码。", "unlimited_term", "personal_info"},
		{"本人授权贵公司查询本人的手机号码在网状态，授权期限：长期。", "unlimited_term", "personal_info"},
		{"本人授权贵公司查询本人的学历及社保缴存记录，本授权长期有效。", "unlimited_term", "personal_info"},
		// sublicensable
		{"本人同意贵公司有权将本授权转授予其关联公司及合作机构，用于核验本人的身份信息。", "sublicensable", "personal_info"},
		{"本人同意贵公司授权其关联方及合作机构使用本人的身份信息和联系方式。", "sublicensable", "personal_info"},
		{"贵公司有权将本人就个人信息作出的授权转让给其指定的第三方。", "sublicensable", "personal_info"},
		{"被授权人的合作第三方与被授权人在同等授权范围内处理本人的位置信息。", "sublicensable", "personal_info"},
		{"本人对贵公司的个人信息查询授权同样适用于贵公司的子公司。", "sublicensable", "personal_info"},
		{"贵公司可将本人的身份信息授权给其合作方使用。", "sublicensable", "personal_info"},
		{"本人同意被授权人可授权其分支机构查询本人的信用报告。", "sublicensable", "personal_info"},
		{"被授权人可以将本授权书项下的全部或部分权利转让给第三方，用于核验本人的身份信息。", "sublicensable", "personal_info"},
		{"本人同意贵公司将本人信息提供给其合作机构，该等机构亦有权在前述授权范围内使用本人信息。", "sublicensable", "personal_info"},
	}
	for _, c := range cases {
		got := asserted(extractText(t, c.text))
		if got[c.attr] != c.object {
			t.Errorf("%s\n %s = %q, want %q (all %v)", c.text, c.attr, got[c.attr], c.object, got)
		}
	}
}

// TestGrantMoreNearMisses are sentences of the same vocabulary that grant
// nothing the rules cover.
func TestGrantMoreNearMisses(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"本人不可撤销地授权贵公司凭本人的交易密码从本人银行卡划转资金。",
		"我们可能委托授权合作伙伴处理您的个人信息，以便其代表我们提供服务。",
		"我们可能会根据您的授权从第三方处获取您的账号信息。",
		"贵公司不得授权任何第三方使用本人的个人信息。",
		"本人授权贵公司及其合作机构查询本人的征信信息。",
		"我们授予您一项不可撤销的、免费的软件使用许可。",
		"贡献者授予维护者不受期限限制、可再许可的代码版权许可。",
		"您可以随时撤回对我们使用您位置信息的授权。",
		"本授权有效期一年，期满后我们将删除您的身份信息。",
		"账号注销后，我们将永久删除您的头像与昵称。",
		"我们不会要求您作出不可撤销的个人信息授权。",
		"格式条款要求消费者授予经营者永久、不可撤销、可转授权的人脸信息处理权利的，人民法院应认定该条款无效。",
		"我们可将本协议项下的全部权利义务转让给我们的关联公司，届时我们将通知您并保护您的个人信息。",
		"本人授权贵公司及其合作机构在本授权范围内核验本人的身份信息。",
		"本人授权贵公司使用本人的手机号码，使用范围与期限不限于本授权书所列事项。",
		"如有争议，您同意并授权平台向仲裁机构提交您的申诉材料，并同意平台可视情节对您作出暂时或永久性的封禁处理。",
	} {
		if got := asserted(extractText(t, text)); len(got) != 0 {
			t.Errorf("%s: unexpected grant attributes %v", text, got)
		}
	}
}

// TestGrantContentLicences: licences over what users publish are grants
// over user content (warning level).
func TestGrantContentLicences(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"对于您在社区发布的信息，您授予我们免费的、永久的、可再许可的使用权。",
		"您同意授予本站对您上传的任何文字及图片享有全球范围内不可撤销的使用权利。",
		"用户发表的作品，平台可永久使用，并有权将该权利转授予第三方。",
	} {
		got := asserted(extractText(t, text))
		if len(got) == 0 {
			t.Errorf("%s: no grant", text)
		}
		for k, v := range got {
			if v != "user_content" {
				t.Errorf("%s: %s over %q, want user_content", text, k, v)
			}
		}
	}
}
