package claims_test

// Fifth blind set, fourteenth batch: precision probes for the wordings the
// earlier batches added (survival after termination, claimed rights, onward
// grants after a comma, 告知, light verbs), with two positives.
// Expectations were written before the rules ran on them.
var r5Fourteenth = []blindCase{
	{"用户服务协议", "本协议终止后，平台仍有权永久使用用户已发布的全部内容。", "U"},
	{"数据授权书", "授权期限届满后，贵司仍可继续保存并使用本人的身份信息用于风险管理。", "U"},
	// near misses
	{"软件许可协议", "我们授予您使用本软件的许可，您可以在您的设备上安装本软件，并可授权您的家庭成员使用。", ""},
	{"用户服务协议", "本协议终止后，您仍可登录账户下载您此前发布的内容。", ""},
	{"用户服务协议", "平台有权对用户发布的违法内容进行删除，且无需通知用户。", ""},
	{"会员服务协议", "会员到期后，会员可继续使用已兑换的优惠券。", ""},
	{"隐私政策", "我们会在处理前告知您处理目的和方式，并在合同终止后删除您的信息。", ""},
	{"借款服务协议", "出借人应将借款人的还款情况告知借款人本人。", ""},
	{"门诊服务须知", "患者须完成挂号登记，方可就诊。", ""},
	{"用户服务协议", "平台可以使用用户发布的内容向其他用户展示，用户删除内容后平台即停止展示。", ""},
	{"征信授权书", "授权期限届满后，贵司应停止查询并删除本人的信息。", ""},
}
