package claims

import "testing"

// TestLiabilityThirdPartyTech: a disclaimer whose object is a technology a
// third party embeds (Cookie, SDK, 像素标签) disclaims that party's
// collection; disclaimers for other things, our own cookies and promises
// stay silent.
func TestLiabilityThirdPartyTech(t *testing.T) {
	t.Parallel()
	checkFlags(t, "隐私政策", "liability_exclusion", liabilityReported, `
		+我们不对第三方的Cookie或类似技术承担任何责任。
		+本平台对接入的第三方SDK不承担任何责任。
		+我们对合作伙伴使用的Cookies及同类技术概不负责。
		+第三方插件及网络信标不受本政策约束，我们对此不承担责任。
		+对于广告商在本应用中放置的像素标签，本公司不负任何责任。
		我们不对第三方网站的内容承担责任。
		您可以通过浏览器设置拒绝第三方Cookie，我们不会因此限制您使用基本功能。
		第三方SDK的隐私政策由其自行制定，请您仔细阅读。
		我们会要求第三方SDK服务商遵守本政策，并对其违规行为依法追究责任。
		对于我们自己的Cookie，我们将承担相应的安全保护责任。
		我们不对您自行安装的第三方插件承担责任。
		对于第三方网站中的Cookie及同类技术，我们不承担责任。
	`)
}
