package claims

import "testing"

// claimsOf returns the claims of type t extracted from text.
func claimsOf(t *testing.T, text, typ string) []Claim {
	t.Helper()
	var out []Claim
	for _, c := range extractText(t, text).Claims {
		if c.Type == typ {
			out = append(out, c)
		}
	}
	return out
}

// kindOf returns the first affirmed claim of type typ and kind, if any.
func kindOf(t *testing.T, text, typ, kind string) (Claim, bool) {
	t.Helper()
	for _, c := range claimsOf(t, text, typ) {
		if c.Kind == kind && !c.Negated {
			return c, true
		}
	}
	return Claim{}, false
}

func has(c Claim, attr string) bool {
	a, ok := c.Attributes[attr]
	return ok && !a.Negated
}

func TestPurpose(t *testing.T) {
	t.Parallel()
	cases := []struct{ text, kind string }{
		{"我们会收集您的收货地址和联系电话，仅用于商品配送及售后联系。", "specific"},
		{"为完成实名认证，我们会收集您的身份证照片。", "specific"},
		{"为提供服务，我们会收集您的人脸图像、指纹信息及医疗记录。", "vague"},
		{"为了更好地为您提供服务，我们可能收集并使用您的各类信息。", "vague"},
		{"我们收集浏览记录用于改善用户体验。", "vague"},
		{"当您使用刷脸登录功能时，我们会收集您的人脸信息。", "specific"},
		{"收件人手机号码是完成取件通知所必需的信息。", "specific"},
	}
	for _, c := range cases {
		got := claimsOf(t, c.text, "purpose")
		if len(got) != 1 || got[0].Kind != c.kind || got[0].Negated {
			t.Errorf("%s: got %+v, want one affirmed %s purpose", c.text, got, c.kind)
		}
	}
	for _, text := range []string{
		"我们会收集您的设备信息、位置信息、通讯录及应用安装列表。",
		"您同意我们收集、使用您的个人信息。",
		"我们仅在实现处理目的所必需的最短期限内保存您的个人信息。",
	} {
		if got := claimsOf(t, text, "purpose"); len(got) != 0 {
			t.Errorf("%s: unexpected purpose %+v", text, got)
		}
	}
	if got := claimsOf(t, "我们不会将您的信息用于营销。", "purpose"); len(got) != 1 || !got[0].Negated {
		t.Errorf("negated purpose: got %+v", got)
	}
}

func TestCollectIgnoresDefinitions(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"敏感个人信息是指一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产安全受到危害的个人信息，包括生物识别、宗教信仰、医疗健康、金融账户、行踪轨迹等信息。",
		"个人信息包括姓名、出生日期、身份证件号码、个人生物识别信息、住址、通信记录和内容、征信信息、行踪轨迹等。",
		"您需要在设备上验证指纹，但我们并不收集您的指纹信息。",
		"第三方支付机构可能需要收集您的银行卡号。",
		"我们使用Cookie了解用户群的整体受众特征信息。",
	} {
		for _, c := range claimsOf(t, text, "collect") {
			if !c.Negated && len(c.Sensitive) > 0 && c.Attributes["third_party"].Cue == "" {
				t.Errorf("%s: sensitive collection %v", text, c.Sensitive)
			}
		}
	}
	c, ok := kindOf(t, "使用运动健康功能时，我们会收集您的心率、睡眠、血压等健康数据。", "collect", "")
	if !ok || len(c.Sensitive) != 1 || c.Sensitive[0] != "health" {
		t.Errorf("health collection: got %+v", c)
	}
	if c, _ := kindOf(t, "为保障您的身心健康，我们提供青少年模式。", "collect", ""); len(c.Sensitive) > 0 {
		t.Errorf("身心健康 is not health information: %v", c.Sensitive)
	}
}

func TestNecessity(t *testing.T) {
	t.Parallel()
	c, ok := kindOf(t, "人脸信息属于敏感个人信息，一旦泄露可能危害您的人身和财产安全。", "necessity", "impact")
	if !ok || !has(c, "sensitive_ref") {
		t.Errorf("impact statement: got %+v", c)
	}
	if _, ok := kindOf(t, "处理您的健康信息是提供在线问诊服务所必需的。", "necessity", "necessity"); !ok {
		t.Error("necessity statement not found")
	}
}

func TestRefusal(t *testing.T) {
	t.Parallel()
	fire := []string{
		"如您不同意本政策的全部内容，您将无法使用本平台的任何服务。",
		"若您不同意我们收集您的通讯录及位置信息用于个性化推荐，您将无法注册和使用本应用的任何功能。",
		"会员须同意录入人脸信息方可办理入会手续及进出本健身馆。",
	}
	for _, text := range fire {
		c, ok := kindOf(t, text, "consent", "refusal")
		if !ok || !has(c, "whole_service") || has(c, "function_only") || has(c, "necessary") {
			t.Errorf("%s: got %+v", text, c)
		}
	}
	silent := []string{
		"如您拒绝提供收货地址，我们将无法为您完成商品配送，但不影响您浏览和搜索商品。",
		"拒绝提供位置信息不影响您使用除附近门店推荐以外的其他功能。",
		"如您拒绝提供手机号码，将无法完成注册，手机号码是注册所必需的信息。",
		"如果您不同意本政策的修改，您可以停止使用本服务。",
	}
	for _, text := range silent {
		c, ok := kindOf(t, text, "consent", "refusal")
		if ok && has(c, "whole_service") && !has(c, "function_only") && !has(c, "necessary") {
			t.Errorf("%s: whole-service refusal %+v", text, c)
		}
	}
}

