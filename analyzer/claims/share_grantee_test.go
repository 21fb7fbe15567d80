package claims

import "testing"

// TestShareCoGrantee: an authorisation extended to the processor's partners
// provides the information to them; a partner that is only the source, a
// denied authorisation or the person's own giving is no provision.
func TestShareCoGrantee(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "申请人授权贵司及贵司合作的征信服务机构查询并使用申请人的收入与负债信息。", typ: "share", kind: "third_party", attrs: []string{"verb", "recipient"}},
		{text: "您同意我们和我们的合作伙伴收集、分析您的设备信息，用于风险控制。", typ: "share", kind: "third_party", attrs: []string{"purpose"}},
		{text: "客户不可撤销地授权本行以及本行的关联公司留存其身份证件影印件。", typ: "share", kind: "affiliate"},
		{text: "您授权我们或我们合作的第三方机构核验您的姓名与身份证号码。", typ: "share", kind: "third_party"},
		// near misses
		{text: "您授权我们向合作机构查询您的信用报告。", typ: "!share"},
		{text: "未经您授权，我们不会与第三方共同使用您的个人信息。", typ: "share", negated: true},
		{text: "您授权我们将您的账号与第三方平台进行绑定。", typ: "!share"},
		{text: "我们授予您一项使用本软件及其合作组件的许可。", typ: "!share"},
	})
}

// TestShareVerbWithInformation: of two sharing verbs, the one with the
// information named near it is the provision; new sharing verbs and
// recipients.
func TestShareVerbWithInformation(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "与广告合作方共享：我们会与广告合作方共享您的设备标识。", typ: "share", kind: "third_party", attrs: []string{"verb"}},
		{text: "与关联公司共享：为统一账号体系，您的账号信息会与关联公司共享。", typ: "share", kind: "affiliate"},
		{text: "您的求职简历信息将推送给招聘企业，以便其与您联系。", typ: "share", kind: "third_party", attrs: []string{"purpose"}},
		{text: "我们会将您的收货信息转发给入驻商户用于发货。", typ: "share", kind: "third_party"},
		{text: "我们会将您的还款记录报送至合作的征信机构。", typ: "share", kind: "third_party"},
		{text: "平台会向合作的保险机构推送您的投保资料，用于核保。", typ: "share", kind: "third_party"},
		{text: "您的参赛作品信息将提供给合作媒体用于宣传报道。", typ: "share", kind: "third_party"},
		{text: "为防范欺诈，我们可能与其他机构交换您的账户信息。", typ: "share", kind: "third_party"},
		{text: "如需向合作方提供您的订单信息，我们会征得您的同意。", typ: "share", attrs: []string{"hypothetical", "consent"}},
		{text: "获得您的明确同意后，我们会与合作伙伴共享您的个人信息。", typ: "share", attrs: []string{"-hypothetical"}},
		// near misses
		{text: "在浏览器与服务器之间交换数据时，我们使用加密传输。", typ: "!share"},
		{text: "我们会向您推送您可能感兴趣的资讯信息。", typ: "!share"},
		{text: "我们不会将您的简历信息推送给任何企业。", typ: "share", negated: true},
		{text: "请您妥善保管账号信息，仅在必要时向他人提供。", typ: "!share"},
	})
}

// TestExceptionListAndBareShare: the cases excepted from a denial are
// provisions; a bare 分享 is one only with a recipient before it; an example
// in brackets does not make every recipient an entrusted processor.
func TestExceptionListAndBareShare(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "我们不会向任何第三方提供您的个人数据，但以下情况除外：", typ: "share", attrs: []string{"exceptions"}},
		{text: "除以下情形外，我们不会与其他公司分享您的个人信息：", typ: "share", attrs: []string{"exceptions"}},
		{text: "我们可能将您的个人信息与合作伙伴分享，用于改进服务。", typ: "share", kind: "third_party"},
		{text: "我们可能将您的账户信息与服务供应商（例如代表我们发送邮件的服务商）分享。", typ: "share", kind: "third_party"},
		// near misses
		{text: "我们不会向任何第三方提供您的个人数据。", typ: "share", negated: true},
		{text: "如希望停止分享位置信息，您可以关闭系统定位服务。", typ: "!share"},
		{text: "您可以自主选择分享的对象和可以看到您内容的第三方。", typ: "!share"},
	})
}
