package claims

import "testing"

func TestDocumentTypes(t *testing.T) {
	t.Parallel()
	cases := []struct{ doc, want string }{
		// authorisation letters and consent forms
		{"个人征信信息查询授权书\n\n致：某银行\n\n本人同意贵行查询本人的信用报告。\n", "authorization"},
		{"# 投保声明与授权\n\n本人确认已如实告知健康状况。\n", "authorization"},
		{"# 临床研究知情同意书\n\n您将被邀请参加一项研究。\n", "authorization"},
		{"# 人脸识别使用授权\n\n为核验身份，您需要上传面部照片。\n", "authorization"},
		{"# 个人信息授权协议\n\n本人授权贵公司收集本人的手机号码。\n", "authorization"},
		{"本人知悉贵公司将核验本人的身份证件。\n\n本人同意上述安排。\n\n授权人（签字）：\n日期：\n", "authorization"},
		{"在您开启指纹支付前，请您仔细阅读并同意以下内容。\n我们将调用设备的指纹验证结果完成支付。\n", "authorization"},
		// user agreements
		{"# 用户服务协议\n\n欢迎使用本服务。请您仔细阅读《隐私政策》。\n", "user_agreement"},
		{"# 会员积分规则\n\n积分可用于兑换礼品。\n", "user_agreement"},
		{"# 软件授权协议\n\n我们授予您使用本软件的许可。\n", "user_agreement"},
		{"# 平台用户协议\n\n## 一、授权声明\n\n您授予平台展示您昵称的权利。\n", "user_agreement"},
		{"会员服务协议\n授权与许可\n\n您同意平台使用您上传的头像。\n", "user_agreement"},
		// rules an employer, school or club binds the person to
		{"# 员工办公设备使用规定\n\n公司记录员工电脑上的操作。\n", "user_agreement"},
		{"# 会员管理办法\n\n会员须登记手机号码。\n", "user_agreement"},
		// privacy notices, summaries included, and a breadcrumb above the name
		{"# 某应用隐私摘要\n\n我们收集您的手机号码用于登录。\n", "privacy_notice"},
		{"# 隐私政策（简明版）\n\n我们仅收集必要的信息。\n", "privacy_notice"},
		{"法律条款\n某出行平台个人信息保护政策\n\n我们重视您的个人信息。\n", "privacy_notice"},
		// negative controls
		{"# MIT 许可证\n\n特此免费授予任何获得本软件副本的人不受限制地处理本软件的权利。\n", "other"},
		{"# 贡献者许可协议\n\n您授予项目维护者永久的版权许可。\n", "other"},
		{"# 参与贡献\n\n提交代码前请先运行测试，并阅读本项目的许可证。\n", "other"},
	}
	for _, c := range cases {
		in := extractText(t, c.doc)
		if in.Document.Type != c.want {
			t.Errorf("%s\n type %q (evidence %+v), want %q", c.doc, in.Document.Type, in.Document.TypeEvidence, c.want)
		}
		if c.want != "other" && len(in.Document.TypeEvidence) == 0 {
			t.Errorf("%s\n no evidence for %q", c.doc, c.want)
		}
	}
}

// Licences and contribution terms grant nothing the grant rules cover.
func TestNegativeControlsGrantNothing(t *testing.T) {
	t.Parallel()
	for _, doc := range []string{
		"# 贡献者许可协议\n\n贡献者授予项目维护者及其再许可方永久、全球、不可撤销的版权许可，以复制和分发其提交的代码。\n",
		"# Apache 许可证\n\n每位贡献者授予您永久的、不可撤销的专利许可。\n",
		"# 项目说明\n\n本工具在本地运行，不上传任何数据。源代码以开源许可证发布，授予所有人不可撤销的使用许可。\n",
	} {
		in := extractText(t, doc)
		if got := asserted(in); len(got) != 0 {
			t.Errorf("%s\n grants %v", doc, got)
		}
		if in.Document.ProcessesPersonalInfo {
			t.Errorf("%s\n said to process personal information", doc)
		}
	}
}