func TestDeemed(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"您继续使用本服务即视为您已同意本政策的全部条款。",
		"您下载、安装或使用本应用即视为您已阅读并同意本隐私政策的全部内容。",
		"如您在收到本通知后七日内未提出书面异议，即视为您同意我们将您的信息用于上述用途。",
	} {
		if c, ok := kindOf(t, text, "consent", "deemed"); !ok || !has(c, "passive") {
			t.Errorf("%s: got %+v", text, c)
		}
	}
	for _, text := range []string{
		"您点击“同意”按钮即表示您同意本政策。",
		"您开启相机权限即视为您授权我们调用相机用于扫码。",
		"在结合使用期间，该类非个人信息将被视为个人信息。",
		"您确认本协议全部条款并完成注册的，视为您符合注册条件。",
	} {
		if c, ok := kindOf(t, text, "consent", "deemed"); ok && has(c, "passive") {
			t.Errorf("%s: passive deemed consent %+v", text, c)
		}
	}
}

func TestPolicyChange(t *testing.T) {
	t.Parallel()
	cases := []struct{ text, attr string }{
		{"我们有权根据业务需要随时修改本政策，无需另行通知。", "no_notice"},
		{"本政策更新后，您继续使用我们的服务即视为您同意更新后的全部条款。", "deemed_acceptance"},
		{"本公司保留对本授权书的单方变更权及最终解释权。", "final_interpretation"},
		{"本政策更新时，我们会以弹窗方式通知您并重新征得您的同意。", "reconsent"},
		{"涉及处理目的变更的，我们会另行征得您的同意。", "reconsent"},
		{"本公司有权随时修改本协议，该公布行为视为本公司已经通知用户。", "no_notice"},
	}
	for _, c := range cases {
		got := claimsOf(t, c.text, "policy_change")
		if len(got) != 1 || !has(got[0], c.attr) {
			t.Errorf("%s: got %+v, want attribute %s", c.text, got, c.attr)
		}
	}
	for _, text := range []string{
		"我们保留随时修改或中止本服务的权利，而无需事先通知您。",
		"您可以随时修改您的个人资料。",
	} {
		for _, c := range claimsOf(t, text, "policy_change") {
			if has(c, "no_notice") || has(c, "deemed_acceptance") {
				t.Errorf("%s: unilateral change of the notice %+v", text, c)
			}
		}
	}
	if c, ok := kindOf(t, "您继续使用本服务即视为您同意本政策的全部条款。", "policy_change", ""); ok {
		t.Errorf("deemed consent without a change is not a policy change: %+v", c)
	}
}

func TestMinor(t *testing.T) {
	t.Parallel()
	cases := []struct{ text, kind, attr string }{
		{"本应用面向中小学生提供作业辅导服务，学生注册时需填写姓名、学校、年级及手机号。", "targets", "child"},
		{"不满十四周岁的用户完成注册，即视为已取得其监护人的同意。", "", "deemed_guardian"},
		{"儿童用户可以自行阅读并同意本政策后使用全部功能。", "", "deemed_guardian"},
		{"若您是不满十四周岁的儿童，请在父母或其他监护人的陪同下阅读本政策，并在取得监护人同意后使用我们的服务。", "addressed", "guardian_consent"},
		{"如我们发现在未取得监护人同意的情况下收集了儿童个人信息，会尽快删除。", "", "child"},
		{"若您是18周岁以下的未成年人，请您不要使用我们的服务。", "excluded", "minor"},
		{"若您是未成年人的家长，如有疑问请联系我们。", "mention", "minor"},
	}
	for _, c := range cases {
		got := claimsOf(t, c.text, "minor")
		if len(got) != 1 || (c.kind != "" && got[0].Kind != c.kind) || got[0].Attributes[c.attr].Cue == "" {
			t.Errorf("%s: got %+v, want kind %q with %s", c.text, got, c.kind, c.attr)
		}
	}
}

func TestSelfAuthorisationIsAnAuthorization(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"甲方：本人不可撤销地授权贵公司使用本人的人脸信息。":   "authorization",
		"本人同意贵公司查询本人的信用信息。":           "authorization",
		"# 服务协议\n\n您同意本协议后即可使用本服务。\n": "user_agreement",
	} {
		if got := extractText(t, text).Document.Type; got != want {
			t.Errorf("%s: type %s, want %s", text, got, want)
		}
	}
}
