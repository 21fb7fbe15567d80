package analyzer_test

func init() { formDocs = append(formDocs, formDocsI...) }

// formDocsI: a fourth batch — a health-check authorisation, a streamer
// agreement, a group-buying leader agreement and a residential face-access
// notice (expectations written before the run).
var formDocsI = []unseenDoc{
	{"checkup-to-insurer", `# 体检结果使用授权书

致：瑞康健康体检中心

本人因投保需要，授权贵中心将本人本次健康体检的结果提供给安和人寿保险股份有限公司，用于该公司对本人投保申请的核保。

本授权长期有效。

授权人签字：          日期：`, []string{"grant-unlimited-term"}},

	{"streamer-agreement", `# 星耀直播平台主播入驻协议

1. 主播在平台直播期间产生的画面、肖像及声音，主播授予平台永久的、不可撤销的、可转授权的使用许可。

2. 为便于粉丝了解主播，平台有权在主播主页公开主播的真实姓名及所在城市。

3. 直播回放一经生成，主播不得要求平台删除。

4. 平台收集主播的身份证号码及银行账户，用于实名认证和结算收益。`,
		[]string{"grant-unlimited-term", "grant-irrevocable", "grant-sublicensable", "public-disclosure-consent-missing",
			"deletion-restricted", "sensitive-consent-missing"}},

	{"group-leader-agreement", `# 社区团购团长合作协议

甲方：邻里优选（杭州）网络科技有限公司
乙方：团长

一、乙方须向甲方提供身份证号码及银行卡号，用于身份核验和佣金结算。

二、甲方可将乙方的姓名、手机号码及提货点地址提供给商品供应商，用于安排配送。

三、乙方同意甲方在所属小区的团购群内公示乙方的姓名及手机号码。`,
		[]string{"sharing-consent-missing", "public-disclosure-consent-missing", "sensitive-consent-missing"}},

	{"estate-face-access-good", `# 小区门禁人脸信息采集告知书

尊敬的业主：本小区门禁系统支持人脸识别、门禁卡和访客密码三种通行方式，业主可自行选择。

1. 选择人脸通行的，物业将在取得您的单独书面同意后采集您的人脸图像，仅用于门禁通行核验。

2. 人脸信息属于敏感个人信息，一旦泄露可能影响您的人身和财产安全，物业采取加密存储和访问控制措施加以保护。

3. 您搬离本小区或改用门禁卡通行的，物业将在七日内删除您的人脸信息。

4. 联系物业服务中心：0571-8888-6666。`, nil},
}
