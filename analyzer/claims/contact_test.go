package claims

import "testing"

func TestContact(t *testing.T) {
	t.Parallel()
	checkKinds(t, "contact", []kindCase{
		{"本应用由北京某某科技有限公司运营，注册地址：北京市海淀区某某路1号。", "controller", "name", "北京某某科技有限公司"},
		{"本应用由北京某某科技有限公司运营，注册地址：北京市海淀区某某路1号。", "controller", "address", "地址：北京市海淀区某某路"},
		{"如您有任何疑问，可拨打客服电话400-000-0000或发送邮件至privacy@example.cn。", "controller", "phone", "400-000-0000"},
		{"如您有任何疑问，可拨打客服电话400-000-0000或发送邮件至privacy@example.cn。", "controller", "email", "privacy@example.cn"},
		{"本产品的个人信息处理者为上海某某信息技术有限公司，您可以通过App内“我的—在线客服”与我们联系。", "controller", "name", "上海某某信息技术有限公司"},
		{"本产品的个人信息处理者为上海某某信息技术有限公司，您可以通过App内“我的—在线客服”与我们联系。", "controller", "online", "“我的—在线客服"},
		{"山海某某学院数据中心（以下简称“我们”）深知个人信息对您的重要性。", "controller", "name", "山海某某学院"},
		{"某某银行股份有限公司（“我行”或者“我们”）深知个人信息对您的重要性。", "controller", "name", "某某银行"},
		{"本软件的开发者：李明。", "controller", "name", "开发者：李明"},
		{"请通过个人中心里的“用户反馈及帮助”与我们联系。", "controller", "online", "“用户反馈及帮助"},
		{"客服热线：95555", "controller", "phone", "客服热线：95555"},
		{"南江市东湖区某某路10号", "controller", "address", "南江市东湖区某某路10号"},
		{"您可以通过隐私投诉平台（https://help.example.com/privacy）同我们联系。", "controller", "online", "投诉平台（https://help.example.com/privacy"},
		{"本站由个人开发者维护，站长：张明。", "controller", "name", "站长：张明"},
		{"Acme Data Co., Ltd. (hereinafter \"we\") operates this app.", "controller", "name", "Acme Data Co., Ltd."},
		{"如有疑问，请在 https://github.com/example/notes/issues 提交问题。", "controller", "online", "疑问，请在 https://github.com/example/notes/issues"},
		{"客服QQ：12345678", "controller", "online", "QQ：12345678"},
		{"本工具的作者：@lin-notes", "controller", "name", "作者：@lin-notes"},
		{"南江某某信息技术有限公司，联系地址：南江市东湖区某某路10号，电话：010-12345678。", "controller", "name", "南江某某信息技术有限公司"},
		{"某某网络科技有限公司，客服邮箱：help@example.cn。", "controller", "name", "某某网络科技有限公司"},
		{"某某支付有限公司，联系电话：400-000-0000。我们接入其SDK用于支付。", "controller", "phone", "400-000-0000"},
		// third parties, and what is not a contact method
		{"我们接入了某某科技（深圳）有限公司提供的分享SDK，联系方式：sdk@example.com。", "third_party", "email", "sdk@example.com"},
		{"第三方名称：南江某某地图软件有限公司", "third_party", "name", "南江某某地图软件有限公司"},
		{"SDK提供方：某某推送技术有限公司，隐私政策：https://push.example.com/privacy", "third_party", "", ""},
		{"如您对本政策有任何疑问，请与我们联系。", "", "", ""},
		{"本政策中的“我们”指本平台的运营方。", "", "", ""},
		{"如发生安全事件，我们将以邮件、短信、站内推送或公告等方式告知您。", "", "", ""},
		{"我们会收集您的设备型号、IP地址、MAC地址、WLAN接入点、软件版本号。", "", "", ""},
		{"更新日期：2026年3月1日", "", "", ""},
		{"我们会收集您的紧急联系人：姓名和电话。", "", "", ""},
		{"您可以在个人中心查看订单。", "", "", ""},
	})
}

func TestSecurity(t *testing.T) {
	t.Parallel()
	checkKinds(t, "security", []kindCase{
		{"我们采用SSL/TLS加密传输、AES加密存储，并实施严格的数据访问权限控制。", "measure", "encryption", "SSL"},
		{"我们已通过网络安全等级保护三级测评，并制定了个人信息安全事件应急预案。", "measure", "incident_plan", "应急预案"},
		{"人脸信息仅以加密特征值形式存储于您的设备本地，不上传服务器。", "measure", "encryption", "加密"},
		{"我们将按照法律法规要求，采取相应安全保护措施，尽力保护您的个人信息安全。", "measure", "measures", "安全保护措施"},
		{"您的登录密码经加盐哈希后保存，员工无法查看明文。", "measure", "encryption", "加盐"},
		{"我们部署了入侵检测系统，并每季度开展漏洞扫描。", "measure", "measures", "入侵检测"},
		{"我们定期进行数据备份和应急演练。", "measure", "measures", "数据备份"},
		{"我们会保护好您的信息。", "", "", ""},
		{"隐私政策的地址为https://www.example.com/privacy。", "", "", ""},
		{"我们不会采取任何加密措施。", "!measure", "encryption", "!加密"},
	})
}

func TestDocTypeBySelfReference(t *testing.T) {
	t.Parallel()
	notice := "更新日期：2026年1月1日\n\n生效日期：2026年1月1日\n\n本次更新的主要内容如下。\n\n" +
		"本政策适用于某某应用。我们会收集您的手机号码，用于登录。本政策所称个人信息依照法律定义。如本政策更新，我们会通知您。\n"
	if got := extractText(t, notice).Document.Type; got != "privacy_notice" {
		t.Errorf("update notice classified %q, want privacy_notice", got)
	}
	agreement := "欢迎使用\n\n请您仔细阅读。\n\n以下内容适用于您。\n\n本协议由您与我们订立，我们会收集您的手机号码。本协议适用于本服务。" +
		"本政策另行发布。本协议自签署之日生效。\n"
	if got := extractText(t, agreement).Document.Type; got != "other" {
		t.Errorf("agreement body classified %q, want other", got)
	}
}
