package claims

import "testing"

// TestRightsReferralOnly: a summary that points at ways "listed in this
// notice" or "below" gives no way to exercise a right; a menu path, an
// e-mail or the contact section named in the sentence does.
func TestRightsReferralOnly(t *testing.T) {
	t.Parallel()
	checkKinds(t, "rights", []kindCase{
		{"您可按本政策所述方式查阅、更正或删除您的个人信息。", "declared", "", ""},
		{"用户可以通过下文列明的渠道行使查询、更正、删除个人信息的权利。", "declared", "", ""},
		{"你有权通过本声明提供的方法访问和更正你的个人资料，并可设置相关功能。", "declared", "", ""},
		{"您可以依照本说明介绍的途径访问、删除您的信息，也可以注销账号和设置隐私功能。", "declared", "", ""},
		{"您可以在“我的—设置—账号管理”中查阅、更正、删除您的个人信息。", "procedure", "", ""},
		{"您可通过本政策“联系我们”章节所列的邮箱申请查阅、更正或删除您的信息。", "procedure", "", ""},
		{"您可以通过本指引第八条所列的客服电话申请删除您的个人信息。", "procedure", "", ""},
	})
}
