package analyzer_test

func init() { docFamCases = append(docFamCases, docFamC...) }

// docFamC: retention without end, sale, withdrawal restrictions, transfer
// abroad, personalisation, children and sensitive categories, each added as
// a section of its own (expectations written before the run).
var docFamC = []docFamCase{
	// retention-unlimited
	{"retention-unlimited", "我们将永久保存您的阅读记录。", true},
	{"retention-unlimited", "您的个人信息将被长期存储于我们的服务器，且不会删除。", true},
	{"retention-unlimited", "用户的身份信息在账号注销后仍将无限期保留。", true},
	{"retention-unlimited", "本公司对用户的通话记录不设保存期限。", true},
	{"retention-unlimited", "您上传的身份证照片会在我们的系统中永久留存。", true},
	{"retention-unlimited", "我们会永久性地存储您的面部特征数据。", true},
	{"retention-unlimited", "您的所有个人信息将在本公司服务器中永久存档备查。", true},
	{"retention-unlimited", "对于您的交易信息，我们将予以终身保存。", true},
	{"retention-unlimited", "用户数据保存期限为永久。", true},
	{"retention-unlimited", "个人信息保存期限：无期限。", true},
	{"retention-unlimited", "我们不会永久保存您的个人信息。", false},
	{"retention-unlimited", "我们不会长期保存您的人脸图像，核验完成后即删除。", false},
	{"retention-unlimited", "永久删除后，信息无法恢复。", false},
	{"retention-unlimited", "您可以选择永久关闭个性化推荐。", false},
	{"retention-unlimited", "我们为您提供永久免费的基础阅读服务。", false},
	{"retention-unlimited", "您可以随时永久注销您的账号。", false},
	{"retention-unlimited", "经匿名化处理后的统计数据可能被长期保存，该数据无法识别到您个人。", false},
	{"retention-unlimited", "您填写的永久居住地址仅用于寄送发票。", false},

	// sale-personal-info
	{"sale-personal-info", "我们可能将您的个人信息出售给第三方营销公司。", true},
	{"sale-personal-info", "经您授权，本公司可将用户数据有偿提供给合作机构。", true},
	{"sale-personal-info", "我们有权将收集的用户信息进行商业交易。", true},
	{"sale-personal-info", "平台可向广告主出售用户画像数据。", true},
	{"sale-personal-info", "本公司会将您的联系方式转让给合作伙伴并收取相应费用。", true},
	{"sale-personal-info", "我们可能通过数据交易所交易您的个人信息。", true},
	{"sale-personal-info", "用户同意本公司将其消费记录售卖给第三方。", true},
	{"sale-personal-info", "为获得收益，我们会向合作方有偿提供您的浏览数据。", true},
	{"sale-personal-info", "您的手机号码可能被我们出售给保险公司用于推销。", true},
	{"sale-personal-info", "我们将用户的位置信息打包出售给数据服务商。", true},
	{"sale-personal-info", "我们不会出售您的个人信息。", false},
	{"sale-personal-info", "我们绝不会以任何方式买卖您的个人信息。", false},
	{"sale-personal-info", "您可以在本平台出售您的二手商品。", false},
	{"sale-personal-info", "我们出售的图书均为正版。", false},
	{"sale-personal-info", "本公司严禁员工出售用户信息，违者将依法追究责任。", false},
	{"sale-personal-info", "我们不会向任何第三方有偿提供您的个人信息。", false},
	{"sale-personal-info", "当您在平台上进行交易时，我们会收集您的交易记录用于售后。", false},
	{"sale-personal-info", "如发生公司合并、收购或资产出售，我们会要求新的持有方继续受本政策约束。", false},

	// withdrawal-restricted
	{"withdrawal-restricted", "您一经同意本政策，即不得撤回。", true},
	{"withdrawal-restricted", "撤回同意须提交书面申请并经我们审核通过后方可生效。", true},
	{"withdrawal-restricted", "您撤回授权的，应承担由此给我们造成的全部损失。", true},
	{"withdrawal-restricted", "授权同意作出后，在服务期限内不可撤回。", true},
	{"withdrawal-restricted", "用户如需撤回同意，应当亲自携带身份证原件至我司营业网点办理。", true},
	{"withdrawal-restricted", "您撤回同意视为您违约，我们有权终止服务并要求您支付违约金。", true},
	{"withdrawal-restricted", "同意后，您不能撤销对个人信息处理的同意。", true},
	{"withdrawal-restricted", "撤回同意需支付手续费50元。", true},
	{"withdrawal-restricted", "您在服务期内撤回同意的，需经本公司书面确认后方为有效。", true},
	{"withdrawal-restricted", "除非经平台批准，用户不得撤回已作出的同意。", true},
	{"withdrawal-restricted", "您可以随时撤回同意，撤回不影响撤回前基于同意进行的处理。", false},
	{"withdrawal-restricted", "您撤回同意后，我们将无法继续为您提供该项功能，但不影响其他功能的使用。", false},
	{"withdrawal-restricted", "撤回同意不影响撤回前基于您的同意已进行的个人信息处理活动的效力。", false},
	{"withdrawal-restricted", "我们不会因您撤回同意而收取任何费用。", false},
	{"withdrawal-restricted", "为保障账户安全，您撤回同意时我们可能需要先验证您的身份。", false},
	{"withdrawal-restricted", "我们不得以您撤回同意为由拒绝提供其他服务。", false},
	{"withdrawal-restricted", "撤回同意后，法律法规要求保存的信息我们将继续保存至法定期限届满。", false},
	{"withdrawal-restricted", "撤回同意的申请，我们将在十五个工作日内处理完毕。", false},
}
